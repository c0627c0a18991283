import type { CollectiveKind, ContactPerson, NominationFile, NominationInput, Nominee, Proposal, ProposalFile } from '@thidua/schemas';

/*
 * What the form holds while a person types: every field as the text typed
 * (a date as dd/mm/yyyy, a number as digits), so that nothing typed is ever
 * replaced by what it parses to. `toNominationInput` and `toContact` turn a
 * draft into the contract's shapes for saving and checking; `fromProposal`
 * makes drafts of a stored proposal. Zod-free: the checks are in
 * nomination-form-validation.ts.
 */

export interface ContactDraft {
  name: string;
  position: string;
  phone: string;
  email: string;
}

export interface AchievementDraft {
  period: string;
  description: string;
}

export interface PriorAwardDraft {
  kind: string;
  year: string;
  decisionNumber: string;
}

export interface NomineeDraft {
  /** The form's own key of this nominee, stable before the server gives it an id. */
  key: string;
  /** The nomination's id once saved. */
  id?: string | undefined;
  type: '' | 'individual' | 'collective';
  familyName: string;
  middleName: string;
  givenName: string;
  gender: '' | 'female' | 'male';
  /** dd/mm/yyyy as typed. */
  dateOfBirth: string;
  position: string;
  workplace: string;
  workplaceUnitId?: string | undefined;
  communityTeamMember: boolean;
  name: string;
  kind: '' | CollectiveKind;
  unitId?: string | undefined;
  headcount: string;
  women: string;
  achievementCategoryIds: string[];
  summary: string;
  achievements: AchievementDraft[];
  priorAwards: PriorAwardDraft[];
  attestedCriterionIds: string[];
  files: NominationFile[];
  /** Reference, given on submission. */
  reference?: string | null | undefined;
}

export interface ProposalDraft {
  contact: ContactDraft;
  files: ProposalFile[];
  nominees: NomineeDraft[];
}

let keys = 0;
/** A key for a nominee added in this page. */
export const newKey = () => `n${++keys}`;

export const emptyContact = (): ContactDraft => ({ name: '', position: '', phone: '', email: '' });

export function emptyNominee(): NomineeDraft {
  return {
    key: newKey(),
    type: '',
    familyName: '',
    middleName: '',
    givenName: '',
    gender: '',
    dateOfBirth: '',
    position: '',
    workplace: '',
    communityTeamMember: false,
    name: '',
    kind: '',
    headcount: '',
    women: '',
    achievementCategoryIds: [],
    summary: '',
    achievements: [{ period: '', description: '' }],
    priorAwards: [],
    attestedCriterionIds: [],
    files: [],
  };
}

/** `1985-09-05` → `05/09/1985`. */
export const isoToDmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/**
 * `5/9/1985`, `05/09/1985`, `05-09-1985` or `05.09.1985` → `1985-09-05`; undefined for
 * anything else, or a day that does not exist (31/02).
 */
export function dmyToIso(text: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Digits only, as a whole number; undefined when empty; NaN when something else was typed. */
export function parseWhole(text: string): number | undefined {
  const t = text.trim().replace(/[.\s]/g, '');
  if (!t) return undefined;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
}

const blank = (s: string) => s.trim() === '';

export const isBlankAchievement = (a: AchievementDraft) => blank(a.period) && blank(a.description);
export const isBlankPriorAward = (p: PriorAwardDraft) => blank(p.kind) && blank(p.year) && blank(p.decisionNumber);

/** The contact as the contract takes it, or null when every field is empty (no contact yet). */
export function toContact(c: ContactDraft): ContactPerson | null {
  if ([c.name, c.position, c.phone, c.email].every(blank)) return null;
  return { name: c.name, ...(blank(c.position) ? {} : { position: c.position }), phone: c.phone, email: c.email.trim() } as ContactPerson;
}

/**
 * The nominee as the contract takes it: the fields of its type only, a
 * date of birth in ISO (or the text typed, which the schema then refuses),
 * numbers parsed. Rows left wholly empty are not sent.
 */
export function toNominee(n: NomineeDraft): Nominee {
  if (n.type === 'collective') {
    const headcount = parseWhole(n.headcount);
    const women = parseWhole(n.women);
    return {
      type: 'collective',
      name: n.name,
      kind: n.kind as CollectiveKind,
      ...(n.unitId ? { unitId: n.unitId } : {}),
      ...(headcount === undefined ? {} : { headcount }),
      ...(women === undefined ? {} : { women }),
    };
  }
  return {
    type: (n.type || undefined) as 'individual',
    familyName: n.familyName,
    ...(blank(n.middleName) ? {} : { middleName: n.middleName }),
    givenName: n.givenName,
    gender: (n.gender || undefined) as 'female',
    dateOfBirth: dmyToIso(n.dateOfBirth) ?? n.dateOfBirth,
    position: n.position,
    workplace: n.workplace,
    ...(n.workplaceUnitId ? { workplaceUnitId: n.workplaceUnitId } : {}),
    ...(n.communityTeamMember ? { communityTeamMember: true } : {}),
  };
}

export function toNominationInput(n: NomineeDraft): NominationInput {
  return {
    nominee: toNominee(n),
    achievementCategoryIds: n.achievementCategoryIds,
    ...(blank(n.summary) ? {} : { summary: n.summary }),
    achievements: n.achievements.filter((a) => !isBlankAchievement(a)),
    priorAwards: n.priorAwards
      .filter((p) => !isBlankPriorAward(p))
      .map((p) => ({ kind: p.kind, year: parseWhole(p.year) ?? Number.NaN, decisionNumber: p.decisionNumber })),
    attestedCriterionIds: n.attestedCriterionIds,
  };
}

/** Where each achievement and prior award sent sits among the rows on screen (blank rows are not sent). */
export function rowIndex(rows: readonly unknown[], isBlank: (row: never) => boolean, sentIndex: number): number {
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    if (!isBlank(rows[i] as never)) seen += 1;
    if (seen === sentIndex) return i;
  }
  return sentIndex;
}

/** The drafts of a stored nomination. */
export function nomineeDraft(n: Proposal['nominations'][number], key = newKey()): NomineeDraft {
  const draft = emptyNominee();
  const nominee = n.nominee;
  Object.assign(draft, {
    key,
    id: n.id,
    reference: n.reference,
    type: nominee.type,
    achievementCategoryIds: [...n.achievementCategoryIds],
    summary: n.summary ?? '',
    achievements: n.achievements.length ? n.achievements.map((a) => ({ ...a })) : [{ period: '', description: '' }],
    priorAwards: n.priorAwards.map((p) => ({ kind: p.kind, year: String(p.year), decisionNumber: p.decisionNumber })),
    attestedCriterionIds: [...n.attestedCriterionIds],
    files: n.files,
  });
  if (nominee.type === 'individual') {
    Object.assign(draft, {
      familyName: nominee.familyName,
      middleName: nominee.middleName ?? '',
      givenName: nominee.givenName,
      gender: nominee.gender,
      dateOfBirth: isoToDmy(nominee.dateOfBirth),
      position: nominee.position,
      workplace: nominee.workplace,
      workplaceUnitId: nominee.workplaceUnitId,
      communityTeamMember: nominee.communityTeamMember ?? false,
    });
  } else {
    Object.assign(draft, {
      name: nominee.name,
      kind: nominee.kind,
      unitId: nominee.unitId,
      headcount: nominee.headcount === undefined ? '' : String(nominee.headcount),
      women: nominee.women === undefined ? '' : String(nominee.women),
    });
  }
  return draft;
}

export function contactDraft(contact: ContactPerson | null): ContactDraft {
  return contact ? { name: contact.name, position: contact.position ?? '', phone: contact.phone, email: contact.email } : emptyContact();
}

/** The drafts of a stored proposal; `keyOf` keeps the keys of nominees already on screen. */
export function fromProposal(proposal: Proposal, keyOf: (id: string) => string | undefined = () => undefined): ProposalDraft {
  return {
    contact: contactDraft(proposal.contact),
    files: proposal.files,
    nominees: proposal.nominations.map((n) => nomineeDraft(n, keyOf(n.id))),
  };
}

/** The name a nominee is listed under: the full name of a person, a collective's name. */
export function nomineeName(n: NomineeDraft): string {
  if (n.type === 'collective') return n.name.trim();
  return [n.familyName, n.middleName, n.givenName].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** Whether anything has been typed or chosen in a nominee. */
export function nomineeTouched(n: NomineeDraft): boolean {
  return Boolean(
    n.id ||
      n.type ||
      nomineeName(n) ||
      n.achievementCategoryIds.length ||
      n.summary.trim() ||
      n.achievements.some((a) => !isBlankAchievement(a)) ||
      n.priorAwards.length ||
      n.attestedCriterionIds.length ||
      n.files.length,
  );
}

export const contactTouched = (c: ContactDraft) => ![c.name, c.position, c.phone, c.email].every(blank);
