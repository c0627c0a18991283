import type { LocalizedText, OrganisationUnitKind } from '@thidua/schemas';

/*
 * What `<award-list>` shows, whether it came from the API (every page, through
 * the SDK's `for await`, award-list-api.ts), from `.data` (the API's answer,
 * given by a script) or from `.rows`: the view renders this and nothing else.
 * Public data only: a collective's name, or an individual's full name,
 * position and workplace; the award, its decision, the round and the unit
 * that proposed it. Nothing else is ever read from what is given.
 */

/** An awardee as published. */
export type Awardee =
  | { type: 'individual'; name: string; position?: string | undefined; workplace?: string | undefined }
  | { type: 'collective'; name: string };

/** One award as the list shows it (`.rows` takes these). */
export interface AwardRow {
  /** Unique within the list (the award's id). */
  id: string;
  awardee: Awardee;
  awardType: { id: string; title: LocalizedText };
  /** The decision that granted it: its number as written ("125/QĐ-UBND") and its date, `yyyy-mm-dd`. */
  decision: { number: string; date: string };
  /** The unit that proposed it. */
  proposingUnit: { id: string; name: LocalizedText; kind: OrganisationUnitKind };
  round?: { id: string; title: LocalizedText } | undefined;
}

/** A filter's option: an award type, or a kind of proposing unit. */
export interface Option {
  id: string;
  label: string;
}

export interface AwardListModel {
  /** Every award loaded, in the published order. */
  rows: readonly AwardRow[];
  /** Later pages are still arriving: what is here is listed and searchable already. */
  loadingMore: boolean;
  /** The list is being replaced (the campaign or round changed): what is shown is the previous answer. */
  busy: boolean;
}
