import type { Locale } from '@thidua/schemas';
import { vi, type Strings } from './locales/vi.js';

const loaded: Partial<Record<Locale, Strings>> = { vi };
let english: Promise<unknown> | undefined;

/**
 * The strings of `locale`, or a promise while they download: English is a
 * chunk of its own, so a Vietnamese page never pays for it. Should the chunk
 * fail to load, the element speaks Vietnamese rather than nothing.
 */
export function stringsFor(locale: Locale): Strings | Promise<unknown> {
  return (
    loaded[locale] ??
    (english ??= import('./locales/en.js').then(
      ({ en }) => (loaded.en = en),
      () => (loaded.en = vi),
    ))
  );
}

/** Makes a language available at once, for a bundle that carries it anyway (`<kpi-board>`). */
export function provideStrings(locale: Locale, strings: Strings): void {
  loaded[locale] = strings;
}

/** Maps a BCP 47 tag to a locale the kit speaks ("vi-VN" → vi, "en-GB" → en), or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split('-')[0];
  return language === 'vi' || language === 'en' ? language : undefined;
}

/**
 * The language of the nearest `lang` attribute, the element's own first,
 * crossing shadow roots. Undefined when there is none or the kit does not
 * speak it, so the caller can fall back to the provider's locale.
 */
export function nearestLang(element: Element): Locale | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
