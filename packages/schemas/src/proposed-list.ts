/*
 * The order of the list proposed to the Chairman (danh sách đề nghị khen
 * thưởng) for a round: pure, free of zod. The Law on Emulation and
 * Commendation 2022 (06/2022/QH15, Article 5, the principle of gender
 * equality) says that among collectives and individuals of equal standing,
 * women and collectives with at least 70 % women are chosen first; the list
 * is read in its order, so they come first in it.
 *
 * The order uses the gender of individuals, which is personal data: it is
 * for the list the appraisers send to the Chairman, not for a public one.
 */
import { compareVietnamese, scoreKey } from './score.js';

/** The share of women, in percent, from which a collective comes first on equal standing. */
export const WOMEN_SHARE_PRIORITY_PERCENT = 70;

/** What the order reads of a nominee (the contract's `Nominee` has it). */
export type ListedNominee =
  | { type: 'collective'; name: string; headcount?: number | undefined; women?: number | undefined }
  | { type: 'individual'; gender: 'female' | 'male'; familyName: string; middleName?: string | undefined; givenName: string };

export interface ProposedListEntry {
  nominee: ListedNominee;
  /**
   * How the appraisal ranks the nomination (a score, a vote share: higher
   * first). Entries without one rank after those with one, equal among
   * themselves — and all are equal when none has one, as when the
   * appraisal only finds nominees eligible.
   */
  standing?: number | undefined;
}

export type WomenPriority = 'woman' | 'womenCollective';

/**
 * Why a nominee comes first on equal standing, if it does: a woman, or a
 * collective whose known headcount is at least 70 % women. A collective
 * that gives no headcount or no number of women has no priority.
 */
export function womenPriority(nominee: ListedNominee): WomenPriority | undefined {
  if (nominee.type === 'individual') return nominee.gender === 'female' ? 'woman' : undefined;
  const { headcount, women } = nominee;
  if (!headcount || women === undefined) return undefined;
  // Whole numbers: 7 of 10 is exactly 70 %, with no floating-point doubt.
  return women * 100 >= headcount * WOMEN_SHARE_PRIORITY_PERCENT ? 'womenCollective' : undefined;
}

/**
 * The entries in the order of the list: collectives, then individuals (the
 * list's two parts); within each, by standing, higher first; on equal
 * standing, women and collectives with at least 70 % women first; then by
 * name as Vietnamese lists sort them — a collective by its name, a person by
 * given name, then family and middle name; entries alike in all of these
 * keep their order. Returns a new array.
 */
export function orderProposedList<T extends ProposedListEntry>(entries: readonly T[]): T[] {
  const keyed = entries.map((entry, index) => ({
    entry,
    index,
    part: entry.nominee.type === 'collective' ? 0 : 1,
    standing: entry.standing === undefined || !Number.isFinite(entry.standing) ? -Infinity : scoreKey(entry.standing),
    first: womenPriority(entry.nominee) ? 0 : 1,
    names:
      entry.nominee.type === 'collective'
        ? [entry.nominee.name]
        : [entry.nominee.givenName, entry.nominee.familyName, entry.nominee.middleName ?? ''],
  }));
  keyed.sort((a, b) => {
    if (a.part !== b.part) return a.part - b.part;
    if (a.standing !== b.standing) return b.standing - a.standing;
    if (a.first !== b.first) return a.first - b.first;
    for (let i = 0; i < a.names.length; i++) {
      const byName = compareVietnamese(a.names[i]!, b.names[i]!);
      if (byName !== 0) return byName;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.entry);
}
