/**
 * Vietnamese name order computed by the database, so that lists can be
 * paged with a cursor (keyset on `(sort_key, id)`) and served from an index.
 *
 * The databases cannot do it with a collation: PGlite has no Vietnamese ICU
 * collation, and PostgreSQL's default may be C. Instead `sortKeySql()` is an
 * immutable expression (translate() over the NFC text) whose bytes, compared
 * with COLLATE "C", order names as `Intl.Collator('vi')` does: letters first
 * by the Vietnamese alphabet (a < ă < â < b … d < đ … o < ô < ơ … u < ư), then
 * by tone (none, huyền, hỏi, ngã, sắc, nặng), then lower case before upper;
 * spaces and common punctuation before digits, digits before letters. A test
 * checks it against `Intl.Collator('vi')` on the seeded and a generated
 * province's names. The alphabet, tones and punctuation are @thidua/schemas'
 * `VIETNAMESE_ORDER`, which `compareVietnamese` is built from too.
 */
import { VIETNAMESE_ORDER } from '@thidua/schemas';

const { alphabet: ALPHABET, tones: TONES, punctuation: PUNCTUATION } = VIETNAMESE_ORDER;
const VOWELS: ReadonlySet<string> = new Set(VIETNAMESE_ORDER.vowels);
/**
 * The punctuation (`VIETNAMESE_ORDER.punctuation`, in the order ICU sorts it) mapped to ASCII below
 * the digits. Not ';': migrations are split on it (a name with one sorts it after the digits).
 */
const PUNCTUATION_KEYS = [' ', '!', '#', '$', '%', '&', '(', ')', '*', '+', ',', '-'];

function tables() {
  let from = '';
  let primary = '';
  let tone = '';
  let letterCase = '';
  ALPHABET.forEach((letter, i) => {
    for (const [t, mark] of (VOWELS.has(letter) ? TONES : ['']).entries()) {
      for (const [upper, base] of [letter, letter.toUpperCase()].entries()) {
        from += (base + mark).normalize('NFC');
        // Letters map above U+00FF: UTF-8 byte order is code point order, so they sort after digits.
        primary += String.fromCodePoint(0x100 + i);
        tone += String(t);
        letterCase += String(upper);
      }
    }
  });
  PUNCTUATION.forEach((p, i) => {
    from += p;
    primary += PUNCTUATION_KEYS[i];
    tone += p;
    letterCase += p;
  });
  return { from, primary, tone, letterCase };
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The sort key of a text expression: primary letters, then tones, then case,
 * separated by U+0001 so a shorter name sorts before a longer one it starts.
 * Compare it with COLLATE "C".
 */
export function sortKeySql(text: string): string {
  const t = tables();
  const nfc = `normalize(${text}, NFC)`;
  const part = (to: string) => `translate(${nfc}, ${literal(t.from)}, ${literal(to)})`;
  return `${part(t.primary)} || chr(1) || ${part(t.tone)} || chr(1) || ${part(t.letterCase)}`;
}
