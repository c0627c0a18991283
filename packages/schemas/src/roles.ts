/** Who may hold a bearer token, and what it lets them do (see `Auth` in contract.ts). */
export const ROLES = ['reporter', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];
