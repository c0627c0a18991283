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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The position a cursor holds, checked against the kinds of its parts
 * (`'s'` a string, `'u'` a UUID — a forged one must not reach a `::uuid`
 * cast —, `'n'` a safe integer); undefined when no cursor was given.
 */
export function decodeCursor<const K extends readonly ('s' | 'u' | 'n')[]>(
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
    kinds.every((k, i) => {
      const part = parts[i + 1];
      return k === 'n' ? Number.isSafeInteger(part) : typeof part === 'string' && (k === 's' || UUID.test(part));
    });
  if (!ok) throw invalid(locale, ['query', 'cursor'], validationMessage(locale, 'cursor'), 'invalid_cursor');
  return (parts as unknown[]).slice(1) as { [I in keyof K]: K[I] extends 'n' ? number : string };
}
