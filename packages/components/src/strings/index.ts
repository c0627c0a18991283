import type { Locale } from '@thidua/schemas';
import type { awardList } from './vi/award-list.js';
import type { board } from './vi/board.js';
import type { common } from './vi/common.js';
import type { errors } from './vi/errors.js';
import type { featuredModels } from './vi/featured-models.js';
import type { kpi } from './vi/kpi.js';
import type { nominationDossier } from './vi/nomination-dossier.js';
import type { nominationList } from './vi/nomination-list.js';
import type { nominationQueue } from './vi/nomination-queue.js';
import type { nominationReview } from './vi/nomination-review.js';
import type { nomination } from './vi/nomination.js';
import type { ranking } from './vi/ranking.js';

/**
 * The kit's one string catalogue: every word an element shows, one module per
 * language per namespace (`strings/vi/common.ts`, `strings/en/common.ts`, …).
 * Vietnamese is the source: its modules' shapes are the types below, so an
 * English module that misses (or adds) a key fails the type check.
 *
 * A chunk statically imports the Vietnamese namespaces it needs and hands them
 * over with `provideStrings`, together with the `import()` of each one's
 * English module; English is loaded on first use as a chunk of its own per
 * namespace (`stringsFor` answers with a promise meanwhile), so a Vietnamese
 * page never downloads English, and an entry carries the loaders of the
 * namespaces it speaks and no other.
 *
 * A site or a province changes any wording with `setStrings`, without forking:
 *
 * ```js
 * import { setStrings } from '@thidua/components/strings';
 * setStrings('vi', { common: { status: { offTrack: 'Chưa đạt' } } });
 * ```
 */
export interface Catalogue {
  /** The compact card's words: target, status, units. */
  common: typeof common;
  /** `<kpi-progress>` with API data and in its detailed variant; an ended campaign's outcome (the board's filters too). */
  kpi: typeof kpi;
  /** `<kpi-board>` around its cards. */
  board: typeof board;
  /** The error state of every element that loads from the API. */
  errors: typeof errors;
  /** `<ranking-table>`, its downloads included. */
  ranking: typeof ranking;
  /** `<nomination-list>`: a proposing unit's dossiers, their statuses, filters and pager. */
  nominationList: typeof nominationList;
  /** `<nomination-list>`'s part for a submitted dossier: reasons, messages, outcome, history, resubmission. */
  nominationDossier: typeof nominationDossier;
  /** `<nomination-form>`: its sections, autosave, uploads, check your answers, receipt. */
  nomination: typeof nomination;
  /** `<nomination-queue>`: the appraisers' queue, its filters, sorting, pager and deadlines (and the words `<nomination-review>` shares with it). */
  nominationQueue: typeof nominationQueue;
  /** `<nomination-review>`: one dossier's sections, checklist, comments, actions and their dialogs, history. */
  nominationReview: typeof nominationReview;
  /** `<award-list>`: the published awardees of a round or campaign, filters, search and CSV. */
  awardList: typeof awardList;
  /** `<featured-models>`: exemplary models as cards. */
  featuredModels: typeof featuredModels;
}

export type Namespace = keyof Catalogue;

/** Any part of a namespace, at any depth; a function stays a function (it must take what the original takes). */
export type DeepPartial<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** What `setStrings` takes: for each namespace, the strings to replace. */
export type StringOverrides = { [N in Namespace]?: DeepPartial<Catalogue[N]> };

/** How a namespace's English module is loaded: an `import()` written where the namespace is provided. */
export type EnglishLoader<N extends Namespace> = () => Promise<Pick<Catalogue, N>>;

/** The English loaders the chunks of the page have provided (`provideStrings`). */
const english: { [N in Namespace]?: EnglishLoader<N> } = {};

/** Each language's namespaces as elements use them: overrides (`setStrings`) applied. */
const loaded: Record<Locale, Partial<Catalogue>> = { vi: {}, en: {} };
const loading = new Map<string, Promise<unknown>>();
const listeners = new Set<() => void>();
/**
 * Applies the overrides to a namespace that arrives after `setStrings`; set
 * by `setStrings`, so that a page that never calls it does not download the
 * merging (this module is in every entry's first paint).
 */
let withOverrides: (<N extends Namespace>(locale: Locale, namespace: N, strings: Catalogue[N]) => Catalogue[N]) | undefined;

function put<N extends Namespace>(locale: Locale, namespace: N, strings: Catalogue[N]): void {
  loaded[locale][namespace] = withOverrides ? withOverrides(locale, namespace, strings) : strings;
}

/**
 * Makes namespaces of a language available at once (for the chunk that
 * imports them anyway), and says how each one's English is loaded when an
 * element asks for it: one `import()` per namespace, written out in the chunk
 * that speaks it, so that every bundler makes each English module a chunk of
 * its own and an entry carries only the loaders it needs.
 *
 * ```ts
 * provideStrings('vi', { common }, { common: () => import('../strings/en/common.js') });
 * ```
 */
export function provideStrings(locale: Locale, strings: Partial<Catalogue>, loaders: { [N in Namespace]?: EnglishLoader<N> } = {}): void {
  for (const namespace of Object.keys(strings) as Namespace[]) put(locale, namespace, strings[namespace]!);
  Object.assign(english, loaders);
}

/**
 * A namespace's strings in `locale`, overrides applied; or, while its chunk
 * downloads, a promise that settles when it is here. Should a language's
 * chunk fail to load, the element speaks Vietnamese rather than nothing.
 */
export function stringsFor<N extends Namespace>(locale: Locale, namespace: N): Catalogue[N] | Promise<unknown> {
  const strings = loaded[locale][namespace];
  if (strings) return strings as Catalogue[N];
  const key = locale + ':' + namespace;
  let load = loading.get(key);
  if (!load) {
    // Neither is loaded blind: the module that speaks a namespace provides both.
    const loader = english[namespace];
    if (locale === 'vi' || !loader) throw new Error(`No ${locale} strings for "${namespace}": import them and call provideStrings`);
    // Vietnamese should the chunk fail to load.
    load = loader()
      .then((m) => m[namespace], () => loaded.vi[namespace]!)
      .then((s) => void (loaded[locale][namespace] || put(locale, namespace, s)));
    loading.set(key, load);
  }
  return load;
}

const overrides: Record<Locale, StringOverrides> = { vi: {}, en: {} };

/**
 * Replaces any of the kit's strings in one language, on every element of the
 * page, those already shown included. Calls add up: a later call overrides
 * only the keys it gives. A function string is replaced by a function taking
 * the same arguments (`deadline: (date) => \`chậm nhất ${date}\``).
 */
export function setStrings(locale: Locale, strings: StringOverrides): void {
  overrides[locale] = merge(overrides[locale], strings);
  withOverrides = (l, namespace, s) => merge(s, overrides[l][namespace]);
  // Namespaces already here take the new overrides on top of the earlier ones.
  for (const namespace of Object.keys(strings) as Namespace[]) {
    const current = loaded[locale][namespace];
    if (current) loaded[locale][namespace] = merge(current, strings[namespace]) as never;
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` after each `setStrings`; returns what stops it. */
export function watchStrings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function merge<T>(base: T, over: unknown): T {
  if (!over) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = current && typeof current === 'object' && value && typeof value === 'object' ? merge(current, value) : value;
  }
  return out as T;
}
