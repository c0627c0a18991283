import type { NominationSummary, Proposal, ProposalSummary } from '@thidua/schemas';
import type { DossierListOptions, ThiduaClient } from '@thidua/sdk';
import type { Ask } from '../shared/api-loader.js';
import { pageLimit, PagedLoader, type Merge } from '../shared/list-loader.js';
import type { Ids } from '../shared/errors.js';
import type { Catalogue } from '../strings/index.js';
import type { ListModel, Nominees, RoundOption } from './nomination-list-model.js';
import type { NominationList } from './nomination-list.js';

/*
 * `<nomination-list>` with data from the API: a page of the unit's proposals
 * (`nominations.listProposals`) and, for each, its first nominees
 * (`nominations.list` with `proposal`), all asked for at once; the rounds the
 * filter offers (the campaign's, or every campaign's that takes nominations);
 * then older proposals and a long proposal's other nominees, a page at a
 * time, each following the cursor its last page gave. A chunk of its own,
 * loaded unless the element is given `.data`.
 */

/** A proposal's nominees as loaded: what the view shows, and the cursor of the rest. */
export interface LoadedNominees extends Nominees {
  next: string | null;
}

/** What the first page brought, and every page since: the `detail` of `<nomination-list>`'s `thidua-load`. */
export interface NominationListLoad {
  proposals: readonly ProposalSummary[];
  /** The cursor of older proposals; null when every one is here. */
  next: string | null;
  nominees: ReadonlyMap<string, LoadedNominees>;
  rounds: readonly RoundOption[];
}

/** Proposals asked for at a time (1–200, 10 by default), and nominees (1–500, 10 by default). */
const proposalLimit = (h: NominationList) => pageLimit(h.pageSize, 200, 10);
const nomineeLimit = (h: NominationList) => pageLimit(h.nomineePageSize, 500, 10);

/** The client and filters of the list shown. */
type Asked = { client: ThiduaClient; filters: DossierListOptions };

/** One element's API mode (see `PagedLoader`): its pages, a proposal's other nominees, the pager's state, and the error state. */
export class ProposalsLoader extends PagedLoader<NominationListLoad, Asked, Catalogue['nominationList'], NominationList> {
  protected readonly subject = 'nominations';
  /** The rounds the filter offers, asked for once per client and campaign. */
  private _rounds: { client: ThiduaClient; campaign: string; rounds: Promise<RoundOption[]> } | undefined;

  protected subjectIds(): Ids {
    return [this.host.campaign];
  }

  /** Called before each update: loads again when the filters, the page sizes or the client changed. */
  update(): void {
    const h = this.host;
    this.loadOnChange([h.campaign, h.round, h.status, h.orgUnit, h.pageSize, h.nomineePageSize, h.client, h.data]);
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    const state = this.state;
    // A "show more" cut short by leaving the page can be pressed again on return.
    if (state.status === 'ready') {
      const nominees = new Map([...state.value.nominees].map(([id, n]) => [id, { ...n, loading: false }]));
      this.state = { status: 'ready', value: { ...state.value, nominees } };
    }
  }

  protected override request(): Ask<NominationListLoad> | undefined {
    const h = this.host;
    if (h.data) return undefined;
    const filters: DossierListOptions = {
      ...(h.campaign ? { campaign: h.campaign } : {}),
      ...(h.round ? { round: h.round } : {}),
      ...(h.status ? { status: h.status } : {}),
      ...(h.orgUnit ? { unit: h.orgUnit } : {}),
    };
    return async (client, signal) => {
      const [page, rounds] = await Promise.all([
        client.nominations.listProposals({ ...filters, limit: proposalLimit(h), signal }),
        this._roundsOf(client, h.campaign, signal),
      ]);
      const nominees = await this._nomineesOf(client, page.items, signal);
      // Only the list that is shown sets what its later pages are asked with.
      if (!signal.aborted) this.asked = { client, filters };
      return { proposals: page.items, next: page.next, nominees, rounds };
    };
  }

  /** The client the list shown was read with: the dossiers' details and resubmissions use it. */
  client(): ThiduaClient | undefined {
    return this.asked?.client;
  }

  /**
   * A dossier changed here (resubmitted): its row and its nominees' take the
   * status and the last change the server answered, without reading the list
   * again; `announce` is said before the count.
   */
  patch(proposal: Proposal, announce?: ListModel['announcement']): void {
    const state = this.state;
    if (state.status !== 'ready') return;
    const statuses = new Map(proposal.nominations.map((n) => [n.id, n.status]));
    const proposals = state.value.proposals.map((p) => (p.id === proposal.id ? { ...p, status: proposal.status, updatedAt: proposal.updatedAt } : p));
    const shown = state.value.nominees.get(proposal.id);
    const nominees = new Map(state.value.nominees);
    if (shown) {
      const items = shown.items.map((n) => {
        const status = statuses.get(n.id);
        return status ? { ...n, status, proposal: { ...n.proposal, status: proposal.status } } : n;
      });
      nominees.set(proposal.id, { ...shown, items });
    }
    this.state = { status: 'ready', value: { ...state.value, proposals, nominees } };
    if (announce) this.announcement = announce;
    this.host.requestUpdate();
  }

  /** What the view shows: the list loaded (the previous one, marked busy, while a new one loads). */
  model(): ListModel | undefined {
    const loaded = this.loaded();
    return loaded ? { proposals: loaded.proposals, nominees: loaded.nominees, rounds: loaded.rounds, ...this.pagerOf(loaded) } : undefined;
  }

  /** The next page of older proposals with their first nominees, added after those shown. */
  protected override async nextPage(asked: Asked, cursor: string, from: NominationListLoad, signal: AbortSignal): Promise<Merge<NominationListLoad>> {
    const page = await asked.client.nominations.listProposals({ ...asked.filters, limit: proposalLimit(this.host), cursor, signal });
    // A proposal already shown is not shown twice, whatever happened between the pages.
    const added = page.items.filter((p) => !from.nominees.has(p.id));
    const nominees = await this._nomineesOf(asked.client, added, signal);
    return (now) => ({
      value: { ...now, proposals: [...now.proposals, ...added], next: page.next, nominees: new Map([...now.nominees, ...nominees]) },
      added: added.map((p) => p.id),
    });
  }

  /** The next nominees of one proposal, after those shown; resolves to the id of the first one added. */
  async loadMoreNominees(proposal: ProposalSummary, name: string): Promise<string | undefined> {
    const shown = this.state.status === 'ready' ? this.state.value.nominees.get(proposal.id) : undefined;
    const asked = this.asked;
    if (!shown?.next || shown.loading || !asked) return undefined;
    const signal = this.pager.signal;
    this._setNominees(proposal.id, { ...shown, loading: true, error: undefined });
    try {
      const page = await asked.client.nominations.list({ proposal: proposal.id, limit: nomineeLimit(this.host), cursor: shown.next, signal });
      if (signal.aborted) return undefined;
      const ids = new Set(shown.items.map((n) => n.id));
      const added = page.items.filter((n) => !ids.has(n.id));
      this._setNominees(proposal.id, nomineesOf(proposal, [...shown.items, ...added], page.next));
      this.announcement = (t) => t.loadedMoreNominees(added.length, name);
      return added[0]?.id;
    } catch (error) {
      if (await this.shows(error, signal)) this._setNominees(proposal.id, { ...shown, loading: false, error });
      return undefined;
    }
  }

  private _setNominees(id: string, nominees: LoadedNominees): void {
    const state = this.state;
    if (state.status !== 'ready') return;
    this.state = { status: 'ready', value: { ...state.value, nominees: new Map([...state.value.nominees, [id, nominees]]) } };
    this.host.requestUpdate();
  }

  /** The first nominees of each proposal, asked for together; none for a proposal without any. */
  private async _nomineesOf(client: ThiduaClient, proposals: readonly ProposalSummary[], signal: AbortSignal): Promise<Map<string, LoadedNominees>> {
    const limit = nomineeLimit(this.host);
    const pages = await Promise.all(
      proposals.map((p) => (p.counts.nominations > 0 ? client.nominations.list({ proposal: p.id, limit, signal }) : { items: [], next: null })),
    );
    return new Map(proposals.map((p, i) => [p.id, nomineesOf(p, pages[i]!.items, pages[i]!.next)]));
  }

  /** The rounds the filter offers: the campaign's, or those of every campaign that takes nominations. */
  private _roundsOf(client: ThiduaClient, campaign: string, signal: AbortSignal): Promise<RoundOption[]> {
    const cached = this._rounds;
    if (cached && cached.client === client && cached.campaign === campaign) return cached.rounds;
    const rounds = (async () => {
      const campaigns = campaign ? [await client.campaigns.get(campaign, { signal })] : (await client.campaigns.list({ signal })).items.filter((c) => c.nominations);
      return campaigns.flatMap((c) =>
        c.rounds.map((r) => ({ id: r.id, title: r.title, ...(campaigns.length > 1 ? { campaign: { id: c.id, title: c.title } } : {}) })),
      );
    })();
    this._rounds = { client, campaign, rounds };
    // A failed or cut-short answer is asked for again next time.
    rounds.catch(() => {
      if (this._rounds?.rounds === rounds) this._rounds = undefined;
    });
    return rounds;
  }
}

function nomineesOf(proposal: ProposalSummary, items: readonly NominationSummary[], next: string | null): LoadedNominees {
  // The count is the proposal's as listed; nominees added since still show as "more" until loaded.
  const remaining = next === null ? 0 : Math.max(1, proposal.counts.nominations - items.length);
  return { items, next, remaining, loading: false, error: undefined };
}
