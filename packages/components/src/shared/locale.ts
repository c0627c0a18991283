import type { Locale } from '@thidua/schemas';

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
    if ((node as Element).getAttribute && (node as Element).hasAttribute('lang')) return toLocale((node as Element).getAttribute('lang'));
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return undefined;
}
