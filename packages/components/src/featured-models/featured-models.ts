import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeaturedModel } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import { ThiduaElement } from '../shared/thidua-element.js';
import { provideStrings } from '../strings/index.js';
import { featuredModels as vi } from '../strings/vi/featured-models.js';
import type { FeaturedModelsLoader } from './featured-models-api.js';
import { styles } from './featured-models.styles.js';

provideStrings('vi', { featuredModels: vi }, { featuredModels: () => import('../strings/en/featured-models.js') });

/** Exemplary models given as data (`.data`): the API's answer, or any object with its `items`. */
export interface FeaturedModelsData {
  items: readonly FeaturedModel[];
}

/** The `detail` of `thidua-load`: the models the API answered. */
export interface FeaturedModelsLoad {
  items: readonly FeaturedModel[];
}

/**
 * Exemplary models (điển hình tiên tiến) for a news site or a portal: each
 * an awardee the coordinator featured, as a card — the photo with its text
 * alternative (lazily loaded, its box reserved by its width and height so
 * that nothing moves when it arrives), the name as a heading, the unit, the
 * award with its decision, the achievement's field, an excerpt of the story,
 * and a "Đọc tiếp" link to the whole story whose accessible name says whose
 * it is. A list (`<ul>` of `<article>`s) that a screen reader counts and
 * that the keyboard walks link by link: no carousel, nothing that moves by
 * itself, nothing that traps the focus. The headings' level suits the page
 * (`heading-level`). Optionally filtered by field (`category`, and a
 * `<select>` with `filterable`).
 *
 * From the API (public, no token), inside a `<thidua-provider>` or with `api-base`:
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn">
 *   <h2>Gương điển hình tiên tiến</h2>
 *   <featured-models campaign-id="bn2026" heading-level="3"></featured-models>
 * </thidua-provider>
 * ```
 *
 * Without a server, set `.data` to `{ items }` (the API's `FeaturedModel`s).
 *
 * @summary Exemplary models as accessible cards: photo with alt text, name, unit, award, field, excerpt and a link to the story.
 *
 * @csspart base - The whole element.
 * @csspart filter - The field filter (with `filterable`).
 * @csspart category-filter - The field `<select>`.
 * @csspart count - How many models are shown (a polite live region).
 * @csspart list - The `<ul>` of cards.
 * @csspart card - A model's `<article>`.
 * @csspart photo - A model's photo (`<img>`), or the placeholder of a model without one.
 * @csspart name - A model's name (the heading).
 * @csspart unit - A model's position and unit.
 * @csspart facts - The award and the field.
 * @csspart excerpt - The start of the story.
 * @csspart link - The "read more" link.
 * @csspart empty - The message when there is nothing to show.
 * @csspart error - The error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --featured-models-font-family - Font. Inherits by default.
 * @cssproperty --featured-models-color-text - Text colour.
 * @cssproperty --featured-models-color-muted - Secondary text colour (unit, facts).
 * @cssproperty --featured-models-color-surface - Cards' background.
 * @cssproperty --featured-models-color-border - Cards' borders.
 * @cssproperty --featured-models-color-header - The placeholder of a missing photo, and the empty message's background.
 * @cssproperty --featured-models-color-primary - Links and focus rings.
 * @cssproperty --featured-models-color-error - Error colour.
 * @cssproperty [--featured-models-card-min-width=16rem] - The narrowest a card may be before the grid has one column fewer.
 * @cssproperty [--featured-models-photo-ratio=4 / 3] - The photo's box (the photo is cropped to it, centred).
 * @cssproperty [--thidua-font-family=inherit] - Kit-wide token: font.
 * @cssproperty [--thidua-color-text=#1b1f24] - Kit-wide token: text colour.
 * @cssproperty [--thidua-color-muted=#4b5563] - Kit-wide token: secondary text.
 * @cssproperty [--thidua-color-surface=#fff] - Kit-wide token: background.
 * @cssproperty [--thidua-color-border=#d0d7de] - Kit-wide token: borders and rules.
 * @cssproperty [--thidua-color-header=#f3f5f8] - Kit-wide token: quiet fills.
 * @cssproperty [--thidua-color-primary=#0b5cad] - Kit-wide token: brand colour (links and focus rings).
 * @cssproperty [--thidua-color-on-primary=#fff] - Kit-wide token: words on a filled button or panel (primary, success and danger fills).
 * @cssproperty [--thidua-color-danger=#b3261e] - Kit-wide token: errors.
 *
 * @event {CustomEvent<{ category: string }>} thidua-filter - The reader chose a field. `detail.category` is its id (`''` for all).
 * @event {CustomEvent<FeaturedModelsLoad>} thidua-load - The models loaded. `detail.items` are the API's `FeaturedModel`s.
 * @event {CustomEvent<{ error: unknown }>} thidua-error - Loading failed. `detail.error` is the error (a `ThiduaApiError` for API errors).
 */
export class FeaturedModels extends ThiduaElement {
  static override styles = styles;

  /** The campaign whose exemplary models are shown, e.g. `bn2026` (API mode). */
  @property({ attribute: 'campaign-id' }) campaignId = '';

  /** Only this award round's models; the whole campaign's when empty. */
  @property({ attribute: 'round-id' }) roundId = '';

  /** Only this achievement field's models (a category id, e.g. `digital-literacy`); every field when empty. */
  @property({ reflect: true, converter: { fromAttribute: (v) => v ?? '', toAttribute: (v: string) => v || null } })
  category = '';

  /** Shows a field filter (a `<select>` of the fields the models are in). */
  @property({ type: Boolean }) filterable = false;

  /** The level of each card's heading, 2–6: one below the page's heading above the list (3 by default). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** At most this many models (0: all of them). */
  @property({ type: Number }) limit = 0;

  /** How many characters of the story the excerpt shows at most, cut at a word (240 by default). */
  @property({ attribute: 'excerpt-length', type: Number }) excerptLength = 240;

  /**
   * The story's address for a model the coordinator gave none: a template whose `{id}` is replaced by the
   * featured model's id, e.g. `/dien-hinh/{id}`. A model with neither has no link.
   */
  @property({ attribute: 'story-href' }) storyHref = '';

  /** The list's accessible name; "Điển hình tiên tiến" by default. */
  @property() label = '';

  /** The API's address, for a page without a `<thidua-provider>`; photos given as data are resolved against it too. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** The models as data; the element then makes no request. */
  @property({ attribute: false }) data: FeaturedModelsData | undefined;

  /** A client of its own, instead of the provider's. */
  @property({ attribute: false }) client: ThiduaClient | undefined;

  private _loader: FeaturedModelsLoader | undefined;
  private _loaderLoad: Promise<unknown> | undefined;
  private _view: typeof import('./featured-models-view.js') | undefined;
  private _viewLoad: Promise<unknown> | undefined;

  /** Loads the models again (API mode). */
  async reload(): Promise<void> {
    await this._apiPart();
    await this._loader?.load();
  }

  /** Sets the field as the reader chose it and says so (`thidua-filter`). @internal */
  filter(category: string): void {
    this.category = category;
    this.dispatchEvent(new CustomEvent('thidua-filter', { detail: { category }, bubbles: true, composed: true }));
  }

  protected override willUpdate(): void {
    this.strings('featuredModels');
    if (!this._view) {
      void this.loadChunk(
        (this._viewLoad ??= import('./featured-models-view.js').then((view) => {
          this.addStyles(...view.viewStyles);
          this._view = view;
        })),
      );
    }
    if (!this.data && !this._loader) void this.loadChunk(this._apiPart());
    this._loader?.update();
  }

  private _apiPart(): Promise<unknown> {
    return (this._loaderLoad ??= import('./featured-models-api.js').then(({ FeaturedModelsLoader }) => {
      this._loader = new FeaturedModelsLoader(this);
    }));
  }

  protected override render() {
    const locale = this.locale;
    const words = this.strings('featuredModels', locale);
    const t = words ?? vi;
    const view = words && this._view;
    const loaded = this.data ? { items: this.data.items, photoBase: this.apiBase, busy: false } : this._loader?.model();
    const failed = !this.data && this._loader?.state.status === 'error';
    const busy = !loaded && !failed;
    return html`<div part="base" class="base" aria-busy=${busy || loaded?.busy ? 'true' : nothing}>
      ${failed
        ? html`<p part="count" class="count" role="status"></p>${this._loader!.renderError(locale)}`
        : view && loaded
          ? view.renderModels(this, loaded, t, locale)
          : html`<p part="count" class="count" role="status">${t.loading}</p>
              <div class="skeleton" aria-hidden="true"><div></div><div></div><div></div></div>`}
    </div>`;
  }
}

FeaturedModels.define('featured-models');

declare global {
  interface HTMLElementTagNameMap {
    'featured-models': FeaturedModels;
  }
}
