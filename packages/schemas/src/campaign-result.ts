// Kept free of zod (types only), like progress.ts: elements use it at run time.
import type { CampaignPhase, FinalResult, Outcome } from './api.js';
import type { AwardRound } from './campaign.js';
import type { IsoDate } from './common.js';
import type { Target } from './indicator.js';
import type { AdministrativeLevel } from './organisation-unit.js';
import { meetsTarget, selectTarget, type CampaignPeriod } from './progress.js';
import { assessProgress, type Assessment } from './status.js';

/**
 * Where a campaign stands on a date: not begun, running (up to and including
 * its last day), or ended. Once it has ended its board is a final result, not
 * a progress report: nothing can be "on track" any more.
 */
export function campaignPhase(campaign: CampaignPeriod, date: IsoDate): CampaignPhase {
  if (date < campaign.startsOn) return 'upcoming';
  return date > campaign.endsOn ? 'ended' : 'running';
}

/**
 * The campaign's final review (tổng kết): its last award round of kind
 * `final`. Undefined when the catalog names none; a campaign may end without
 * its review having been scheduled yet.
 */
export function finalReview<R extends Pick<AwardRound, 'date' | 'kind'>>(campaign: { rounds: readonly R[] }): R | undefined {
  return campaign.rounds.filter((r) => r.kind === 'final').sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/**
 * The target a campaign judges an indicator by at its end, for a unit at
 * `level`: the campaign's own target falling due last (the plan's "by
 * 10/10/2026"), never a later programme's.
 */
export function finalTarget<T extends Pick<Target, 'deadline' | 'level'>>(
  targets: readonly T[],
  campaign: CampaignPeriod,
  level?: AdministrativeLevel,
): T | undefined {
  return selectTarget(targets, { date: campaign.endsOn, level, campaign });
}

/** Met (Đạt), not met (Không đạt), no figure by the deadline: in the order a board lists them. */
export const OUTCOMES: readonly Outcome[] = ['met', 'notMet', 'noData'];

/**
 * Judges an indicator at a campaign's end: the unit's last figure on or before
 * the target's deadline, met or not. Figures dated after the deadline do not
 * count (they belong to whatever comes next), however late they were
 * reported; a figure of the deadline itself does.
 */
export function finalResult(
  target: Pick<Target, 'id' | 'value' | 'comparator' | 'deadline'>,
  figures: readonly { value: number; measuredOn: IsoDate }[],
): FinalResult {
  let last: { value: number; measuredOn: IsoDate } | undefined;
  for (const f of figures) {
    if (f.measuredOn <= target.deadline && (!last || f.measuredOn >= last.measuredOn)) last = f;
  }
  if (!last) return { targetId: target.id, outcome: 'noData', value: null, measuredOn: null };
  return {
    targetId: target.id,
    outcome: meetsTarget(last.value, target) ? 'met' : 'notMet',
    value: last.value,
    measuredOn: last.measuredOn,
  };
}

/** How many indicators ended in each outcome. */
export function countOutcomes(results: readonly (Pick<FinalResult, 'outcome'> | null | undefined)[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { met: 0, notMet: 0, noData: 0 };
  for (const r of results) if (r) counts[r.outcome]++;
  return counts;
}

/** The date whose figures a campaign's board shows: the asked date, or the campaign's end once it has ended. */
export function figuresDate(campaign: CampaignPeriod, asOf: IsoDate): IsoDate {
  return asOf > campaign.endsOn ? campaign.endsOn : asOf;
}

export interface Judgement<T> {
  /** The target judged against; undefined when the campaign sets none for the indicator. */
  target: T | undefined;
  /** Progress toward it on `asOf`; null without a target. */
  assessment: (Assessment & { targetId: string }) | null;
  /** Once the campaign has ended: met or not by its deadline. Null while it runs or without a target. */
  result: FinalResult | null;
}

/**
 * How an indicator stands for a unit within one campaign on `asOf`. While the
 * campaign runs: its target that applies on that date, and progress toward
 * it. Once it has ended: its own final target (see `finalTarget`) and the
 * final result; the assessment then judges the same figure, so the two agree
 * (met is achieved, not met is off track).
 *
 * `figures` are the unit's, oldest first, none after `figuresDate(campaign,
 * asOf)`; `first` is its earliest figure when `figures` holds only the
 * recent ones.
 */
export function judgeIndicator<T extends Pick<Target, 'id' | 'value' | 'comparator' | 'deadline' | 'level' | 'baseline'>>(
  targets: readonly T[],
  figures: readonly { value: number; measuredOn: IsoDate }[],
  options: {
    asOf: IsoDate;
    level: AdministrativeLevel;
    campaign: CampaignPeriod;
    first?: { value: number; measuredOn: IsoDate } | null | undefined;
    atRiskMargin?: number;
  },
): Judgement<T> {
  const { asOf, level, campaign } = options;
  const ended = campaignPhase(campaign, asOf) === 'ended';
  const target = ended ? finalTarget(targets, campaign, level) : selectTarget(targets, { date: asOf, level, campaign });
  if (!target) return { target, assessment: null, result: null };
  const result = ended ? finalResult(target, figures) : null;
  const judged = ended
    ? result!.value === null
      ? null
      : { value: result!.value, measuredOn: result!.measuredOn! }
    : (figures.at(-1) ?? null);
  const assessment = {
    targetId: target.id,
    ...assessProgress(target, judged, asOf, {
      startDate: campaign.startsOn,
      firstMeasurement: options.first ?? figures[0],
      ...(options.atRiskMargin === undefined ? {} : { atRiskMargin: options.atRiskMargin }),
    }),
  };
  return { target, assessment, result };
}
