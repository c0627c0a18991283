import { html, nothing, type CSSResult } from 'lit';
import type { Locale } from '@thidua/schemas';
import type { Catalogue } from '../strings/index.js';
import { ThiduaElement } from './thidua-element.js';

/*
 * The first paint of the kit's lists (`<award-list>`, `<nomination-list>`,
 * `<nomination-queue>`): what each did alike — its view chunk (table, filters,
 * pager) and its API chunk (a `ListLoader`, `list-loader.ts`) loaded lazily, and
 * the frame they render into (filters, a count in a live region, then the
 * table, the error or a skeleton); for a paged list, the focus brought to a
 * row once rendered and an open link or button that leaves a new tab's click
 * to the browser.
 */

/** A list's namespace of the catalogue: one with the words of its loading state. */
export type ListNamespace = 'awardList' | 'nominationList' | 'nominationQueue';

/** What a list shows, whatever its source: `busy` while it is being replaced. */
export interface ListViewModel {
  busy: boolean;
}

/**
 * What a list's view chunk brings: its styles, added to the element when it
 * arrives, and the parts of the frame for a model. (Methods, not function
 * properties: each view takes its own element as `host`.)
 */
export interface ListView<Model extends ListViewModel = ListViewModel, Words = unknown> {
  viewStyles: CSSResult[];
  renderFilters(host: ThiduaElement, m: Model, t: Words): unknown;
  countText(m: Model, t: Words, host: ThiduaElement): string;
  renderBody(host: ThiduaElement, m: Model, t: Words, locale: Locale): unknown;
}

/** What the element asks of its API chunk's loader (a `ListLoader`). */
export interface ListApi {
  state: { status: string };
  /** Called before each update: loads again when what it asks for changed. */
  update(): void;
  load(): Promise<void>;
  renderError(locale: Locale): unknown;
}

/** A list's element: its lazy chunks, its words, its frame and its focus. */
export abstract class ListElement<
  N extends ListNamespace,
  Model extends ListViewModel,
  View extends ListView<Model, Catalogue[N]>,
  Loader extends ListApi,
> extends ThiduaElement {
  /** The table, filters and pager: a chunk loaded at once, in parallel with the API's answer. */
  protected view: View | undefined;
  /** The API mode: a chunk loaded unless the element is given its rows. */
  protected loader: Loader | undefined;
  #viewLoad: Promise<unknown> | undefined;
  #loaderLoad: Promise<unknown> | undefined;

  /** The view chunk's `import()`. */
  protected abstract importView(): Promise<View>;
  /** The API chunk's `import()`, and its loader made for this element. */
  protected abstract makeLoader(): Promise<Loader>;
  /** Whether the element was given its rows by a script (`.data`, `.rows`): it then asks nothing. */
  protected abstract given(): boolean;
  /** The namespace of the list's words, and its Vietnamese (the loading state's words until the reader's language is here). */
  protected abstract readonly words: readonly [N, Catalogue[N]];
  /** What the list shows: from the data given or from the loader; undefined while there is nothing. */
  protected abstract model(view: View, locale: Locale): Model | undefined;

  protected override willUpdate(): void {
    this.strings(this.words[0]);
    if (!this.view) {
      void this.loadChunk(
        (this.#viewLoad ??= this.importView().then((view) => {
          this.addStyles(...view.viewStyles);
          this.view = view;
        })),
      );
    }
    if (!this.given() && !this.loader) void this.loadChunk(this.apiPart());
    this.loader?.update();
  }

  /** The API chunk, loaded once. */
  protected apiPart(): Promise<unknown> {
    return (this.#loaderLoad ??= this.makeLoader().then((loader) => {
      this.loader = loader;
    }));
  }

  /** Loads again from the API. */
  protected async loadAgain(): Promise<void> {
    await this.apiPart();
    await this.loader?.load();
  }

  /**
   * The frame: the filters, the count (a polite live region), then the table,
   * the error or a skeleton. The view shows nothing while there is nothing to
   * show (loading, failed, or the reader's language not here yet: never a list
   * in two languages).
   */
  protected override render() {
    const locale = this.locale;
    const t = this.strings(this.words[0], locale);
    const view = t && this.view;
    const model = view ? this.model(view, locale) : undefined;
    const failed = !this.given() && this.loader?.state.status === 'error';
    const busy = !model && !failed;
    // A model is made only once the view and the words are here (hence `view!`, `t!`).
    // One line: a template's white space would ship in every first paint.
    return html`<div part="base" class="base" aria-busy=${busy || model?.busy ? 'true' : nothing}>${model ? view!.renderFilters(this, model, t!) : nothing}<p part="count" class="count" role="status">${busy ? (t ?? this.words[1]).loading : !failed && model ? view!.countText(model, t!, this) : ''}</p>${failed ? this.loader!.renderError(locale) : model ? view!.renderBody(this, model, t!, locale) : html`<div class="skeleton" aria-hidden="true"><div></div><div></div><div></div><div></div></div>`}</div>`;
  }
}

/**
 * A list read a page at a time (`<nomination-list>`, `<nomination-queue>`):
 * the first row a page brought is focused once rendered, and its rows open by
 * a link or a button.
 */
export abstract class PagedListElement<
  N extends ListNamespace,
  Model extends ListViewModel,
  View extends ListView<Model, Catalogue[N]>,
  Loader extends ListApi,
> extends ListElement<N, Model, View, Loader> {
  /** The row to focus after the next render (the first one a pager brought). */
  #focusKey: string | undefined;

  /** Focuses a row (the element's `[data-key]`, by id) once rendered. @internal */
  focusRow(key: string): void {
    this.#focusKey = key;
    this.requestUpdate();
  }

  /**
   * An open link's or button's click: `announce` says that the row is to be
   * opened and answers false when a listener cancelled it, which keeps a link
   * from being followed. A click that opens a new tab or window is left to the
   * browser.
   */
  protected opening(event: MouseEvent, announce: () => boolean): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!announce()) event.preventDefault();
  }

  protected override updated(): void {
    const key = this.#focusKey;
    if (!key) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (row) {
      this.#focusKey = undefined;
      row.focus();
    }
  }
}
