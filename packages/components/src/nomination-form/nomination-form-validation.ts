import {
  ContactPerson,
  NominationInput,
  proposalProblems,
  ruleIssues,
  validate,
  validationMessage,
  type CatalogForProposals,
  type Commendation,
  type FieldIssue,
  type Locale,
  type OrganisationUnit,
  type Proposal,
} from '@thidua/schemas';
import {
  dmyToIso,
  emptyContact,
  isBlankAchievement,
  isBlankPriorAward,
  rowIndex,
  toContact,
  toNominationInput,
  type NomineeDraft,
  type ProposalDraft,
} from './nomination-form-model.js';

/*
 * The form's checks: the shared schemas (`ContactPerson`, `NominationInput`)
 * and the shared rules (`proposalProblems`), worded by the shared validation
 * messages in the visitor's language, so that the form says what the server
 * would. Each problem is tied to the id of the field it is about; the view
 * puts the field's label before the message, in the summary and inline alike.
 */

/** One problem, tied to the control it is about. */
export interface Problem {
  /** The id of the control (in the element's shadow root) the summary links to. */
  field: string;
  message: string;
  /** Worded in full by a shared rule ("Chưa có tờ trình"): shown without the field's label before it. */
  whole?: boolean;
}

/** Ids of the controls: one scheme for the sections, the summary and "check your answers". */
export const fieldId = (scope: string, ...path: (string | number)[]) => [scope, ...path].join('-');
export const PROPOSAL_SCOPE = 'p';

/** What the form knows of the catalog and the proposal, for the rules. */
export interface RuleContext {
  commendation: Commendation;
  unit: Pick<OrganisationUnit, 'id' | 'kind'>;
  proposal: Pick<Proposal, 'campaignId' | 'roundId' | 'awardTypeId' | 'proposingUnitId'>;
  /** The instant the round's window is judged at. */
  now: Date;
}

function catalogOf(ctx: RuleContext): CatalogForProposals {
  const c = ctx.commendation;
  return {
    campaigns: [
      {
        id: c.campaignId,
        rounds: c.rounds.map((r) => r.round),
        achievementCategories: c.achievementCategories,
        nominations: { referencePrefix: c.referencePrefix, criteria: c.criteria, privacyNotice: c.privacyNotice },
      },
    ],
    units: [ctx.unit],
    awardTypes: c.awardTypes,
  };
}

/** The field a path of `NominationInput` (or of a rule problem about one nomination) is about, on screen. */
function nomineeField(draft: NomineeDraft, path: (string | number)[]): string {
  const [head, a, b] = path;
  const scope = draft.key;
  if (head === 'nominee') return fieldId(scope, a === 'unitId' || a === 'workplaceUnitId' ? (draft.type === 'collective' ? 'name' : 'workplace') : (a ?? 'type'));
  if (head === 'achievements') {
    if (typeof a !== 'number') return fieldId(scope, 'achievements', 0, 'period');
    return fieldId(scope, 'achievements', rowIndex(draft.achievements, isBlankAchievement, a), b === 'description' ? 'description' : 'period');
  }
  if (head === 'priorAwards' && typeof a === 'number') {
    const field = b === 'year' ? 'year' : b === 'decisionNumber' ? 'decisionNumber' : 'kind';
    return fieldId(scope, 'priorAwards', rowIndex(draft.priorAwards, isBlankPriorAward, a), field);
  }
  if (head === 'achievementCategoryIds') return fieldId(scope, 'categories');
  if (head === 'attestedCriterionIds') return typeof a === 'string' ? fieldId(scope, 'criterion', a) : fieldId(scope, 'criteria');
  if (head === 'files') return fieldId(scope, 'file', a ?? 'achievementReport');
  if (head === 'summary') return fieldId(scope, 'summary');
  return fieldId(scope, 'type');
}

const KIND_RULES = new Set(['criterionNotAttested', 'criterionNotApplicable', 'nomineeGroupNotProposable', 'duplicateNomination']);

/** Problems of one nominee's section, in the order of its fields. */
export function nomineeProblems(draft: NomineeDraft, ctx: RuleContext, locale: Locale, existing: { nominees: NomineeDraft[]; files: ProposalDraft['files'] } = { nominees: [draft], files: [] }): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string, whole = false) => problems.some((p) => p.field === field) || problems.push({ field, message, ...(whole ? { whole } : {}) });
  const scope = draft.key;
  if (!draft.type) add(fieldId(scope, 'type'), validationMessage(locale, 'notChosen'));
  else {
    if (draft.type === 'individual') {
      const date = draft.dateOfBirth.trim();
      if (!date) add(fieldId(scope, 'dateOfBirth'), validationMessage(locale, 'required'));
      else if (!dmyToIso(date)) add(fieldId(scope, 'dateOfBirth'), validationMessage(locale, /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(date) ? 'dateNotReal' : 'dateFormat'));
    }
    const parsed = validate(NominationInput, toNominationInput(draft), locale);
    if (!parsed.success) for (const issue of parsed.issues) add(nomineeField(draft, issue.path), issue.message);
  }
  // The rules on the whole proposal, kept to this nominee: categories, summary, achievements, criteria, files, duplicates.
  const index = existing.nominees.indexOf(draft);
  const rules = proposalProblems(catalogOf(ctx), toChecked(ctx, { contact: emptyContact(), files: existing.files, nominees: existing.nominees }), ctx.now).filter(
    // Until the kind of nominee is chosen, the rules that depend on it have nothing to say.
    (p) => p.path[0] === 'nominations' && p.path[1] === index && (draft.type !== '' || !KIND_RULES.has(p.messageKey)),
  );
  for (const issue of ruleIssues(rules, locale)) add(nomineeField(draft, issue.path.slice(2)), issue.message, true);
  return problems;
}

/** Problems of the proposal's own section: its contact and shared files. */
export function proposalSectionProblems(draft: ProposalDraft, ctx: RuleContext, locale: Locale): Problem[] {
  const problems: Problem[] = [];
  const contact = toContact(draft.contact);
  if (!contact) problems.push({ field: fieldId(PROPOSAL_SCOPE, 'contact', 'name'), message: validationMessage(locale, 'contactRequired'), whole: true });
  else {
    const parsed = validate(ContactPerson, contact, locale);
    if (!parsed.success)
      for (const issue of parsed.issues) problems.push({ field: fieldId(PROPOSAL_SCOPE, 'contact', String(issue.path[0] ?? 'name')), message: issue.message });
  }
  const award = ctx.commendation.awardTypes.find((a) => a.id === ctx.proposal.awardTypeId);
  for (const kind of award?.requiredFiles.proposal ?? []) {
    if (!draft.files.some((f) => f.kind === kind)) problems.push({ field: fieldId(PROPOSAL_SCOPE, 'file', kind), message: validationMessage(locale, `fileRequired_${kind}`), whole: true });
  }
  return problems;
}

/** The proposal as the shared rules read it, from the drafts. */
function toChecked(ctx: RuleContext, draft: ProposalDraft) {
  return {
    ...ctx.proposal,
    contact: toContact(draft.contact),
    files: draft.files,
    nominations: draft.nominees.map((n) => ({ ...toNominationInput(n), ...(n.id ? { id: n.id } : {}), files: n.files })),
  };
}

/** Problems of the whole proposal that belong to no section: the round closed, no nominee yet. */
export function proposalLevelProblems(draft: ProposalDraft, ctx: RuleContext, locale: Locale): Problem[] {
  const rules = proposalProblems(catalogOf(ctx), toChecked(ctx, draft), ctx.now).filter((p) => p.path[0] !== 'nominations' || p.path.length === 1);
  return ruleIssues(rules.filter((p) => p.path[0] !== 'contact' && p.path[0] !== 'files'), locale).map((issue) => ({
    field: issue.path[0] === 'nominations' ? 'add-nominee' : 'tasks',
    message: issue.message,
    whole: true,
  }));
}

/** The problems the server listed (a 400 on submit or on a save), tied to fields where their paths allow. */
export function serverProblems(issues: readonly FieldIssue[], draft: ProposalDraft): Problem[] {
  return issues.map((issue) => {
    // Paths of a submit's problems start at the stored proposal; a write's at its body.
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    if (path[0] === 'nominations' && typeof path[1] === 'number' && draft.nominees[path[1]]) {
      return { field: nomineeField(draft.nominees[path[1]]!, path.slice(2)), message: issue.message };
    }
    if (path[0] === 'contact') return { field: fieldId(PROPOSAL_SCOPE, 'contact', String(path[1] ?? 'name')), message: issue.message };
    if (path[0] === 'files') return { field: fieldId(PROPOSAL_SCOPE, 'file', String(path[1] ?? 'other')), message: issue.message };
    return { field: 'tasks', message: issue.message };
  });
}

/** Whether the nominee can be saved: the schema accepts it (the rules may still find it incomplete). */
export function nomineeSavable(draft: NomineeDraft, locale: Locale): boolean {
  return draft.type !== '' && (draft.type === 'collective' || dmyToIso(draft.dateOfBirth) !== undefined) && validate(NominationInput, toNominationInput(draft), locale).success;
}

/** Whether the contact can be saved: empty (no contact), or one the schema accepts. */
export function contactSavable(draft: ProposalDraft, locale: Locale): boolean {
  const contact = toContact(draft.contact);
  return contact === null || validate(ContactPerson, contact, locale).success;
}
