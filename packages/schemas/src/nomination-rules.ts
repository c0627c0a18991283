/*
 * The rules of proposing a nomination, as plain functions over catalog data:
 * no I/O, no zod, no wording (problems carry a message key; `ruleIssues`
 * words them in vi or en). The server applies them when a dossier is written
 * and submitted; the form applies the same ones before sending.
 */
import type { AwardType, NominationCriterion, NominationFileKind, NomineeGroup, ProposalFileKind } from './award.js';
import type { AwardRound, Campaign } from './campaign.js';
import type { IsoDate } from './common.js';
import type { Nominee } from './nomination.js';
import type { NominationStatus } from './proposal-workflow.js';
import type { OrganisationUnit } from './organisation-unit.js';
import type { RuleProblem } from './validation.js';

/** The province's time zone: a deadline "10/10" ends at midnight there (UTC+7, no daylight saving). */
export const DOSSIER_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The group whose criteria and proposers apply to a nominee. */
export function nomineeGroup(nominee: Nominee): NomineeGroup {
  if (nominee.type === 'collective') return nominee.kind === 'communityTeam' ? 'communityTeam' : 'collective';
  return nominee.communityTeamMember ? 'communityTeamMember' : 'individual';
}

/** What the proposer rules read of a unit: its id and kind. */
export type ProposingUnit = Pick<OrganisationUnit, 'id' | 'kind'>;

/**
 * The nominee groups `unit` may propose for `awardType`: those of every
 * proposer rule naming the unit or its kind, within the groups the award
 * takes. Empty when the unit may not propose it at all.
 */
export function proposableGroups(awardType: Pick<AwardType, 'nomineeGroups' | 'proposers'>, unit: ProposingUnit): NomineeGroup[] {
  const groups = new Set<NomineeGroup>();
  for (const rule of awardType.proposers) {
    const matches = rule.unitIds?.includes(unit.id) || rule.unitKinds?.includes(unit.kind);
    if (!matches) continue;
    for (const g of rule.nomineeGroups ?? awardType.nomineeGroups) if (awardType.nomineeGroups.includes(g)) groups.add(g);
  }
  return awardType.nomineeGroups.filter((g) => groups.has(g));
}

/** The award types a unit may propose, each with the nominee groups it may propose for it. */
export function proposableAwardTypes(
  awardTypes: readonly AwardType[],
  unit: ProposingUnit,
): { awardType: AwardType; nomineeGroups: NomineeGroup[] }[] {
  return awardTypes
    .map((awardType) => ({ awardType, nomineeGroups: proposableGroups(awardType, unit) }))
    .filter((entry) => entry.nomineeGroups.length > 0);
}

/** `now` as a calendar date in `timeZone`. */
export function dateIn(now: Date, timeZone: string = DOSSIER_TIME_ZONE): IsoDate {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export type DossierWindowState = 'open' | 'notYetOpen' | 'closed' | 'noDossiers';

/**
 * Whether a round receives dossiers at `now`: from `dossiersOpenOn` (when
 * given) to the end of `dossierDeadline`, both days included, in the
 * province's time zone. A round without a deadline takes none.
 */
export function dossierWindow(
  round: Pick<AwardRound, 'dossiersOpenOn' | 'dossierDeadline'>,
  now: Date,
  timeZone: string = DOSSIER_TIME_ZONE,
): DossierWindowState {
  if (!round.dossierDeadline) return 'noDossiers';
  const today = dateIn(now, timeZone);
  if (round.dossiersOpenOn && today < round.dossiersOpenOn) return 'notYetOpen';
  return today <= round.dossierDeadline ? 'open' : 'closed';
}

/** The problem of a round that does not take a dossier at `now`, if any. */
export function roundProblem(round: Pick<AwardRound, 'dossiersOpenOn' | 'dossierDeadline'>, now: Date, path: (string | number)[] = ['roundId']): RuleProblem | undefined {
  const state = dossierWindow(round, now);
  if (state === 'open') return undefined;
  if (state === 'noDossiers') return { path, messageKey: 'roundNoDossiers' };
  if (state === 'notYetOpen') return { path, messageKey: 'roundNotOpen', values: { opensOn: displayDate(round.dossiersOpenOn!) } };
  return { path, messageKey: 'roundClosed', values: { deadline: displayDate(round.dossierDeadline!) } };
}

/** `2026-09-10` → `10/09/2026`, as Vietnamese documents write dates. */
export function displayDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** The criteria a nominee of `group` must be attested against. */
export function applicableCriteria(criteria: readonly NominationCriterion[], group: NomineeGroup): NominationCriterion[] {
  return criteria.filter((c) => c.appliesTo.includes(group));
}

/**
 * Problems with a nomination's attestations: each applicable criterion not
 * attested (path to the criterion's id), each attested id that is unknown or
 * does not apply to the nominee.
 */
export function criteriaProblems(
  criteria: readonly NominationCriterion[],
  nominee: Nominee,
  attestedIds: readonly string[],
  path: (string | number)[] = ['attestedCriterionIds'],
): RuleProblem[] {
  const group = nomineeGroup(nominee);
  const applicable = applicableCriteria(criteria, group);
  const problems: RuleProblem[] = applicable
    .filter((c) => !attestedIds.includes(c.id))
    .map((c) => ({ path: [...path, c.id], messageKey: 'criterionNotAttested', values: { criterion: c.text } }));
  attestedIds.forEach((id, i) => {
    if (!criteria.some((c) => c.id === id)) problems.push({ path: [...path, i], messageKey: 'unknownCriterion' });
    else if (!applicable.some((c) => c.id === id)) problems.push({ path: [...path, i], messageKey: 'criterionNotApplicable' });
  });
  return problems;
}

/** The file kinds an award type requires that `files` lack, in the award type's order. */
export function missingFileKinds<K extends ProposalFileKind | NominationFileKind>(required: readonly K[], files: readonly { kind: string }[]): K[] {
  return required.filter((kind) => !files.some((f) => f.kind === kind));
}

/**
 * Who a nominee is, for finding a second nomination of the same one:
 * an individual by their normalised full name and date of birth (two people
 * rarely share both, and a person's workplace may change between proposals
 * while these do not); a collective by its catalog unit when it is one, else
 * by its normalised name and kind. Normalised: Unicode NFC, lower case,
 * punctuation and runs of spaces made one space — diacritics are kept, since
 * "Ân" and "An" are different names. The key holds a date of birth: it is
 * personal data, to be stored and compared, never shown.
 */
export function nomineeKey(nominee: Nominee): string {
  if (nominee.type === 'individual') {
    const name = normaliseName([nominee.familyName, nominee.middleName ?? '', nominee.givenName].join(' '));
    return `individual:${name}:${nominee.dateOfBirth}`;
  }
  return nominee.unitId ? `unit:${nominee.unitId}` : `collective:${nominee.kind}:${normaliseName(nominee.name)}`;
}

/** NFC, lower case, punctuation to spaces, spaces collapsed. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Statuses in which a nomination still stands: anything but withdrawn or rejected. */
export function isActive(status: NominationStatus): boolean {
  return status !== 'withdrawn' && status !== 'rejected';
}

/** A nomination already recorded, as the duplicate check needs it. */
export interface ExistingNomination {
  id: string;
  nomineeKey: string;
  roundId: string;
  awardTypeId: string;
  status: NominationStatus;
}

/**
 * The active nomination of the same nominee for the same round and award,
 * other than `exceptId` (the one being edited), or undefined.
 */
export function findDuplicateNomination(
  candidate: { nominee: Nominee; roundId: string; awardTypeId: string; exceptId?: string },
  existing: Iterable<ExistingNomination>,
): ExistingNomination | undefined {
  const key = nomineeKey(candidate.nominee);
  for (const e of existing) {
    if (e.id === candidate.exceptId || !isActive(e.status)) continue;
    if (e.nomineeKey === key && e.roundId === candidate.roundId && e.awardTypeId === candidate.awardTypeId) return e;
  }
  return undefined;
}

/**
 * A human reference: `BN2026-BK-0042` for the 42nd proposal for the award
 * coded BK under the prefix BN2026, `BN2026-BK-0042-03` for its third
 * nomination. Numbers have at least 4 (proposal) and 2 (nomination) digits and
 * grow past them rather than wrap.
 */
export function formatReference(prefix: string, awardCode: string, sequence: number, nominationNumber?: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer: ${sequence}`);
  const base = `${prefix}-${awardCode}-${String(sequence).padStart(4, '0')}`;
  if (nominationNumber === undefined) return base;
  if (!Number.isSafeInteger(nominationNumber) || nominationNumber < 1) throw new RangeError(`nomination number must be a positive integer: ${nominationNumber}`);
  return `${base}-${String(nominationNumber).padStart(2, '0')}`;
}

/** The parts of a reference, or undefined when the text is not one. Surrounding spaces and lower case are forgiven. */
export function parseReference(text: string): { prefix: string; awardCode: string; sequence: number; nominationNumber?: number } | undefined {
  const match = /^([A-Z][A-Z0-9]{1,11})-([A-Z]{2,4})-(\d{4,})(?:-(\d{2,}))?$/.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  const [, prefix, awardCode, sequence, nomination] = match;
  const parsed = { prefix: prefix!, awardCode: awardCode!, sequence: Number(sequence) };
  if (sequence!.length > 4 && sequence!.startsWith('0')) return undefined; // 00042 is not how 42 is written
  return nomination === undefined ? parsed : { ...parsed, nominationNumber: Number(nomination) };
}

/** What `proposalProblems` reads of a proposal: the contract's shape, or a draft being edited in a form. */
export interface ProposalToCheck {
  campaignId: string;
  roundId: string;
  awardTypeId: string;
  proposingUnitId: string;
  contact: unknown;
  files: readonly { kind: string }[];
  nominations: readonly {
    id?: string;
    nominee: Nominee;
    achievementCategoryIds: readonly string[];
    summary?: string | undefined;
    achievements: readonly unknown[];
    attestedCriterionIds: readonly string[];
    files: readonly { kind: string }[];
  }[];
}

export interface CatalogForProposals {
  campaigns: readonly Pick<Campaign, 'id' | 'rounds' | 'achievementCategories' | 'nominations'>[];
  units: readonly ProposingUnit[];
  awardTypes?: readonly AwardType[] | undefined;
}

/**
 * Everything that keeps a proposal from being submitted at `now`, with the
 * path of the field each problem is about: the award and round (the unit may
 * propose it; the round gives it and is open), the contact, the shared files,
 * and for each nomination the nominee group, categories, summary,
 * achievements, criteria, files and duplicates among `existing` (other
 * proposals' active nominations) and within the proposal. Empty when it may
 * be submitted.
 */
export function proposalProblems(
  catalog: CatalogForProposals,
  proposal: ProposalToCheck,
  now: Date,
  existing: Iterable<ExistingNomination> = [],
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const campaign = catalog.campaigns.find((c) => c.id === proposal.campaignId);
  const round = campaign?.rounds.find((r) => r.id === proposal.roundId);
  const awardType = catalog.awardTypes?.find((a) => a.id === proposal.awardTypeId);
  const unit = catalog.units.find((u) => u.id === proposal.proposingUnitId);
  if (!campaign || !round) problems.push({ path: ['roundId'], messageKey: 'unknownRound' });
  if (!awardType) problems.push({ path: ['awardTypeId'], messageKey: 'unknownAwardType' });
  if (!campaign || !round || !awardType) return problems;

  const groups = unit ? proposableGroups(awardType, unit) : [];
  if (groups.length === 0) problems.push({ path: ['awardTypeId'], messageKey: 'awardNotProposable' });
  if (!round.awardTypeIds?.includes(awardType.id)) problems.push({ path: ['awardTypeId'], messageKey: 'awardNotInRound' });
  const closed = roundProblem(round, now);
  if (closed) problems.push(closed);
  if (!proposal.contact) problems.push({ path: ['contact'], messageKey: 'contactRequired' });
  for (const kind of missingFileKinds(awardType.requiredFiles.proposal, proposal.files))
    problems.push({ path: ['files', kind], messageKey: `fileRequired_${kind}` });
  if (proposal.nominations.length === 0) problems.push({ path: ['nominations'], messageKey: 'noNominations' });

  const categories = new Set(campaign.achievementCategories.map((c) => c.id));
  const criteria = campaign.nominations?.criteria ?? [];
  const seen = new Map<string, number>();
  const others = [...existing];
  proposal.nominations.forEach((n, i) => {
    const at = (...rest: (string | number)[]) => ['nominations', i, ...rest];
    if (groups.length > 0 && !groups.includes(nomineeGroup(n.nominee))) problems.push({ path: at('nominee', 'type'), messageKey: 'nomineeGroupNotProposable' });
    if (n.achievementCategoryIds.length === 0) problems.push({ path: at('achievementCategoryIds'), messageKey: 'categoryRequired' });
    n.achievementCategoryIds.forEach((id, j) => categories.has(id) || problems.push({ path: at('achievementCategoryIds', j), messageKey: 'unknownCategory' }));
    if (!n.summary) problems.push({ path: at('summary'), messageKey: 'summaryRequired' });
    if (n.achievements.length === 0) problems.push({ path: at('achievements'), messageKey: 'achievementRequired' });
    problems.push(...criteriaProblems(criteria, n.nominee, n.attestedCriterionIds, at('attestedCriterionIds')));
    for (const kind of missingFileKinds(awardType.requiredFiles.nomination, n.files))
      problems.push({ path: at('files', kind), messageKey: `fileRequired_${kind}` });
    const key = nomineeKey(n.nominee);
    const duplicate =
      seen.has(key) ||
      findDuplicateNomination({ nominee: n.nominee, roundId: proposal.roundId, awardTypeId: proposal.awardTypeId, ...(n.id ? { exceptId: n.id } : {}) }, others);
    if (duplicate) problems.push({ path: at('nominee'), messageKey: 'duplicateNomination' });
    seen.set(key, i);
  });
  return problems;
}
