/*
 * Matching names the way people type them: with or without diacritics, in
 * either Unicode form, with any punctuation and spacing. A Vietnamese
 * keyboard may send "Từ Sơn" precomposed (NFC) or as base letters plus
 * combining marks (NFD, common from macOS and some IMEs); both, and
 * "Tu Son", must find the ward. Names are published with "Thừa Thiên - Huế"
 * and typed "Thừa Thiên-Huế" or "Thừa Thiên Huế"; all three find it. Free of
 * zod, for the components.
 */

/**
 * A string reduced for matching: decomposed, combining marks removed, đ → d,
 * lower case, punctuation and symbols (hyphens and dashes, dots, commas,
 * brackets) read as spaces, runs of spaces collapsed.
 * "Phường Từ Sơn" → "phuong tu son"; "Thừa Thiên - Huế" → "thua thien hue".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * Whether `folded` (already passed through `foldForSearch`) matches the
 * query: it contains every word of the query, in any order ("son tu" finds
 * "Từ Sơn"), or, spaces aside, the query as typed ("BàRịa-VũngTàu" finds
 * "Bà Rịa - Vũng Tàu"). An empty query matches everything.
 */
export function matchesSearch(folded: string, query: string): boolean {
  const q = foldForSearch(query);
  const words = q.split(' ').filter(Boolean);
  if (words.every((word) => folded.includes(word))) return true;
  return folded.replace(/ /g, '').includes(q.replace(/ /g, ''));
}
