import { html, nothing, type CSSResult } from 'lit';
import type { Locale } from '@thidua/schemas';
import { provideStrings, stringsFor } from '../strings/index.js';
import { errors } from '../strings/vi/errors.js';
import { ApiLoader, cutShort, type ApiHost } from './api-loader.js';
import { errorStyles, renderError, type Ids, type Subject } from './errors.js';

/*
 * `ApiLoader` for the kit's lists (`<award-list>`, `<featured-models>`,
 * `<nomination-list>`, `<nomination-queue>`): what their API chunks did alike —
 * the error state with its retry, the previous answer kept while a new one
 * loads, page sizes brought into the API's range and, for a list read a page at
 * a time, the pager ("Tải thêm"). `<ranking-table>`'s API chunk takes its error
 * state and kept answer too (in the element's place: `renderError`). It reaches
 * a page only with those chunks.
 */

provideStrings('vi', { errors }, { errors: () => import('../strings/en/errors.js') });

/** A page size the API takes: an attribute out of range is brought into it rather than refused. */
export const pageLimit = (value: number, max: number, fallback: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(1, Math.round(value))) : fallback;

/** A list element: an `ApiHost` that adds the error state's styles when its API chunk arrives. */
export type ListHost = ApiHost & { addStyles(...styles: CSSResult[]): void };

/** A list's API mode (see `ApiLoader`), with its error state. */
export abstract class ListLoader<T, Host extends ListHost> extends ApiLoader<T, Host> {
  /** What the error state says was being loaded (see `Subject`). */
  protected abstract readonly subject: Subject;
  /** The ids that name it (see `Subject`: the campaign's; a ranking's campaign and metric). */
  protected abstract subjectIds(): Ids;

  constructor(host: Host) {
    super(host);
    host.addStyles(errorStyles);
  }

  /** The last answer: the one loaded, or the previous one while a new one loads (the view marks it busy). */
  loaded(): T | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.value : state.status === 'loading' ? state.previous : undefined;
  }

  /**
   * Whether a request's failure is to be shown: not when it was cut short, and
   * only once the error's words are here in the reader's language.
   */
  protected async shows(error: unknown, signal: AbortSignal): Promise<boolean> {
    if (cutShort(signal, error)) return false;
    await stringsFor(this.locale(), 'errors');
    return true;
  }

  /** The error state: an alert with the cause in words and the request id, and a retry button. */
  renderError(locale: Locale) {
    const box = this.errorBox(locale);
    return box && html`<div class="error">${box}</div>`;
  }

  /** The error state's alert and retry, in the reader's language: undefined while its words load (the element renders again when they are here). */
  protected errorBox(locale: Locale) {
    const m = stringsFor(locale, 'errors');
    if (m instanceof Promise) {
      void m.then(() => this.host.requestUpdate());
      return undefined;
    }
    return renderError(this.state.status === 'error' ? this.state.error : undefined, m, this.subject, this.subjectIds(), () => void this.load());
  }
}

/** What a paged list's view shows of its pager. */
export interface Pager<Strings> {
  /** More wait on the server. */
  more: boolean;
  loadingMore: boolean;
  /** Why loading more failed, if it did. */
  moreError: unknown;
  /** The list is being replaced (a filter the server takes changed); what is shown is the previous answer. */
  busy: boolean;
  /** What the reader's last "Tải thêm" brought, said before the count. */
  announcement: ((t: Strings) => string) | undefined;
}

/** A next page merged into the list as it is when it arrives: the list, and the ids it added (the first is focused). */
export type Merge<T> = (now: T) => { value: T; added: readonly string[] };

/**
 * A list read a page at a time, each following the cursor its last page gave
 * (`<nomination-list>`, `<nomination-queue>`). `Asked` is what the list shown
 * was asked with (its client and query): its later pages must be of the same
 * list.
 */
export abstract class PagedLoader<
  T extends { next: string | null },
  Asked,
  Strings extends { loadedMore(count: number): string },
  Host extends ListHost,
> extends ListLoader<T, Host> {
  /** What the list shown was asked with; set by `request()` once its answer is the one shown. */
  protected asked: Asked | undefined;
  /** Aborts the pager's requests when the list is replaced or the element leaves the page. */
  protected pager = new AbortController();
  /** What the pager says before the count. */
  protected announcement: Pager<Strings>['announcement'];
  private _more: { loading: boolean; error: unknown } = { loading: false, error: undefined };

  /** The page after `cursor`, as a merge into the list as it will be when the page is here. */
  protected abstract nextPage(asked: Asked, cursor: string, from: T, signal: AbortSignal): Promise<Merge<T>>;

  /** A new first page: whatever the pager was doing belonged to the list it replaces. */
  override load(): Promise<void> {
    this._stopPager();
    this.announcement = undefined;
    return super.load();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this._stopPager();
  }

  private _stopPager(): void {
    this.pager.abort();
    this.pager = new AbortController();
    this._more = { loading: false, error: undefined };
  }

  /** The pager's state for the view, of the list `loaded` (see `loaded()`). */
  protected pagerOf(loaded: T): Pager<Strings> {
    return {
      more: loaded.next !== null,
      loadingMore: this._more.loading,
      moreError: this._more.error,
      busy: this.state.status === 'loading',
      announcement: this.announcement,
    };
  }

  /** The next page, added after what is shown; resolves to the id of the first one added (for the focus). */
  async loadMore(): Promise<string | undefined> {
    const state = this.state;
    const asked = this.asked;
    if (state.status !== 'ready' || !state.value.next || !asked || this._more.loading) return undefined;
    const signal = this.pager.signal;
    this._more = { loading: true, error: undefined };
    this.host.requestUpdate();
    try {
      const merge = await this.nextPage(asked, state.value.next, state.value, signal);
      // The list as it is now: a change made while the page loaded (a proposal's other nominees) is kept.
      const now = this.state;
      if (signal.aborted || now.status !== 'ready') return undefined;
      const { value, added } = merge(now.value);
      this.state = { status: 'ready', value };
      this._more = { loading: false, error: undefined };
      this.announcement = (t) => t.loadedMore(added.length);
      return added[0];
    } catch (error) {
      if (await this.shows(error, signal)) this._more = { loading: false, error };
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }
}
