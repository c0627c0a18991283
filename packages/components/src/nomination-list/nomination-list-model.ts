import type { LocalizedText, NominationSummary, ProposalSummary } from '@thidua/schemas';
import type { Pager } from '../shared/list-loader.js';
import type { Catalogue } from '../strings/index.js';

/*
 * What `<nomination-list>` shows, whether it came from the API (a page at a
 * time, `nomination-list-api.ts`) or from `.data` (`modelOfData` in the view):
 * the view renders this and nothing else.
 */

/** A round the filter offers. */
export interface RoundOption {
  id: string;
  /** Null for a round the catalog no longer lists (seen only in a dossier). */
  title: LocalizedText | null;
  /** The round's campaign, when rounds of several campaigns are offered (an `<optgroup>` each). */
  campaign?: { id: string; title: LocalizedText } | undefined;
}

/** A proposal's nominees, as far as loaded. */
export interface Nominees {
  items: readonly NominationSummary[];
  /** How many the proposal has beyond `items` (0 when all are here). */
  remaining: number;
  /** The next of them are being asked for. */
  loading: boolean;
  /** Why asking for the next of them failed, if it did. */
  error: unknown;
}

/** What the view shows: the proposals, their nominees, the rounds the filter offers, and the pager (older proposals). */
export interface ListModel extends Pager<Catalogue['nominationList']> {
  proposals: readonly ProposalSummary[];
  nominees: ReadonlyMap<string, Nominees>;
  rounds: readonly RoundOption[];
}
