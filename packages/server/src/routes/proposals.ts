import { createHash, randomUUID } from 'node:crypto';
import {
  EVIDENCE_LIMITS,
  IMPORT_LIMITS,
  PAGE_SIZES,
  NominationFileKind,
  ProposalFileKind,
  csvText,
  importNomineeRows,
  parseCsv,
  proposalProblems,
  recogniseEvidence,
  recogniseSpreadsheet,
  ruleIssues,
  unpackedSize,
  validationMessage,
  type ImportIssue,
  type Locale,
  type NominationInput,
  type Nominee,
  type Proposal,
  type RuleProblem,
} from '@thidua/schemas';
import type { Principal } from '../auth.js';
import { HttpError, fileTooLarge, message, type ServerMessageKey } from '../errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { invalid, keyReused, notFound, staleVersion, type AppContext, type Handlers, type RouteDeps } from '../http.js';
import { findCampaign } from '../repositories/campaigns.js';
import { workingCalendar } from '../repositories/appraisals.js';
import { appraisalAccess, dueOnFor, workflowError } from './appraisals.js';
import {
  addEvidence,
  addNomination,
  applyWorkflowAction,
  createProposal,
  findAwardType,
  findProposal,
  importNominations,
  listNominations,
  listProposals,
  readEvidence,
  removeEvidence,
  removeNomination,
  submitProposal,
  withdrawProposal,
  updateContact,
  updateNomination,
  type StoredProposal,
  type WriteContext,
  type WriteResult,
} from '../repositories/proposals.js';
import { existingUnitIds, findUnit } from '../repositories/units.js';
import { importTemplate, readXlsxRows } from '../spreadsheets.js';

/*
 * Draft proposals and their nominations. The rules are the shared ones
 * (`proposalProblems` in @thidua/schemas), applied here to the part a write
 * touches: at creation the award and round; for a nomination the nominee
 * group, categories and attested criteria. What a draft may still lack
 * (criteria not yet attested, files, the summary) is checked on submission.
 */

// Problems a write is refused for; the others are what a draft may still lack.
const PROPOSAL_RULES = new Set(['unknownRound', 'unknownAwardType', 'awardNotProposable', 'awardNotInRound', 'roundNoDossiers', 'roundNotOpen', 'roundClosed']);
const NOMINATION_RULES = new Set(['nomineeGroupNotProposable', 'unknownCategory', 'unknownCriterion', 'criterionNotApplicable']);
// The round's dossier window: checked when a dossier is created and submitted, not when a returned one is resubmitted.
const WINDOW_RULES = new Set(['roundNoDossiers', 'roundNotOpen', 'roundClosed']);

/** A 400 listing every problem; `under` is where the paths start (the body of a write, the stored proposal on submit). */
function refuse(locale: Locale, problems: RuleProblem[], under: string[] = ['body']): never {
  throw new HttpError(
    400,
    'validation_failed',
    message(locale, 'validation_failed'),
    ruleIssues(problems, locale).map((i) => ({ ...i, path: [...under, ...i.path] })),
  );
}

/** A refused upload, about the form's `file` field; `key` is a message's, or the text itself. */
function fileRefused(status: 400 | 413 | 415, locale: Locale, key: ServerMessageKey | { text: string }, code: string): HttpError {
  const text = typeof key === 'string' ? message(locale, key) : key.text;
  return new HttpError(status, status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'validation_failed', text, [
    { path: ['body', 'file'], message: text, code },
  ]);
}

/**
 * The name a file is listed and downloaded under: its last path segment
 * (some browsers send a whole path), without control characters, at most
 * the limit; a name with nothing left gets the type's usual one.
 */
function fileName(raw: string, mediaType: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, EVIDENCE_LIMITS.nameLength);
  if (base) return base;
  const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[mediaType] ?? 'docx';
  return `tep.${extension}`;
}

/**
 * A refused import: every problem placed in the file, its path under
 * `body.file` by row (`body.file.12.dateOfBirth`), with its row, column
 * letter and header as written. Nothing was added.
 */
function importRefused(locale: Locale, issues: readonly ImportIssue[]): HttpError {
  return new HttpError(
    400,
    'validation_failed',
    message(locale, 'import_refused'),
    issues.map((i) => ({
      path: ['body', 'file', ...(i.row === null ? [] : [i.row]), ...i.path],
      message: i.message,
      code: i.code,
      ...(i.row === null ? {} : { row: i.row }),
      ...(i.column === null ? {} : { column: i.column }),
      ...(i.header === null ? {} : { header: i.header }),
    })),
  );
}

/** Spreadsheet column order: B before AA. */
const byPlace = (a: ImportIssue, b: ImportIssue) =>
  (a.row ?? 0) - (b.row ?? 0) || (a.column?.length ?? 9) - (b.column?.length ?? 9) || (a.column ?? '').localeCompare(b.column ?? '');

/** The template column a nominee's group is set by: a community team's kind, a member's box, else the nominee type. */
const groupColumn = (nominee: Nominee) =>
  nominee.type === 'collective' ? (nominee.kind === 'communityTeam' ? 'collectiveKind' : 'type') : nominee.communityTeamMember ? 'communityTeamMember' : 'type';

/** Answers with the proposal and its version as ETag. */
function answer(c: AppContext, stored: StoredProposal): Proposal {
  c.header('ETag', `"${stored.version}"`);
  return stored.proposal;
}

export function proposalHandlers({ db, now, today }: RouteDeps) {
  /** The catalog slice the rules need for one proposal, from what is stored. */
  async function catalogFor(p: Pick<Proposal, 'campaignId' | 'awardTypeId' | 'proposingUnitId'>) {
    const [campaign, awardType, unit] = await Promise.all([findCampaign(db, p.campaignId), findAwardType(db, p.awardTypeId), findUnit(db, p.proposingUnitId)]);
    return { campaigns: campaign ? [campaign] : [], awardTypes: awardType ? [awardType] : [], units: unit ? [unit] : [] };
  }

  function settle(result: WriteResult, c: AppContext, locale: Locale): Proposal {
    if (result.ok) {
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      return answer(c, result.stored);
    }
    switch (result.refusal) {
      case 'problems':
        refuse(locale, result.problems, []);
      case 'keyReused':
        throw keyReused(locale);
      case 'withdrawn':
        throw new HttpError(409, 'conflict', message(locale, 'proposal_withdrawn'));
      case 'notWithdrawable':
        throw new HttpError(409, 'conflict', message(locale, 'proposal_appraised'));
      case 'notFound':
        throw notFound(locale, 'proposal_not_found', ['path', 'proposalId']);
      case 'nominationNotFound':
        throw notFound(locale, 'nomination_not_found', ['path', 'nominationId']);
      case 'fileNotFound':
        throw notFound(locale, 'file_not_found', ['path', 'fileId']);
      case 'dossierTooLarge':
        throw fileRefused(413, locale, 'dossier_too_large', 'too_big');
      case 'stale':
        throw staleVersion(locale, 'proposal_changed');
      case 'notDraft':
        throw new HttpError(409, 'conflict', message(locale, 'proposal_not_draft'));
      case 'notReturnedPart':
        throw new HttpError(409, 'conflict', message(locale, 'proposal_not_returned_part'));
      case 'workflow':
        throw workflowError(locale, result.workflow);
      case 'notUnderAppraisal':
        // Only a checklist is refused so, and no proposer's write touches one.
        throw new Error('a proposer’s write was refused as not under appraisal');
      case 'duplicate':
        throw new HttpError(409, 'conflict', message(locale, 'duplicate_nomination'), [
          { path: ['body', 'nominee'], message: message(locale, 'duplicate_nomination'), code: 'duplicateNomination' },
        ]);
    }
  }

  /** A nomination's own checks against the catalog, before anything is locked. */
  async function checkNomination(proposalId: string, principal: Principal, input: NominationInput, locale: Locale) {
    const stored = await findProposal(db, proposalId, principal.unitIds);
    if (!stored) throw notFound(locale, 'proposal_not_found', ['path', 'proposalId']);
    const { proposal } = stored;
    const problems = proposalProblems(await catalogFor(proposal), { ...proposal, nominations: [{ ...input, files: [] }] }, now())
      .filter((p) => NOMINATION_RULES.has(p.messageKey))
      .map((p) => ({ ...p, path: p.path.slice(2) })); // ['nominations', 0, …] is the body here
    if (problems.length > 0) refuse(locale, problems);
    const nominee = input.nominee;
    const unitId = nominee.type === 'collective' ? nominee.unitId : nominee.workplaceUnitId;
    if (unitId && !(await findUnit(db, unitId)))
      throw invalid(locale, ['body', 'nominee', nominee.type === 'collective' ? 'unitId' : 'workplaceUnitId'], message(locale, 'unit_not_found'), 'not_found');
  }

  const context = (principal: Principal, proposalId: string, ifMatch: string): WriteContext => ({
    proposalId,
    unitIds: principal.unitIds,
    ifMatch,
    tokenId: principal.tokenId,
    at: now(),
  });

  /** The units a list covers: the token's, or the one of them asked for. */
  function listedUnits(principal: Principal, unit: string | undefined, locale: Locale): string[] {
    if (unit === undefined) return principal.unitIds;
    if (principal.unitIds.includes(unit)) return [unit];
    throw new HttpError(403, 'forbidden', message(locale, 'forbidden_list_unit'), [
      { path: ['query', 'unit'], message: message(locale, 'forbidden_list_unit'), code: 'forbidden' },
    ]);
  }

  return {
    async listProposals({ query, principal, locale }) {
      const after = decodeCursor('proposals', query.cursor, ['n', 'n'], locale);
      const filter = { ...query, unitIds: listedUnits(principal, query.unit, locale) };
      const { items, next } = await listProposals(db, filter, { limit: query.limit ?? PAGE_SIZES.proposals.default, after });
      return { items, next: next ? encodeCursor('proposals', next) : null };
    },

    async listNominations({ query, principal, locale }) {
      const after = decodeCursor('nominations', query.cursor, ['n', 'n', 'n'], locale);
      const filter = { ...query, unitIds: listedUnits(principal, query.unit, locale) };
      const { items, next } = await listNominations(db, filter, { limit: query.limit ?? PAGE_SIZES.nominations.default, after });
      return { items, next: next ? encodeCursor('nominations', next) : null };
    },

    async createProposal({ body, headers, principal, locale, c }) {
      if (!principal.unitIds.includes(body.proposingUnitId)) {
        throw new HttpError(403, 'forbidden', message(locale, 'forbidden_proposer_unit'), [
          { path: ['body', 'proposingUnitId'], message: message(locale, 'forbidden_proposer_unit'), code: 'forbidden' },
        ]);
      }
      // Read before the transaction (PGlite runs one statement at a time); applied in it, after the key.
      const catalog = await catalogFor(body);
      const check = () => {
        if (catalog.campaigns.length === 0) throw invalid(locale, ['body', 'campaignId'], message(locale, 'campaign_not_found'), 'not_found');
        const problems = proposalProblems(catalog, { ...body, contact: body.contact ?? null, files: [], nominations: [] }, now()).filter((p) =>
          PROPOSAL_RULES.has(p.messageKey),
        );
        if (problems.length > 0) refuse(locale, problems);
      };
      const result = await createProposal(db, body, { tokenId: principal.tokenId, idempotencyKey: headers['Idempotency-Key'], at: now() }, check);
      if (result.outcome === 'keyReused') throw keyReused(locale);
      if (result.outcome === 'replayed') c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/v1/proposals/${result.stored.proposal.id}`);
      return answer(c, result.stored);
    },

    async getProposal({ params, principal, locale, c }) {
      const stored = await findProposal(db, params.proposalId, principal.unitIds);
      if (!stored) throw notFound(locale, 'proposal_not_found', ['path', 'proposalId']);
      return answer(c, stored);
    },

    async updateProposal({ params, headers, body, principal, locale, c }) {
      return settle(await updateContact(db, context(principal, params.proposalId, headers['If-Match']), body.contact), c, locale);
    },

    async addNomination({ params, headers, body, principal, locale, c }) {
      await checkNomination(params.proposalId, principal, body, locale);
      const result = await addNomination(db, context(principal, params.proposalId, headers['If-Match']), body);
      if (result.ok) c.header('Location', `/v1/proposals/${params.proposalId}/nominations/${result.stored.proposal.nominations.at(-1)!.id}`);
      return settle(result, c, locale);
    },

    async updateNomination({ params, headers, body, principal, locale, c }) {
      await checkNomination(params.proposalId, principal, body, locale);
      return settle(await updateNomination(db, context(principal, params.proposalId, headers['If-Match']), params.nominationId, body), c, locale);
    },

    async removeNomination({ params, headers, principal, locale, c }) {
      return settle(await removeNomination(db, context(principal, params.proposalId, headers['If-Match']), params.nominationId), c, locale);
    },

    async importNominations({ params, headers, body, principal, locale, c }) {
      const bytes = new Uint8Array(await body.file.arrayBuffer());
      if (bytes.length === 0) throw fileRefused(400, locale, 'file_empty', 'empty');
      if (bytes.length > IMPORT_LIMITS.fileBytes) throw fileRefused(413, locale, { text: fileTooLarge(locale, IMPORT_LIMITS.fileBytes) }, 'too_big');
      const kind = recogniseSpreadsheet(bytes);
      if (kind === 'xls') throw fileRefused(415, locale, 'import_xls', 'unsupported_type');
      if (!kind) throw fileRefused(415, locale, 'import_type_unsupported', 'unsupported_type');
      if (kind === 'xlsx' && unpackedSize(bytes) > IMPORT_LIMITS.unpackedBytes) throw fileRefused(413, locale, 'import_unpacked_too_large', 'too_big');

      const found = await findProposal(db, params.proposalId, principal.unitIds);
      if (!found) throw notFound(locale, 'proposal_not_found', ['path', 'proposalId']);
      // A proposal that cannot take it says so before its rows are read (the write checks again, under its lock).
      const ifMatch = headers['If-Match'];
      const { status } = found.proposal;
      const early = ifMatch !== '*' && ifMatch !== `"${found.version}"` ? 'stale' : status === 'withdrawn' ? 'withdrawn' : status !== 'draft' ? 'notDraft' : undefined;
      if (early) return settle({ ok: false, refusal: early }, c, locale);

      const rows = kind === 'xlsx' ? await readXlsxRows(bytes) : parseCsv(csvText(bytes));
      if (!rows) throw fileRefused(400, locale, 'import_unreadable', 'unreadable');
      const catalog = await catalogFor(found.proposal);
      const read = importNomineeRows(rows, catalog.campaigns[0]?.achievementCategories ?? [], locale);
      if (!read.success) throw importRefused(locale, read.issues);

      // Each row as adding its nominee would check it: the group the unit may propose, the units named.
      const issues: ImportIssue[] = [];
      const place = (i: number, key: string, code: string, text: string) => {
        const at = read.columns[key];
        issues.push({ row: read.rows[i]!, column: at?.column ?? null, header: at?.header ?? null, path: [key], code, message: text });
      };
      const units = read.nominations.flatMap(({ nominee }) => (nominee.type === 'collective' ? nominee.unitId : nominee.workplaceUnitId) ?? []);
      const known = await existingUnitIds(db, [...new Set(units)]);
      read.nominations.forEach((n, i) => {
        const problems = proposalProblems(catalog, { ...found.proposal, nominations: [{ ...n, files: [] }] }, now()).filter((p) => NOMINATION_RULES.has(p.messageKey));
        for (const issue of ruleIssues(problems, locale)) place(i, issue.code === 'nomineeGroupNotProposable' ? groupColumn(n.nominee) : 'categories', issue.code, issue.message);
        const [key, unit] = n.nominee.type === 'collective' ? ['unitId', n.nominee.unitId] : ['workplaceUnitId', n.nominee.workplaceUnitId];
        if (unit && !known.has(unit)) place(i, key, 'not_found', message(locale, 'unit_not_found'));
      });
      if (issues.length > 0) throw importRefused(locale, issues.sort(byPlace));

      const result = await importNominations(db, context(principal, params.proposalId, ifMatch), read.nominations);
      if (!result.ok && result.refusal === 'problems') {
        for (const problem of result.problems) {
          const i = problem.path[1] as number;
          place(i, read.nominations[i]!.nominee.type === 'collective' ? 'collectiveName' : 'familyName', problem.messageKey, validationMessage(locale, problem.messageKey));
        }
        throw importRefused(locale, issues.sort(byPlace));
      }
      return settle(result, c, locale);
    },

    getImportTemplate({ query }) {
      return importTemplate(query.format ?? 'xlsx', query.locale ?? 'vi');
    },

    async submitProposal({ params, headers, principal, locale, c }) {
      const found = await findProposal(db, params.proposalId, principal.unitIds);
      if (!found) throw notFound(locale, 'proposal_not_found', ['path', 'proposalId']);
      // A proposal's campaign and award never change, so the catalog read before the lock holds.
      const catalog = await catalogFor(found.proposal);
      const prefix = catalog.campaigns[0]?.nominations?.referencePrefix;
      const awardCode = catalog.awardTypes[0]?.code;
      // Drafts are only created in a campaign that takes nominations, for an award of the catalog.
      if (!prefix || !awardCode) throw new Error(`proposal ${found.proposal.id}: its campaign has no reference prefix or its award no code`);
      const completeOn = today();
      const dueOn = dueOnFor(await workingCalendar(db), catalog.awardTypes[0])(completeOn);
      const result = await submitProposal(
        db,
        { ...context(principal, params.proposalId, headers['If-Match']), idempotencyKey: headers['Idempotency-Key'] },
        { prefix, awardCode, completeOn, dueOn },
        (proposal, existing) => proposalProblems(catalog, proposal, now(), existing),
      );
      return settle(result, c, locale);
    },

    async resubmitProposal({ params, headers, body, principal, locale, c }) {
      const found = await findProposal(db, params.proposalId, principal.unitIds);
      if (!found) throw notFound(locale, 'proposal_not_found', ['path', 'proposalId']);
      const [catalog, calendar] = await Promise.all([catalogFor(found.proposal), workingCalendar(db)]);
      const awardType = catalog.awardTypes[0];
      const result = await applyWorkflowAction(db, {
        proposalId: found.proposal.id,
        access: { proposingUnits: principal.unitIds },
        ifMatch: headers['If-Match'],
        tokenId: principal.tokenId,
        at: now(),
        actor: { role: 'proposer', unitId: found.proposal.proposingUnitId },
        action: { type: 'resubmit', ...(body.note ? { note: body.note } : {}) },
        appraisingUnitIds: awardType?.appraisingUnitIds ?? [],
        today: today(),
        dueOn: dueOnFor(calendar, awardType),
        idempotencyKey: headers['Idempotency-Key'],
        // Still complete, as on submission; the round's dossier window, long closed by now, is not asked again.
        check: (proposal) => proposalProblems(catalog, proposal, now()).filter((p) => !WINDOW_RULES.has(p.messageKey)),
      });
      if (!result.ok) return settle(result, c, locale);
      return settle({ ok: true, stored: (await findProposal(db, params.proposalId, principal.unitIds))!, replayed: result.replayed }, c, locale);
    },

    async withdrawProposal({ params, headers, principal, locale, c }) {
      return settle(await withdrawProposal(db, context(principal, params.proposalId, headers['If-Match'])), c, locale);
    },

    async uploadEvidence({ params, body, principal, locale, c }) {
      const kinds: readonly string[] = body.nominationId ? NominationFileKind.options : ProposalFileKind.options;
      if (!kinds.includes(body.kind)) throw invalid(locale, ['body', 'kind'], message(locale, 'file_kind_mismatch'));
      const content = new Uint8Array(await body.file.arrayBuffer());
      if (content.length === 0) throw fileRefused(400, locale, 'file_empty', 'empty');
      if (content.length > EVIDENCE_LIMITS.fileBytes) throw fileRefused(413, locale, { text: fileTooLarge(locale, EVIDENCE_LIMITS.fileBytes) }, 'too_big');
      const mediaType = recogniseEvidence(content);
      if (!mediaType) throw fileRefused(415, locale, 'file_type_unsupported', 'unsupported_type');
      const id = randomUUID();
      const result = await addEvidence(
        db,
        context(principal, params.proposalId, '*'),
        {
          id,
          nominationId: body.nominationId,
          kind: body.kind,
          name: fileName(body.file.name, mediaType),
          mediaType,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
        },
        EVIDENCE_LIMITS.dossierBytes,
      );
      if (!result.ok && result.refusal === 'nominationNotFound') throw notFound(locale, 'nomination_not_found', ['body', 'nominationId']);
      if (result.ok) c.header('Location', `/v1/proposals/${params.proposalId}/files/${id}`);
      return settle(result, c, locale);
    },

    async downloadEvidence({ params, principal, locale }) {
      const access = principal.role === 'proposer' ? { proposingUnits: principal.unitIds } : appraisalAccess(principal);
      const file = await readEvidence(db, params.proposalId, params.fileId, access);
      if (!file) throw notFound(locale, 'file_not_found', ['path', 'fileId']);
      return new File([file.content], file.name, { type: file.mediaType });
    },

    async removeEvidence({ params, headers, principal, locale, c }) {
      return settle(await removeEvidence(db, context(principal, params.proposalId, headers['If-Match']), params.fileId), c, locale);
    },
  } satisfies Partial<Handlers>;
}
