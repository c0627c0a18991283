import { validationMessage, type Locale } from '@thidua/schemas';
import { invalid } from './http.js';

/**
 * Page cursors: a position in a list's stable order (its keyset), with the
 * list it belongs to, as base64url JSON. Opaque to clients; a cursor that is
 * not one the server wrote, or one of another list, is a 400 naming
 * `query.cursor` — never a 500, never a silently wrong page.
 */

export function encodeCursor(list: string, position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...position]), 'utf8').toString('base64url');
}

/**
 * The position a cursor holds, checked against the kinds of its parts
 * (`'s'` a string, `'n'` a number); undefined when no cursor was given.
 */
export function decodeCursor<const K extends readonly ('s' | 'n')[]>(
  list: string,
  cursor: string | undefined,
  kinds: K,
  locale: Locale,
): { [I in keyof K]: K[I] extends 'n' ? number : string } | undefined {
  if (cursor === undefined) return undefined;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  const ok =
    Array.isArray(parts) &&
    parts.length === kinds.length + 1 &&
    parts[0] === list &&
    kinds.every((k, i) => (k === 'n' ? Number.isSafeInteger(parts[i + 1]) : typeof parts[i + 1] === 'string'));
  if (!ok) throw invalid(locale, ['query', 'cursor'], validationMessage(locale, 'cursor'), 'invalid_cursor');
  return (parts as unknown[]).slice(1) as { [I in keyof K]: K[I] extends 'n' ? number : string };
}
