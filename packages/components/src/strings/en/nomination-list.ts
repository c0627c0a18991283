import type { Catalogue } from '../index.js';

/** "Proposal BN2026-BK-0042" inside a sentence: its first letter only lowered (a reference stays as written). */
const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export const nominationList: Catalogue['nominationList'] = {
  caption: 'The unit’s award proposals',
  loading: 'Loading the proposals…',
  filters: 'Filter the proposals',
  round: 'Award round',
  allRounds: 'All rounds',
  status: 'Status',
  allStatuses: 'All statuses',
  clearFilters: 'Clear the filters',
  columns: {
    reference: 'Reference',
    nominee: 'Nominees',
    award: 'Award and round',
    status: 'Status',
    updated: 'Last changed',
    open: 'Proposal',
  },
  statuses: {
    draft: 'Draft',
    submitted: 'Submitted',
    withdrawn: 'Withdrawn',
    underAppraisal: 'Under appraisal',
    returned: 'Returned for completion',
    resubmitted: 'Resubmitted',
    appraised: 'Appraisal complete',
    eligible: 'Eligible',
    rejected: 'Not eligible',
    awarded: 'Awarded',
  },
  groups: {
    collective: 'Collective',
    individual: 'Individual',
    communityTeam: 'Community digital technology team',
    communityTeamMember: 'Member of a community digital technology team',
  },
  draftName: (created) => `Draft started ${created}`,
  noReference: 'No reference yet',
  nomineeCount: (total, individuals, collectives) =>
    total === 0
      ? 'No nominees yet'
      : plural(total, 'nominee') + (individuals && collectives ? ` (${plural(individuals, 'individual')}, ${plural(collectives, 'collective')})` : ''),
  unknownRound: (id) => `Round “${id}”`,
  continue: 'Continue',
  continueWhat: (name) => ` ${inSentence(name)}`,
  view: 'View',
  viewWhat: (name) => ` ${inSentence(name)}`,
  proposalName: (reference) => `Proposal ${reference}`,
  shown: (count, more) => (more ? `Showing the ${plural(count, 'newest proposal')}; older ones follow.` : `${plural(count, 'proposal')}.`),
  loadedMore: (count) => `${plural(count, 'more proposal')} loaded.`,
  more: 'Show older proposals',
  loadingMore: 'Loading more…',
  moreFailed: 'Could not load more proposals.',
  moreNominees: (remaining) => `Show ${plural(remaining, 'more nominee')}`,
  moreNomineesOf: (name) => ` of ${inSentence(name)}`,
  loadedMoreNominees: (count, name) => `${plural(count, 'more nominee')} of ${inSentence(name)} loaded.`,
  moreNomineesFailed: 'Could not load the other nominees.',
  empty: 'The unit has no award proposals yet.',
  noMatch: 'No proposal matches the chosen filters.',
};
