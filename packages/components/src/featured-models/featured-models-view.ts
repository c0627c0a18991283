import { nothing } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { localize } from '@thidua/schemas/logic';
import type { FeaturedModel, Locale } from '@thidua/schemas';
import { css } from '../shared/css.js';
import { formatIsoDate } from '../shared/format.js';
import type { Catalogue } from '../strings/index.js';
import type { FeaturedModels } from './featured-models.js';

/*
 * `<featured-models>`'s cards and filter: a chunk loaded at once, in parallel
 * with the API's answer, so that the first paint (its loading state) carries
 * none of it.
 */

type Strings = Catalogue['featuredModels'];

/** What the cards are made of: the models, and the address their photos' paths are below. */
export interface ModelsModel {
  items: readonly FeaturedModel[];
  /** The API's root, which the photos' paths (`/v1/featured-models/…/photo?v=…`) are below; empty: the page's. */
  photoBase: string;
  /** The list is being replaced: what is shown is the previous answer. */
  busy: boolean;
}

const headings: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** The heading tag for a level, brought into 2–6 (an `h1` belongs to the page). */
export const headingTag = (level: number) => headings[Math.min(6, Math.max(2, Math.round(level) || 3))]!;

/**
 * The start of a story: its first paragraph, cut at the last whole word
 * within `max` characters (never inside a word, never inside a multi-code-unit
 * character), with an ellipsis when anything was cut.
 */
export function excerpt(narrative: string, max: number, ellipsis: string): string {
  const paragraphs = narrative.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  const first = paragraphs[0] ?? '';
  const limit = Math.max(40, Math.round(max) || 240);
  const chars = [...first];
  if (chars.length <= limit) return paragraphs.length > 1 ? first + (/[.!?…:]$/.test(first) ? '' : ellipsis) : first;
  const cut = chars.slice(0, limit).join('');
  const space = cut.search(/\s\S*$/);
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}${ellipsis}`;
}

/** A photo's address: as given when absolute, else below the API's root (or the page's). */
export function photoSrc(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || !base) return url;
  return `${base.replace(/\/+$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
}

/** The story's address: the model's own, else the page's template with its id, else none. */
const storyOf = (m: FeaturedModel, template: string) => m.storyUrl || (template ? template.replaceAll('{id}', encodeURIComponent(m.id)) : '');

/** The fields present among the models, in the order they first appear. */
export function categoryOptions(items: readonly FeaturedModel[], locale: Locale) {
  const seen = new Map<string, string>();
  for (const m of items) if (!seen.has(m.category.id)) seen.set(m.category.id, localize(m.category.title, locale));
  return [...seen].map(([id, label]) => ({ id, label }));
}

/** The filter, the count and the cards (or the empty message). */
export function renderModels(host: FeaturedModels, m: ModelsModel, t: Strings, locale: Locale) {
  const shown = m.items.filter((x) => !host.category || x.category.id === host.category);
  const items = host.limit > 0 ? shown.slice(0, host.limit) : shown;
  const options = categoryOptions(m.items, locale);
  if (host.category && !options.some((o) => o.id === host.category)) options.push({ id: host.category, label: host.category });
  const filter =
    host.filterable && m.items.length
      ? html`<div part="filter" class="filter">
          <label for="category">${t.category}</label>
          <select id="category" part="category-filter" @change=${(e: Event) => host.filter((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!host.category}>${t.allCategories}</option>
            ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === host.category}>${o.label}</option>`)}
          </select>
        </div>`
      : nothing;
  // The count is said when a filter changes the cards; without a filter it stays visually hidden.
  const count = html`<p part="count" class="count ${host.filterable ? '' : 'visually-hidden'}" role="status">
    ${m.items.length === 0 ? '' : t.shown(items.length)}
  </p>`;
  if (m.items.length === 0) return html`${count}<p part="empty" class="empty">${t.empty}</p>`;
  if (items.length === 0) return html`${filter}${count}<p part="empty" class="empty">${t.noMatch}</p>`;
  const tag = headingTag(host.headingLevel);
  return html`${filter}${count}
    <ul part="list" class="list" role="list" aria-label=${host.label || t.label}>
      ${items.map((x) => html`<li>${renderCard(host, x, m, tag, t, locale)}</li>`)}
    </ul>`;
}

function renderCard(host: FeaturedModels, x: FeaturedModel, m: ModelsModel, tag: StaticValue, t: Strings, locale: Locale) {
  const a = x.awardee;
  const id = `model-${x.id}`;
  const unit = a.type === 'individual' ? [a.position, a.workplace].filter(Boolean).join(', ') : localize(x.proposingUnit.name, locale);
  const story = storyOf(x, host.storyHref);
  const date = formatIsoDate(x.decision.signedOn) ?? x.decision.signedOn;
  return html`<article part="card" class="card" aria-labelledby=${id}>
    <${tag} part="name" class="name" id=${id}>${a.name}</${tag}>
    ${unit ? html`<p part="unit" class="unit">${unit}</p>` : nothing}
    <dl part="facts" class="facts">
      <div>
        <dt>${t.award}</dt>
        <dd>${localize(x.awardType.title, locale)} <span class="decision">(${t.decision(x.decision.number, date)})</span></dd>
      </div>
      <div>
        <dt>${t.category}</dt>
        <dd>${localize(x.category.title, locale)}</dd>
      </div>
    </dl>
    <p part="excerpt" class="excerpt">${excerpt(x.narrative, host.excerptLength, t.ellipsis)}</p>
    ${story
      ? html`<p class="more"><a part="link" class="link" href=${story}>${t.readMore}<span class="visually-hidden">${t.readMoreWhat(a.name)}</span></a></p>`
      : nothing}
    ${x.photo
      ? html`<img
          part="photo"
          class="photo"
          src=${photoSrc(x.photo.url, m.photoBase)}
          alt=${x.photo.alt}
          width=${x.photo.width}
          height=${x.photo.height}
          loading="lazy"
          decoding="async"
        />`
      : html`<div part="photo" class="photo none" aria-hidden="true"><span>${t.noPhoto}</span></div>`}
  </article>`;
}

/** The cards' styles, added to the element when this chunk arrives. */
export const viewStyles = [
  css`
    .filter {
      display: grid;
      gap: 0.25rem;
      justify-items: start;
    }
    label {
      font-weight: 600;
    }
    select {
      min-block-size: 2.75rem;
      max-inline-size: 100%;
      padding: 0.375rem 0.5rem;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_muted);
      border-radius: 0.375rem;
    }
    select:focus-visible {
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
    }
    .empty {
      padding: 1rem;
      background: var(--_header);
      border-radius: 0.375rem;
    }
    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--featured-models-card-min-width, 16rem)), 1fr));
      gap: 1rem;
      padding: 0;
      list-style: none;
    }
    .list > li {
      display: flex;
    }
    /* The photo is drawn first, but read after the heading: the name is what a card is about. */
    .card {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      inline-size: 100%;
      padding-block-end: 1rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 0.5rem;
      overflow: hidden;
    }
    .card > :not(.photo) {
      margin-inline: 1rem;
    }
    .photo {
      order: -1;
      display: block;
      inline-size: 100%;
      block-size: auto;
      aspect-ratio: var(--featured-models-photo-ratio, 4 / 3);
      object-fit: cover;
      background: var(--_header);
    }
    .photo.none {
      display: grid;
      place-items: center;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .name {
      margin-block-start: 0.25rem;
      font-size: 1.125rem;
      line-height: 1.3;
    }
    .unit,
    .facts {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    .facts {
      display: grid;
      gap: 0.25rem;
    }
    .facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.375rem;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    .excerpt {
      flex: 1;
    }
    .link {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
      font-weight: 600;
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    .link:focus-visible {
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
      border-radius: 0.125rem;
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
      .link {
        color: LinkText;
      }
      .link:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
