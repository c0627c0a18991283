/*
 * Matching names the way people type them: with or without diacritics, in
 * either Unicode form. A Vietnamese keyboard may send "Từ Sơn" precomposed
 * (NFC) or as base letters plus combining marks (NFD, common from macOS and
 * some IMEs); both, and "Tu Son", must find the ward. Free of zod, for the
 * components.
 */

/**
 * A string reduced for matching: decomposed, combining marks removed, đ → d,
 * lower case, runs of spaces collapsed. "Phường Từ Sơn" → "phuong tu son".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether `folded` (already passed through `foldForSearch`) contains every
 * word of the query, in any order: "son tu" finds "Từ Sơn" too. An empty
 * query matches everything.
 */
export function matchesSearch(folded: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => folded.includes(word));
}
