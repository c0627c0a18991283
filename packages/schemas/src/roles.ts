/**
 * Who may hold a bearer token, and what it lets them do (see `Auth` in
 * contract.ts): a `reporter` reports figures for its units, a `proposer`
 * writes its units' nomination dossiers, an `appraiser` appraises submitted
 * dossiers (nominations part 2), a `coordinator` does a reporter's work for
 * every unit and administers the server.
 */
export const ROLES = ['reporter', 'proposer', 'appraiser', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];
