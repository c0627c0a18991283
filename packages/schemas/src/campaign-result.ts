// Kept free of zod (types only), like progress.ts: elements use it at run time.
import type { CampaignPhase, FinalResult, Outcome } from './api.js';
import type { AwardRound } from './campaign.js';
import type { IsoDate } from './common.js';
import type { Target } from './indicator.js';
import type { AdministrativeLevel } from './organisation-unit.js';
import { meetsTarget, selectTarget, type CampaignPeriod } from './progress.js';

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
