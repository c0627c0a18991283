import { createHash, randomUUID } from 'node:crypto';
import {
  DOSSIER_COMPLETING_ACTIONS,
  HISTORY_ACTIONS,
  HISTORY_ACTION_OF,
  applyAction,
  editRefusal,
  formatReference,
  nomineeKey,
  type AwardDecisionRecord,
  type AwardType,
  type ContactPerson,
  type DossierComment,
  type EvidenceMediaType,
  type ExistingNomination,
  type HistoryAction,
  type HistoryEntry,
  type LocalizedText,
  type Nomination,
  type NominationFile,
  type NominationInput,
  type NominationSummary,
  type Nominee,
  type Proposal,
  type ProposalFile,
  type ProposalInput,
  type ProposalPart,
  type ProposalStatus,
  type ProposalSummary,
  type Role,
  type RuleProblem,
  type NominationStatus,
  type WorkflowAction,
  type WorkflowNomination,
  type WorkflowRefusal,
  type WorkflowState,
} from '@thidua/schemas';
import type { Database, Queryable } from '../db.js';
import { onceForKey, rememberKey, requestDigest, seenKey, type KeyedRequest } from './idempotency.js';
import { DATE, FROM_MICROS, INSTANT, MICROS, keysetPage } from './sql.js';

/*
 * Nomination dossiers. Every write checks the version the client read
 * (If-Match), bumps it, and appends who did what to proposal_history (field
 * names only: the history holds no personal data). A proposal is read and
 * written by its proposing unit (the units of the caller's token) here; the
 * appraisers' reads and writes are in appraisals.ts, over the same rows.
 *
 * A draft may be edited whole. Once returned for completion, only what was
 * returned: each nomination in status `returned` (its content and files),
 * and the dossier's own fields and shared files when the whole dossier was
 * returned (a `return_reason`); nominations are then neither added nor
 * removed.
 */

/** A proposal as stored, with the version its ETag carries. */
export interface StoredProposal {
  proposal: Proposal;
  version: number;
}

export async function findAwardType(db: Queryable, id: string): Promise<AwardType | undefined> {
  const { rows } = await db.query<{ definition: AwardType }>('SELECT definition FROM award_types WHERE id = $1', [id]);
  return rows[0]?.definition;
}

/** The award types of `ids` that exist, in the order of `ids`. */
export async function findAwardTypes(db: Queryable, ids: readonly string[]): Promise<AwardType[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; definition: AwardType }>('SELECT id, definition FROM award_types WHERE id = ANY($1::text[])', [ids]);
  const byId = new Map(rows.map((r) => [r.id, r.definition]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The nominee's identity key (see `nomineeKey`) is stored only as a digest:
 * it holds a name and a date of birth, and a digest in an index or an error
 * message gives neither away.
 */
export const nomineeKeyHash = (nominee: Nominee) => createHash('sha256').update(nomineeKey(nominee), 'utf8').digest('hex');

export const PROPOSAL_COLUMNS = `id, campaign_id, round_id, award_type_id, proposing_unit_id, status, reference, contact, version, return_reason,
  ${INSTANT('created_at')} AS created_at, ${INSTANT('updated_at')} AS updated_at,
  CASE WHEN submitted_at IS NULL THEN NULL ELSE ${INSTANT('submitted_at')} END AS submitted_at,
  CASE WHEN complete_at IS NULL THEN NULL ELSE ${INSTANT('complete_at')} END AS complete_at,
  CASE WHEN complete_on IS NULL THEN NULL ELSE ${DATE('complete_on')} END AS complete_on,
  CASE WHEN due_on IS NULL THEN NULL ELSE ${DATE('due_on')} END AS due_on`;

export interface ProposalRow {
  id: string;
  campaign_id: string;
  round_id: string;
  award_type_id: string;
  proposing_unit_id: string;
  status: Proposal['status'];
  reference: string | null;
  contact: ContactPerson | null;
  version: number;
  return_reason: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** The latest submit or resubmit: the instant, its day in the province's calendar, the appraisal's due date from it. */
  complete_at: string | null;
  complete_on: string | null;
  due_on: string | null;
}

type NominationContent = Omit<NominationInput, 'nominee'>;

/** The proposal of one of `unitIds`, or undefined (another unit's is as good as absent). */
export async function findProposal(db: Queryable, id: string, unitIds: readonly string[]): Promise<StoredProposal | undefined> {
  const { rows } = await db.query<ProposalRow>(`SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE id = $1 AND proposing_unit_id = ANY($2::text[])`, [id, unitIds]);
  const row = rows[0];
  return row ? { version: row.version, proposal: await assembleProposal(db, row, 'proposer') } : undefined;
}

/**
 * Who reads a proposal: its proposing unit sees the history without the
 * appraisers' own work (checklist changes, their notes) and only the
 * comments addressed to it; the appraisers see everything.
 */
export type DossierView = 'proposer' | 'appraiser';

/** The whole proposal of a stored row: its nominations, files (without their bytes), history and messages, as `view` may see them. */
export async function assembleProposal(db: Queryable, row: ProposalRow, view: DossierView): Promise<Proposal> {
  const id = row.id;
  const nominations = await db.query<{
    id: string;
    status: Nomination['status'];
    reference: string | null;
    nominee: Nominee;
    content: NominationContent;
    reason: string | null;
    decision: AwardDecisionRecord | null;
  }>('SELECT id, status, reference, nominee, content, reason, decision FROM nominations WHERE proposal_id = $1 ORDER BY position, created_at', [id]);
  // Files are listed without their bytes: only a download reads `content`.
  const files = await db.query<{ id: string; nomination_id: string | null; kind: string; name: string; media_type: EvidenceMediaType; size: number; sha256: string; uploaded_at: string }>(
    `SELECT id, nomination_id, kind, name, media_type, size, sha256, ${INSTANT('uploaded_at')} AS uploaded_at FROM evidence_files WHERE proposal_id = $1 ORDER BY uploaded_at, seq`,
    [id],
  );
  const listed = (nominationId: string | null) =>
    files.rows
      .filter((f) => f.nomination_id === nominationId)
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        name: f.name,
        mediaType: f.media_type,
        size: f.size,
        sha256: f.sha256,
        uploadedAt: f.uploaded_at,
        href: `/v1/proposals/${id}/files/${f.id}`,
      }));
  const [history, messages] = await Promise.all([dossierHistory(db, id, view), dossierComments(db, id, view === 'proposer' ? 'proposer' : undefined)]);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    campaignId: row.campaign_id,
    roundId: row.round_id,
    awardTypeId: row.award_type_id,
    proposingUnitId: row.proposing_unit_id,
    contact: row.contact,
    files: listed(null) as ProposalFile[],
    nominations: nominations.rows.map((n) => ({
      id: n.id,
      reference: n.reference,
      status: n.status,
      nominee: n.nominee,
      ...n.content,
      files: listed(n.id) as NominationFile[],
      ...(n.reason === null ? {} : { reason: n.reason }),
      ...(n.decision === null ? {} : { decision: n.decision }),
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    returnReason: row.return_reason,
    history,
    messages: view === 'proposer' ? messages : messages.filter((m) => m.audience === 'proposer'),
  };
}

/** What a history row may say besides its action: the reasons given (shown to the proposing unit) and a note. */
export interface HistoryDetail {
  reason?: string | undefined;
  nominations?: { nominationId: string; reason: string | null }[] | undefined;
  note?: string | undefined;
}

/** One history row to append: who (a token, acting as a role for a unit), what, from which status to which. */
export interface HistoryRecord {
  proposalId: string;
  nominationId?: string | undefined;
  tokenId: string;
  actor: { role: Role; unitId: string | null };
  action: HistoryAction;
  from: ProposalStatus | null;
  to: ProposalStatus;
  fields?: string[] | undefined;
  detail?: HistoryDetail | undefined;
  version: number;
  /** When, by the server's clock. */
  at: Date;
}

export async function record(tx: Queryable, entry: HistoryRecord) {
  await tx.query(
    `INSERT INTO proposal_history (proposal_id, nomination_id, token_id, action, fields, version, actor_role, actor_unit_id, from_status, to_status, detail, at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10, $11::jsonb, $12)`,
    [
      entry.proposalId,
      entry.nominationId ?? null,
      entry.tokenId,
      entry.action,
      entry.fields ?? [],
      entry.version,
      entry.actor.role,
      entry.actor.unitId,
      entry.from,
      entry.to,
      entry.detail ? JSON.stringify(entry.detail) : null,
      entry.at,
    ],
  );
}

// Rows written before the history named statuses (migration 11): what their action implies.
const IMPLIED_STATUSES: Partial<Record<string, [ProposalStatus | null, ProposalStatus | null]>> = {
  created: [null, 'draft'],
  submitted: ['draft', 'submitted'],
};

/** The appraisers' own work, which the proposing unit's history leaves out. */
const APPRAISERS_ONLY: ReadonlySet<string> = new Set<HistoryAction>(['checklistUpdated']);
const SHOWN: ReadonlySet<string> = new Set(HISTORY_ACTIONS);

/**
 * A proposal's history, oldest first, as `view` may read it: each actor as
 * a role and a unit (never the token), reasons always, a note only to the
 * appraisers unless the proposing unit wrote it. Rows written before the
 * history named its actors take them from the token (a proposer acts for
 * the proposing unit).
 */
export async function dossierHistory(db: Queryable, proposalId: string, view: DossierView): Promise<HistoryEntry[]> {
  const { rows } = await db.query<{
    action: string;
    nomination_id: string | null;
    fields: string[];
    version: number;
    at: string;
    from_status: ProposalStatus | null;
    to_status: ProposalStatus | null;
    detail: HistoryDetail | null;
    role: Role | null;
    unit_id: string | null;
    unit_name: LocalizedText | null;
  }>(
    `SELECT h.action, h.nomination_id, h.fields, h.version, ${INSTANT('h.at')} AS at, h.from_status, h.to_status, h.detail,
            a.role, a.unit_id, u.name AS unit_name
       FROM proposal_history h
       JOIN proposals p ON p.id = h.proposal_id
       LEFT JOIN api_tokens t ON t.id = h.token_id
       CROSS JOIN LATERAL (SELECT coalesce(h.actor_role, t.role) AS role,
                                  coalesce(h.actor_unit_id, CASE WHEN t.role = 'proposer' THEN p.proposing_unit_id END) AS unit_id) a
       LEFT JOIN organisation_units u ON u.id = a.unit_id
      WHERE h.proposal_id = $1
      ORDER BY h.id`,
    [proposalId],
  );
  return rows
    .filter((r) => SHOWN.has(r.action) && (view === 'appraiser' || !APPRAISERS_ONLY.has(r.action)))
    .map((r) => {
      const implied = IMPLIED_STATUSES[r.action];
      const detail = r.detail ?? {};
      const noteShown = detail.note !== undefined && (view === 'appraiser' || r.role === 'proposer');
      return {
        at: r.at,
        action: r.action as HistoryAction,
        nominationId: r.nomination_id,
        from: r.from_status ?? implied?.[0] ?? null,
        to: r.to_status ?? implied?.[1] ?? null,
        actor: r.role ? { role: r.role, unit: r.unit_id && r.unit_name ? { id: r.unit_id, name: r.unit_name } : null } : null,
        ...(detail.reason === undefined ? {} : { reason: detail.reason }),
        ...(detail.nominations === undefined ? {} : { nominations: detail.nominations }),
        ...(noteShown ? { note: detail.note } : {}),
        fields: r.fields,
        version: r.version,
      };
    });
}

/** A proposal's comments, oldest first: all of them, or those of one audience. */
export async function dossierComments(db: Queryable, proposalId: string, audience?: 'internal' | 'proposer'): Promise<DossierComment[]> {
  const { rows } = await db.query<{
    id: string;
    text: string;
    audience: 'internal' | 'proposer';
    nomination_id: string | null;
    author_role: Role;
    author_unit_id: string | null;
    unit_name: LocalizedText | null;
    at: string;
  }>(
    `SELECT c.id, c.text, c.audience, c.nomination_id, c.author_role, c.author_unit_id, u.name AS unit_name, ${INSTANT('c.created_at')} AS at
       FROM appraisal_comments c LEFT JOIN organisation_units u ON u.id = c.author_unit_id
      WHERE c.proposal_id = $1 AND ($2::text IS NULL OR c.audience = $2)
      ORDER BY c.created_at, c.seq`,
    [proposalId, audience ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    audience: r.audience,
    nominationId: r.nomination_id,
    author: { role: r.author_role, unit: r.author_unit_id && r.unit_name ? { id: r.author_unit_id, name: r.unit_name } : null },
    at: r.at,
  }));
}

export type Created = { outcome: 'created' | 'replayed'; stored: StoredProposal } | { outcome: 'keyReused' };

/**
 * Starts a draft, once per Idempotency-Key of a token (when one is given):
 * a request repeated with its key answers the draft the first one made, as
 * it is now, and the key reused with another body is refused. The key is
 * looked at first, so a repeat is answered even if `check` (the catalog's
 * rules, read before the transaction) would now refuse a new draft — the
 * round closing in between, say. Two requests racing with one key: the
 * loser's insert rolls back and it answers with the winner's draft.
 */
export function createProposal(
  db: Database,
  input: ProposalInput,
  by: { tokenId: string; idempotencyKey?: string | undefined; at: Date },
  check: () => void,
): Promise<Created> {
  const { tokenId, idempotencyKey: key, at } = by;
  const keyed: KeyedRequest | undefined = key === undefined ? undefined : { tokenId, key, hash: requestDigest({ operation: 'createProposal', ...input }) };
  return onceForKey(db, key, async () => {
    const made = await db.transaction(async (tx): Promise<{ outcome: 'created' | 'replayed'; id: string } | { outcome: 'keyReused' }> => {
      if (keyed) {
        const seen = await seenKey<{ proposalId: string }>(tx, keyed);
        if (seen?.outcome === 'keyReused') return seen;
        if (seen) return { outcome: 'replayed', id: seen.body.proposalId };
      }
      check();
      const id = randomUUID();
      await tx.query(
        `INSERT INTO proposals (id, campaign_id, round_id, award_type_id, proposing_unit_id, status, contact, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6::jsonb, $7, $8, $8)`,
        [id, input.campaignId, input.roundId, input.awardTypeId, input.proposingUnitId, input.contact ? JSON.stringify(input.contact) : null, tokenId, at],
      );
      await record(tx, {
        proposalId: id,
        tokenId,
        actor: { role: 'proposer', unitId: input.proposingUnitId },
        action: 'created',
        from: null,
        to: 'draft',
        fields: input.contact ? ['contact'] : [],
        version: 1,
        at,
      });
      // Only the id is kept as the answer to replay: the key's row holds no personal data.
      if (keyed) await rememberKey(tx, keyed, 201, { proposalId: id }, at);
      return { outcome: 'created', id };
    });
    if (made.outcome === 'keyReused') return made;
    // The key's draft is found among the caller's units: a key is per token, and a token's units are its own.
    const stored = await findProposal(db, made.id, [input.proposingUnitId]);
    if (!stored) throw new Error(`proposal ${made.id} of an Idempotency-Key is gone`);
    return { outcome: made.outcome, stored };
  });
}

/**
 * Why a write was refused; the handler turns each into its status.
 * `notReturnedPart`: the proposal is returned, but not this part of it;
 * `notUnderAppraisal`: a checklist outside the appraisal.
 */
export type WriteRefusal =
  | 'notFound'
  | 'stale'
  | 'notDraft'
  | 'withdrawn'
  | 'notWithdrawable'
  | 'notReturnedPart'
  | 'notUnderAppraisal'
  | 'nominationNotFound'
  | 'fileNotFound'
  | 'dossierTooLarge'
  | 'duplicate'
  | 'keyReused';
/** A transaction's outcome before the proposal is read again for the answer. */
export type Transacted =
  | { ok: true; replayed: boolean }
  | { ok: false; refusal: WriteRefusal }
  /** What keeps the proposal from being submitted, with field paths. */
  | { ok: false; refusal: 'problems'; problems: RuleProblem[] }
  /** The workflow's refusal of an action (see `applyAction`). */
  | { ok: false; refusal: 'workflow'; workflow: WorkflowRefusal };
export type WriteResult = { ok: true; stored: StoredProposal; replayed?: boolean } | Exclude<Transacted, { ok: true }>;

/**
 * Whose proposals a caller reaches: a proposer those of its units; an
 * appraiser the submitted ones (never a draft) of the award types its units
 * appraise; the coordinator (`appraisingUnits` null) every submitted one.
 */
export type Access = { proposingUnits: readonly string[] } | { appraisingUnits: readonly string[] | null };

/** The condition over `proposals` (unqualified, or with `alias.`) that `access` allows; its one parameter, if any, is `$n`. */
export function accessWhere(access: Access, n: number, alias = ''): { sql: string; params: unknown[] } {
  const col = (c: string) => `${alias}${c}`;
  if ('proposingUnits' in access) return { sql: `${col('proposing_unit_id')} = ANY($${n}::text[])`, params: [access.proposingUnits] };
  const submitted = `${col('submitted_at')} IS NOT NULL AND ${col('status')} <> 'draft'`;
  if (access.appraisingUnits === null) return { sql: submitted, params: [] };
  return {
    sql: `${submitted} AND ${col('award_type_id')} IN (SELECT id FROM award_types WHERE definition->'appraisingUnitIds' ?| $${n}::text[])`,
    params: [access.appraisingUnits],
  };
}

/** Who writes, to which proposal, based on which version (`*` for any). */
export interface WriteContext {
  proposalId: string;
  /** The proposing units of the token (a proposer's write). */
  unitIds: readonly string[];
  ifMatch: string;
  tokenId: string;
  /** The server's clock when the request came: every time the write stores. */
  at: Date;
}

export class Refused extends Error {
  constructor(
    readonly refusal: WriteRefusal | 'problems' | 'workflow',
    readonly problems: RuleProblem[] = [],
    readonly workflow?: WorkflowRefusal,
  ) {
    super(refusal);
  }
}

/** Locks a proposal `access` reaches for the transaction; refuses when it reaches none. */
export async function lockProposal(tx: Queryable, proposalId: string, access: Access): Promise<ProposalRow> {
  const where = accessWhere(access, 2);
  const { rows } = await tx.query<ProposalRow>(`SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE id = $1 AND ${where.sql} FOR UPDATE`, [proposalId, ...where.params]);
  if (!rows[0]) throw new Refused('notFound');
  return rows[0];
}

const lockOwn = (tx: Queryable, ctx: WriteContext) => lockProposal(tx, ctx.proposalId, { proposingUnits: ctx.unitIds });

/** The If-Match check. */
export function assertVersion(row: ProposalRow, ifMatch: string) {
  if (ifMatch !== '*' && ifMatch !== `"${row.version}"`) throw new Refused('stale');
}

/** The If-Match check; then only a draft may change. */
function assertDraft(row: ProposalRow, ctx: WriteContext) {
  assertVersion(row, ctx.ifMatch);
  if (row.status === 'withdrawn') throw new Refused('withdrawn');
  if (row.status !== 'draft') throw new Refused('notDraft');
}

/**
 * The If-Match check; then `editRefusal` (the rule the form shows, in
 * `@thidua/schemas`): a draft may change anything, a proposal returned for
 * completion what was returned.
 */
async function assertEditable(tx: Queryable, row: ProposalRow, ctx: WriteContext, part: ProposalPart) {
  assertVersion(row, ctx.ifMatch);
  // Only a returned proposal's nomination needs its status read.
  const nominations =
    row.status === 'returned' && typeof part === 'object'
      ? (await tx.query<{ id: string; status: NominationStatus }>('SELECT id, status FROM nominations WHERE id = $1 AND proposal_id = $2', [part.nominationId, row.id])).rows
      : [];
  const refusal = editRefusal({ status: row.status, returnReason: row.return_reason, nominations }, part);
  if (refusal) throw new Refused(refusal);
}

/** The proposal's next version, its last change `at`. */
export async function nextVersion(tx: Queryable, proposalId: string, at: Date): Promise<number> {
  const bumped = await tx.query<{ version: number }>('UPDATE proposals SET version = version + 1, updated_at = $2 WHERE id = $1 RETURNING version', [proposalId, at]);
  return bumped.rows[0]!.version;
}

/** What a write records of itself; the status it leaves the proposal in, when it moves it. */
type Change = { action: HistoryAction; nominationId?: string; fields?: string[]; to?: ProposalStatus };

/** Bumps the version and appends the history entry of a proposer's write (the proposing unit acting). */
async function bump(tx: Queryable, row: ProposalRow, ctx: WriteContext, entry: Change) {
  const { to = row.status, ...rest } = entry;
  await record(tx, {
    proposalId: row.id,
    tokenId: ctx.tokenId,
    actor: { role: 'proposer', unitId: row.proposing_unit_id },
    from: row.status,
    to,
    ...rest,
    version: await nextVersion(tx, row.id, ctx.at),
    at: ctx.at,
  });
}

/** Runs a write's transaction; a refusal rolls it back and becomes the result. */
export async function transact(db: Database, run: (tx: Queryable) => Promise<{ replayed?: boolean } | void>): Promise<Transacted> {
  let replayed = false;
  try {
    await db.transaction(async (tx) => {
      replayed = (await run(tx))?.replayed ?? false;
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    if (error.refusal === 'problems') return { ok: false, refusal: 'problems', problems: error.problems };
    if (error.refusal === 'workflow') return { ok: false, refusal: 'workflow', workflow: error.workflow! };
    return { ok: false, refusal: error.refusal };
  }
  return { ok: true, replayed };
}

/** A proposer's write: the transaction, then the proposal as the unit reads it now. */
async function attempt(db: Database, ctx: WriteContext, run: (tx: Queryable) => Promise<{ replayed?: boolean } | void>): Promise<WriteResult> {
  const done = await transact(db, run);
  if (!done.ok) return done;
  const stored = (await findProposal(db, ctx.proposalId, ctx.unitIds))!;
  return done.replayed ? { ok: true, stored, replayed: true } : { ok: true, stored };
}

/**
 * Runs `change` on a proposal locked for the transaction, once the If-Match
 * version is checked and `part` may be changed in its state; then bumps the
 * version and records the history entry `change` returns. A refusal writes
 * nothing.
 */
function write(db: Database, ctx: WriteContext, part: ProposalPart, change: (tx: Queryable, row: ProposalRow) => Promise<Change>): Promise<WriteResult> {
  return attempt(db, ctx, async (tx) => {
    const row = await lockOwn(tx, ctx);
    await assertEditable(tx, row, ctx, part);
    await bump(tx, row, ctx, await change(tx, row));
  });
}

export function updateContact(db: Database, ctx: WriteContext, contact: ContactPerson | null): Promise<WriteResult> {
  return write(db, ctx, 'dossier', async (tx, row) => {
    await tx.query('UPDATE proposals SET contact = $2::jsonb WHERE id = $1', [row.id, contact ? JSON.stringify(contact) : null]);
    return { action: 'updated', fields: ['contact'] };
  });
}

/**
 * Refuses a second active nomination of the same nominee for the round and
 * award: in this proposal, or in another that has been submitted (another
 * unit's draft does not count: it is not yet a nomination). Active is any
 * status but withdrawn or rejected, as `isActive` says. An advisory lock per
 * round and award makes two concurrent adds of the same nominee see each
 * other.
 */
async function assertNoDuplicate(tx: Queryable, row: ProposalRow, keyHash: string, exceptId: string | null) {
  await lockRoundAward(tx, row);
  const { rows } = await tx.query(
    `SELECT 1 FROM nominations n JOIN proposals p ON p.id = n.proposal_id
      WHERE n.nominee_key_hash = $1 AND p.round_id = $2 AND p.award_type_id = $3
        AND ($4::uuid IS NULL OR n.id <> $4::uuid)
        AND (p.id = $5 OR (p.status <> 'draft' AND n.status NOT IN ('withdrawn', 'rejected')))
      LIMIT 1`,
    [keyHash, row.round_id, row.award_type_id, exceptId, row.id],
  );
  if (rows.length > 0) throw new Refused('duplicate');
}

/** The round and award's advisory lock: nominations of one round and award are checked for duplicates one writer at a time. */
const lockRoundAward = (tx: Queryable, row: ProposalRow) => tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`nomination:${row.round_id}:${row.award_type_id}`]);

const contentOf = ({ nominee: _nominee, ...content }: NominationInput): NominationContent => content;

export function addNomination(db: Database, ctx: WriteContext, input: NominationInput): Promise<WriteResult> {
  return write(db, ctx, 'draft', async (tx, row) => {
    const keyHash = nomineeKeyHash(input.nominee);
    await assertNoDuplicate(tx, row, keyHash, null);
    const id = randomUUID();
    await tx.query(
      `INSERT INTO nominations (id, proposal_id, position, status, nominee, nominee_key_hash, content, created_at, updated_at)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM nominations WHERE proposal_id = $2), 'draft', $3::jsonb, $4, $5::jsonb, $6, $6)`,
      [id, row.id, JSON.stringify(input.nominee), keyHash, JSON.stringify(contentOf(input)), ctx.at],
    );
    return { action: 'nominationAdded', nominationId: id };
  });
}

/** The names of the fields that differ, `nominee.x` for the nominee's: what the history records of an edit. */
function changedFields(before: { nominee: Nominee; content: NominationContent }, after: NominationInput): string[] {
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const fields: string[] = [];
  const nomineeKeys = new Set([...Object.keys(before.nominee), ...Object.keys(after.nominee)]);
  for (const key of nomineeKeys)
    if (differs((before.nominee as Record<string, unknown>)[key], (after.nominee as Record<string, unknown>)[key])) fields.push(`nominee.${key}`);
  const content = contentOf(after);
  for (const key of new Set([...Object.keys(before.content), ...Object.keys(content)]))
    if (differs((before.content as Record<string, unknown>)[key], (content as Record<string, unknown>)[key])) fields.push(key);
  return fields.sort();
}

export function updateNomination(db: Database, ctx: WriteContext, nominationId: string, input: NominationInput): Promise<WriteResult> {
  return write(db, ctx, { nominationId }, async (tx, row) => {
    const { rows } = await tx.query<{ nominee: Nominee; content: NominationContent }>('SELECT nominee, content FROM nominations WHERE id = $1 AND proposal_id = $2', [
      nominationId,
      row.id,
    ]);
    const before = rows[0];
    if (!before) throw new Refused('nominationNotFound');
    const keyHash = nomineeKeyHash(input.nominee);
    await assertNoDuplicate(tx, row, keyHash, nominationId);
    await tx.query('UPDATE nominations SET nominee = $2::jsonb, nominee_key_hash = $3, content = $4::jsonb, updated_at = $5 WHERE id = $1', [
      nominationId,
      JSON.stringify(input.nominee),
      keyHash,
      JSON.stringify(contentOf(input)),
      ctx.at,
    ]);
    return { action: 'nominationUpdated', nominationId, fields: changedFields(before, input) };
  });
}

export function removeNomination(db: Database, ctx: WriteContext, nominationId: string): Promise<WriteResult> {
  return write(db, ctx, 'draft', async (tx, row) => {
    const { rowCount } = await tx.query('DELETE FROM nominations WHERE id = $1 AND proposal_id = $2', [nominationId, row.id]);
    if (rowCount === 0) throw new Refused('nominationNotFound');
    return { action: 'nominationRemoved', nominationId };
  });
}

/**
 * Adds the nominations of an imported spreadsheet to a draft, after those it
 * has, in their order: all of them in one write (one version), or none. A
 * nominee already in the proposal or in another unit's submitted proposal
 * for the round and award refuses the whole import, with the index of each
 * such nomination (`nominations.<i>.nominee`), so the caller can name its
 * row. The history has an entry per nomination, all of that version.
 */
export function importNominations(db: Database, ctx: WriteContext, inputs: readonly NominationInput[]): Promise<WriteResult> {
  return attempt(db, ctx, async (tx) => {
    const row = await lockOwn(tx, ctx);
    assertDraft(row, ctx);
    const hashes = inputs.map((i) => nomineeKeyHash(i.nominee));
    await lockRoundAward(tx, row);
    const { rows } = await tx.query<{ nominee_key_hash: string }>(
      `SELECT DISTINCT n.nominee_key_hash FROM nominations n JOIN proposals p ON p.id = n.proposal_id
        WHERE n.nominee_key_hash = ANY($1::text[]) AND p.round_id = $2 AND p.award_type_id = $3
          AND (p.id = $4 OR (p.status <> 'draft' AND n.status NOT IN ('withdrawn', 'rejected')))`,
      [hashes, row.round_id, row.award_type_id, row.id],
    );
    const taken = new Set(rows.map((r) => r.nominee_key_hash));
    const problems = hashes.flatMap((hash, i) => (taken.has(hash) ? [{ path: ['nominations', i, 'nominee'], messageKey: 'duplicateNomination' }] : []));
    if (problems.length > 0) throw new Refused('problems', problems);
    const added = inputs.map((input, i) => ({ id: randomUUID(), nominee: input.nominee, hash: hashes[i], content: contentOf(input) }));
    // One statement for the lot, as one JSON array: the same on PGlite and PostgreSQL.
    await tx.query(
      `INSERT INTO nominations (id, proposal_id, position, status, nominee, nominee_key_hash, content, created_at, updated_at)
       SELECT (v.item->>'id')::uuid, $1, base.last + v.ord, 'draft', v.item->'nominee', v.item->>'hash', v.item->'content', $3, $3
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS v (item, ord),
              (SELECT coalesce(max(position), 0) AS last FROM nominations WHERE proposal_id = $1) AS base`,
      [row.id, JSON.stringify(added), ctx.at],
    );
    const version = await nextVersion(tx, row.id, ctx.at);
    await tx.query(
      `INSERT INTO proposal_history (proposal_id, nomination_id, token_id, action, fields, version, actor_role, actor_unit_id, from_status, to_status, at)
       SELECT $1, id, $2, 'nominationImported', '{}', $3, 'proposer', $5, 'draft', 'draft', $6 FROM unnest($4::uuid[]) AS id`,
      [row.id, ctx.tokenId, version, added.map((a) => a.id), row.proposing_unit_id, ctx.at],
    );
  });
}

/** An evidence file as received, once its type is recognised and its digest taken. */
export interface EvidenceInput {
  id: string;
  nominationId: string | undefined;
  kind: string;
  name: string;
  mediaType: EvidenceMediaType;
  sha256: string;
  content: Uint8Array;
}

/**
 * Adds a file to a draft, or to one of its nominations, while the dossier's
 * files stay within `dossierBytes` in all (counted under the proposal's
 * lock, so two parallel uploads cannot both slip under the limit).
 */
export function addEvidence(db: Database, ctx: WriteContext, file: EvidenceInput, dossierBytes: number): Promise<WriteResult> {
  return attempt(db, ctx, async (tx) => {
    const row = await lockOwn(tx, ctx);
    await assertEditable(tx, row, ctx, file.nominationId ? { nominationId: file.nominationId } : 'dossier');
    if (file.nominationId) {
      const { rows } = await tx.query('SELECT 1 FROM nominations WHERE id = $1 AND proposal_id = $2', [file.nominationId, row.id]);
      if (rows.length === 0) throw new Refused('nominationNotFound');
    }
    const { rows } = await tx.query<{ total: number }>('SELECT coalesce(sum(size), 0)::int AS total FROM evidence_files WHERE proposal_id = $1', [row.id]);
    if (rows[0]!.total + file.content.length > dossierBytes) throw new Refused('dossierTooLarge');
    const id = file.id;
    await tx.query(
      `INSERT INTO evidence_files (id, proposal_id, nomination_id, kind, name, media_type, size, sha256, content, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        id,
        row.id,
        file.nominationId ?? null,
        file.kind,
        file.name,
        file.mediaType,
        file.content.length,
        file.sha256,
        Buffer.from(file.content.buffer, file.content.byteOffset, file.content.length),
        ctx.at,
      ],
    );
    // A nomination's list entry shows when it last changed, its files included.
    if (file.nominationId) await tx.query('UPDATE nominations SET updated_at = $2 WHERE id = $1', [file.nominationId, ctx.at]);
    // The kind, never the name: a file name may hold a person's name.
    await bump(tx, row, ctx, { action: 'fileAdded', ...(file.nominationId ? { nominationId: file.nominationId } : {}), fields: [`files.${file.kind}`] });
  });
}

export function removeEvidence(db: Database, ctx: WriteContext, fileId: string): Promise<WriteResult> {
  return attempt(db, ctx, async (tx) => {
    const row = await lockOwn(tx, ctx);
    // The file says which part of the dossier it belongs to: a returned proposal lets only that part change.
    const found = await tx.query<{ nomination_id: string | null }>('SELECT nomination_id FROM evidence_files WHERE id = $1 AND proposal_id = $2', [fileId, row.id]);
    if (!found.rows[0]) {
      assertVersion(row, ctx.ifMatch);
      throw new Refused('fileNotFound');
    }
    const nominationId = found.rows[0].nomination_id;
    await assertEditable(tx, row, ctx, nominationId ? { nominationId } : 'dossier');
    const { rows } = await tx.query<{ kind: string }>('DELETE FROM evidence_files WHERE id = $1 RETURNING kind', [fileId]);
    if (nominationId) await tx.query('UPDATE nominations SET updated_at = $2 WHERE id = $1', [nominationId, ctx.at]);
    await bump(tx, row, ctx, { action: 'fileRemoved', ...(nominationId ? { nominationId } : {}), fields: [`files.${rows[0]!.kind}`] });
  });
}

/**
 * One file's bytes, for whom `access` reaches (the proposing unit; once
 * submitted, the appraisers of the award and the coordinator); undefined
 * otherwise.
 */
export async function readEvidence(db: Queryable, proposalId: string, fileId: string, access: Access) {
  const where = accessWhere(access, 3, 'p.');
  const { rows } = await db.query<{ name: string; media_type: EvidenceMediaType; content: Uint8Array }>(
    `SELECT f.name, f.media_type, f.content FROM evidence_files f JOIN proposals p ON p.id = f.proposal_id
      WHERE f.id = $1 AND f.proposal_id = $2 AND ${where.sql}`,
    [fileId, proposalId, ...where.params],
  );
  const row = rows[0];
  return row ? { name: row.name, mediaType: row.media_type, content: new Uint8Array(row.content) } : undefined;
}

/** What names a proposal's references — the campaign's prefix and the award's code — and starts its appraisal time. */
export interface ReferenceNaming {
  prefix: string;
  awardCode: string;
  /** Today in the province's calendar, and the appraisal's due date counted from it. */
  completeOn: string;
  dueOn: string;
}

/**
 * Submits a draft, once per Idempotency-Key: under the proposal's lock, a
 * key seen before answers the proposal as it is now (a retry's If-Match is
 * stale by then, so the key is looked at first). Then `check` (the shared
 * `proposalProblems`) gets the proposal and the active nominations of the
 * same nominees in other submitted proposals of the round and award, under
 * the round and award's lock, so two units submitting the same nominee at
 * once cannot both pass. The reference's number comes from the prefix and
 * award's counter, advanced in this transaction: a refusal or a crash
 * rolls it back, and concurrent submits wait for the counter's row, so the
 * numbers have no gaps.
 */
export function submitProposal(
  db: Database,
  ctx: WriteContext & { idempotencyKey: string },
  naming: ReferenceNaming,
  check: (proposal: Proposal, existing: ExistingNomination[]) => RuleProblem[],
): Promise<WriteResult> {
  const keyed: KeyedRequest = {
    tokenId: ctx.tokenId,
    key: ctx.idempotencyKey,
    hash: requestDigest({ operation: 'submitProposal', proposalId: ctx.proposalId, ifMatch: ctx.ifMatch }),
  };
  return attempt(db, ctx, async (tx) => {
    const row = await lockOwn(tx, ctx);
    const seen = await seenKey<{ proposalId: string }>(tx, keyed);
    if (seen?.outcome === 'keyReused') throw new Refused('keyReused');
    if (seen) return { replayed: true };
    assertDraft(row, ctx);
    const { proposal } = (await findProposal(tx, row.id, ctx.unitIds))!;
    await lockRoundAward(tx, row);
    const clashes = await tx.query<{ own_id: string; id: string; status: Nomination['status'] }>(
      `SELECT n.id AS own_id, o.id, o.status FROM nominations n
         JOIN nominations o ON o.nominee_key_hash = n.nominee_key_hash AND o.proposal_id <> n.proposal_id
         JOIN proposals p ON p.id = o.proposal_id
        WHERE n.proposal_id = $1 AND p.round_id = $2 AND p.award_type_id = $3 AND p.status <> 'draft'`,
      [row.id, row.round_id, row.award_type_id],
    );
    const byId = new Map(proposal.nominations.map((n) => [n.id, n]));
    const existing = clashes.rows.map((c) => ({
      id: c.id,
      nomineeKey: nomineeKey(byId.get(c.own_id)!.nominee),
      roundId: row.round_id,
      awardTypeId: row.award_type_id,
      status: c.status,
    }));
    const problems = check(proposal, existing);
    if (problems.length > 0) throw new Refused('problems', problems);

    const { rows } = await tx.query<{ last: number }>(
      `INSERT INTO reference_sequences (prefix, award_code, last) VALUES ($1, $2, 1)
       ON CONFLICT (prefix, award_code) DO UPDATE SET last = reference_sequences.last + 1 RETURNING last`,
      [naming.prefix, naming.awardCode],
    );
    const sequence = rows[0]!.last;
    // The dossier is complete from today: the appraisal time counts from it (`naming.dueOn`).
    await tx.query(
      `UPDATE proposals SET status = 'submitted', reference = $2, submitted_at = $5, complete_at = $5, complete_on = $3::date, due_on = $4::date WHERE id = $1`,
      [row.id, formatReference(naming.prefix, naming.awardCode, sequence), naming.completeOn, naming.dueOn, ctx.at],
    );
    await tx.query(
      `UPDATE nominations n SET status = 'submitted', reference = v.reference, updated_at = $3
         FROM unnest($1::uuid[], $2::text[]) AS v (id, reference) WHERE n.id = v.id`,
      [proposal.nominations.map((n) => n.id), proposal.nominations.map((_, i) => formatReference(naming.prefix, naming.awardCode, sequence, i + 1)), ctx.at],
    );
    await bump(tx, row, ctx, { action: 'submitted', fields: ['reference', 'status'], to: 'submitted' });
    await rememberKey(tx, keyed, 200, { proposalId: row.id }, ctx.at);
  });
}

/**
 * Withdraws a proposal before appraisal: a draft (the unit gives it up; its
 * nominees were never proposed) or a submitted one (its references stay;
 * its nominations are withdrawn with it, so their nominees may be proposed
 * again). Anything further along has been appraised: refused.
 */
export function withdrawProposal(db: Database, ctx: WriteContext): Promise<WriteResult> {
  return attempt(db, ctx, async (tx) => {
    const row = await lockOwn(tx, ctx);
    assertVersion(row, ctx.ifMatch);
    if (row.status !== 'draft' && row.status !== 'submitted') throw new Refused(row.status === 'withdrawn' ? 'withdrawn' : 'notWithdrawable');
    await tx.query(`UPDATE proposals SET status = 'withdrawn' WHERE id = $1`, [row.id]);
    await tx.query(`UPDATE nominations SET status = 'withdrawn', updated_at = $2 WHERE proposal_id = $1`, [row.id, ctx.at]);
    await bump(tx, row, ctx, { action: 'withdrawn', fields: ['status'], to: 'withdrawn' });
  });
}

/** A workflow action (proposal-workflow.ts) to apply to a stored proposal. */
export interface WorkflowWrite {
  proposalId: string;
  access: Access;
  ifMatch: string;
  tokenId: string;
  /** The server's clock when the request came. */
  at: Date;
  /** The role and the unit it acts for (the proposing unit, or the appraising unit of the token); null for the coordinator. */
  actor: { role: Role; unitId: string | null };
  action: WorkflowAction;
  /** The award type's appraising units, which the workflow checks an appraiser against. */
  appraisingUnitIds: readonly string[];
  /** Today in the province's calendar, and the due date of an appraisal counted from a given day. */
  today: string;
  dueOn: (completeOn: string) => string;
  /** Makes a retried action apply once (a resubmission). */
  idempotencyKey?: string | undefined;
  /** What keeps the proposal, as the proposing unit reads it, from taking the action (a resubmission's completeness). */
  check?: ((proposal: Proposal) => RuleProblem[]) | undefined;
}

/**
 * Applies a workflow action in one transaction: the proposal locked (as
 * `access` reaches it), an Idempotency-Key seen before answered as it was,
 * the If-Match version checked, then `applyAction` decides — a refusal is
 * the result, nothing written — and the new state is stored: the proposal's
 * status and return reason, the nominations that changed (status, reason,
 * decision), the appraisal time restarted when the dossier is made complete
 * again, the version bumped and the history row appended with the reasons.
 */
export function applyWorkflowAction(db: Database, w: WorkflowWrite): Promise<Transacted> {
  const keyed: KeyedRequest | undefined =
    w.idempotencyKey === undefined
      ? undefined
      : { tokenId: w.tokenId, key: w.idempotencyKey, hash: requestDigest({ operation: w.action.type, proposalId: w.proposalId, ifMatch: w.ifMatch, action: w.action }) };
  return transact(db, async (tx) => {
    const row = await lockProposal(tx, w.proposalId, w.access);
    if (keyed) {
      const seen = await seenKey<{ proposalId: string }>(tx, keyed);
      if (seen?.outcome === 'keyReused') throw new Refused('keyReused');
      if (seen) return { replayed: true };
    }
    assertVersion(row, w.ifMatch);
    const { rows } = await tx.query<{ id: string; status: NominationStatus; reason: string | null; decision: AwardDecisionRecord | null }>(
      'SELECT id, status, reason, decision FROM nominations WHERE proposal_id = $1 ORDER BY position, created_at',
      [row.id],
    );
    const before: WorkflowState = {
      status: row.status,
      proposingUnitId: row.proposing_unit_id,
      appraisingUnitIds: w.appraisingUnitIds,
      ...(row.return_reason === null ? {} : { returnReason: row.return_reason }),
      nominations: rows.map((n) => ({ id: n.id, status: n.status, ...(n.reason === null ? {} : { reason: n.reason }), ...(n.decision === null ? {} : { decision: n.decision }) })),
    };
    const result = applyAction(before, w.action, { role: w.actor.role, unitId: w.actor.unitId ?? '' });
    if (!result.ok) throw new Refused('workflow', [], result.refusal);
    if (w.check) {
      const problems = w.check(await assembleProposal(tx, row, 'proposer'));
      if (problems.length > 0) throw new Refused('problems', problems);
    }
    const after = result.state;
    const completes = DOSSIER_COMPLETING_ACTIONS.includes(w.action.type);
    await tx.query(
      `UPDATE proposals SET status = $2, return_reason = $3,
              complete_at = CASE WHEN $4 THEN $7::timestamptz ELSE complete_at END,
              complete_on = CASE WHEN $4 THEN $5::date ELSE complete_on END,
              due_on = CASE WHEN $4 THEN $6::date ELSE due_on END
        WHERE id = $1`,
      [row.id, after.status, after.returnReason ?? null, completes, w.today, completes ? w.dueOn(w.today) : null, w.at],
    );
    const changed = after.nominations.filter((n, i) => {
      const old = before.nominations[i]!;
      return n.status !== old.status || n.reason !== old.reason || JSON.stringify(n.decision) !== JSON.stringify(old.decision);
    });
    if (changed.length > 0)
      await tx.query(
        `UPDATE nominations n SET status = v.item->>'status', reason = v.item->>'reason', decision = v.item->'decision', updated_at = $2
           FROM jsonb_array_elements($1::jsonb) AS v (item) WHERE n.id = (v.item->>'id')::uuid`,
        [JSON.stringify(changed.map((n) => ({ id: n.id, status: n.status, reason: n.reason ?? null, decision: n.decision ?? null }))), w.at],
      );
    await record(tx, {
      proposalId: row.id,
      nominationId: 'nominationId' in w.action ? w.action.nominationId : undefined,
      tokenId: w.tokenId,
      actor: w.actor,
      action: HISTORY_ACTION_OF[w.action.type],
      from: row.status,
      to: after.status,
      fields: [...(after.status === row.status ? [] : ['status']), ...(changed.length > 0 ? ['nominations'] : [])],
      detail: historyDetail(w.action, changed),
      version: await nextVersion(tx, row.id, w.at),
      at: w.at,
    });
    if (keyed) await rememberKey(tx, keyed, 200, { proposalId: row.id }, w.at);
  });
}

/** What the history keeps of an action: its reasons (a return's per nomination, as applied) and its note. */
function historyDetail(action: WorkflowAction, changed: readonly WorkflowNomination[]): HistoryDetail | undefined {
  switch (action.type) {
    case 'return':
      return {
        ...(action.reason?.trim() ? { reason: action.reason.trim() } : {}),
        nominations: changed.filter((n) => n.status === 'returned').map((n) => ({ nominationId: n.id, reason: n.reason ?? null })),
      };
    case 'reject':
      return { reason: action.reason.trim() };
    case 'withdraw':
      return action.reason?.trim() ? { reason: action.reason.trim() } : undefined;
    case 'resubmit':
    case 'markEligible':
    case 'completeAppraisal':
      return action.note?.trim() ? { note: action.note.trim() } : undefined;
    default:
      return undefined;
  }
}

/** The history of a proposal, oldest first: who (token id), when, what (action and field names). */
export async function proposalHistory(db: Queryable, proposalId: string) {
  const { rows } = await db.query<{ action: string; nomination_id: string | null; token_id: string; fields: string[]; version: number; at: string }>(
    `SELECT action, nomination_id, token_id, fields, version, ${INSTANT('at')} AS at FROM proposal_history WHERE proposal_id = $1 ORDER BY id`,
    [proposalId],
  );
  return rows.map((r) => ({ action: r.action, nominationId: r.nomination_id, tokenId: r.token_id, fields: r.fields, version: r.version, at: r.at }));
}

/** Filters of the unit's lists (see `ProposalListQuery`); `unitIds` is what the token may see. */
export interface DossierFilter {
  unitIds: readonly string[];
  campaign?: string | undefined;
  round?: string | undefined;
  status?: string | undefined;
  proposal?: string | undefined;
}

/**
 * The WHERE clauses of a list over `proposals p` (and `nominations n` for
 * `statusOf`), with their parameters; only the filters given, so the planner
 * sees plain equalities.
 */
function dossierWhere(filter: DossierFilter, statusOf: 'p' | 'n'): { where: string[]; params: unknown[] } {
  const params: unknown[] = [filter.unitIds];
  const where = ['p.proposing_unit_id = ANY($1::text[])'];
  for (const [column, value] of [
    ['p.campaign_id', filter.campaign],
    ['p.round_id', filter.round],
    [`${statusOf}.status`, filter.status],
    ['p.id', filter.proposal],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}${column === 'p.id' ? '::uuid' : ''}`);
  }
  return { where, params };
}

/** The round's title from the campaign's catalog entry, for rows that carry campaign_id and round_id as `x`. */
export const ROUND_TITLE = (x: string) =>
  `(SELECT r->'title' FROM campaigns c, jsonb_array_elements(c.rounds) r WHERE c.id = ${x}.campaign_id AND r->>'id' = ${x}.round_id LIMIT 1)`;

// The references every list item carries — campaign, round with its title (from the campaign's
// catalog entry), award with its code and title (from its definition), proposing unit — over
// `proposals p JOIN award_types a`; `refsOf` shapes them.
export const REFS = `p.campaign_id, p.round_id, p.award_type_id, p.proposing_unit_id,
  a.definition->>'code' AS award_code, a.definition->'title' AS award_title,
  ${ROUND_TITLE('p')} AS round_title`;

/** The columns that name a round and an award type (the title by `ROUND_TITLE`, code and title from `award_types`). */
export interface RoundAwardColumns {
  round_id: string;
  round_title: LocalizedText | null;
  award_type_id: string;
  award_code: string;
  award_title: LocalizedText;
}

/** `RoundRef` and `AwardTypeRef` of such a row. */
export const roundAwardOf = (r: RoundAwardColumns) => ({
  round: { id: r.round_id, title: r.round_title },
  awardType: { id: r.award_type_id, code: r.award_code, title: r.award_title },
});

export interface RefRow extends RoundAwardColumns {
  campaign_id: string;
  proposing_unit_id: string;
}

export const refsOf = (r: RefRow) => ({ campaignId: r.campaign_id, ...roundAwardOf(r), proposingUnitId: r.proposing_unit_id });

/**
 * A position in the list of proposals: the newest first, by creation instant (µs), then — for
 * several made at one instant of the server's clock — by the order they were made (`seq`).
 */
export type ProposalPosition = readonly [createdMicros: number, seq: number];

/**
 * A page of the proposals of `filter.unitIds`, newest first, after `after`
 * (keyset: a proposal created while a client pages neither repeats nor
 * shifts what it has), as `ProposalSummary`s: no contact, no names.
 */
export async function listProposals(
  db: Queryable,
  filter: DossierFilter,
  page: { limit: number; after?: ProposalPosition | undefined },
): Promise<{ items: ProposalSummary[]; next: ProposalPosition | undefined }> {
  const { where, params } = dossierWhere(filter, 'p');
  if (page.after) {
    params.push(page.after[0], page.after[1]);
    where.push(`(p.created_at, p.seq) < (${FROM_MICROS(`$${params.length - 1}`)}, $${params.length}::bigint)`);
  }
  const { rows, next } = await keysetPage<
    RefRow & {
      id: string;
      reference: string | null;
      status: Proposal['status'];
      nominations: number;
      individuals: number;
      files: number;
      seq: string;
      created_micros: string;
      created_at: string;
      updated_at: string;
      submitted_at: string | null;
    },
    ProposalPosition
  >(
    db,
    (limit) => `SELECT p.id, p.reference, p.status, ${REFS},
        (SELECT count(*) FROM nominations n WHERE n.proposal_id = p.id)::int AS nominations,
        (SELECT count(*) FROM nominations n WHERE n.proposal_id = p.id AND n.nominee->>'type' = 'individual')::int AS individuals,
        (SELECT count(*) FROM evidence_files f WHERE f.proposal_id = p.id)::int AS files,
        p.seq::text AS seq, ${MICROS('p.created_at')} AS created_micros,
        ${INSTANT('p.created_at')} AS created_at, ${INSTANT('p.updated_at')} AS updated_at,
        CASE WHEN p.submitted_at IS NULL THEN NULL ELSE ${INSTANT('p.submitted_at')} END AS submitted_at
       FROM proposals p JOIN award_types a ON a.id = p.award_type_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.created_at DESC, p.seq DESC
      LIMIT ${limit}`,
    params,
    page.limit,
    (last) => [Number(last.created_micros), Number(last.seq)] as const,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      ...refsOf(r),
      counts: { nominations: r.nominations, individuals: r.individuals, collectives: r.nominations - r.individuals, files: r.files },
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      submittedAt: r.submitted_at,
    })),
    next,
  };
}

/** A position in the list of nominations: its proposal's place (as in the list of proposals), then its own place in the proposal. */
export type NominationPosition = readonly [createdMicros: number, proposalSeq: number, position: number];

/**
 * A page of the nominations of `filter.unitIds`, by proposal newest first
 * and within one in the proposal's order, as `NominationSummary`s. Only the
 * nominee's public fields are read out of the database (type, name parts,
 * collective kind, team membership): the date of birth and gender never
 * leave it for a list.
 */
export async function listNominations(
  db: Queryable,
  filter: DossierFilter,
  page: { limit: number; after?: NominationPosition | undefined },
): Promise<{ items: NominationSummary[]; next: NominationPosition | undefined }> {
  const { where, params } = dossierWhere(filter, 'n');
  if (page.after) {
    params.push(page.after[0], page.after[1], page.after[2]);
    const [at, seq, position] = [FROM_MICROS(`$${params.length - 2}`), `$${params.length - 1}::bigint`, `$${params.length}::bigint`];
    where.push(`(p.created_at < ${at} OR (p.created_at = ${at} AND (p.seq < ${seq} OR (p.seq = ${seq} AND n.position > ${position}))))`);
  }
  const { rows, next } = await keysetPage<
    RefRow & {
      id: string;
      reference: string | null;
      status: Nomination['status'];
      position: number;
      proposal_id: string;
      proposal_reference: string | null;
      proposal_status: Proposal['status'];
      nominee_type: 'collective' | 'individual';
      collective_name: string | null;
      collective_kind: string | null;
      family_name: string | null;
      middle_name: string | null;
      given_name: string | null;
      team_member: boolean | null;
      categories: number;
      achievements: number;
      criteria: number;
      files: number;
      proposal_seq: string;
      created_micros: string;
      updated_at: string;
    },
    NominationPosition
  >(
    db,
    (limit) => `SELECT n.id, n.reference, n.status, n.position, p.id AS proposal_id, p.reference AS proposal_reference, p.status AS proposal_status, ${REFS},
        n.nominee->>'type' AS nominee_type, n.nominee->>'name' AS collective_name, n.nominee->>'kind' AS collective_kind,
        n.nominee->>'familyName' AS family_name, n.nominee->>'middleName' AS middle_name, n.nominee->>'givenName' AS given_name,
        (n.nominee->>'communityTeamMember')::boolean AS team_member,
        jsonb_array_length(n.content->'achievementCategoryIds') AS categories,
        jsonb_array_length(n.content->'achievements') AS achievements,
        jsonb_array_length(n.content->'attestedCriterionIds') AS criteria,
        (SELECT count(*) FROM evidence_files f WHERE f.nomination_id = n.id)::int AS files,
        p.seq::text AS proposal_seq, ${MICROS('p.created_at')} AS created_micros, ${INSTANT('n.updated_at')} AS updated_at
       FROM nominations n JOIN proposals p ON p.id = n.proposal_id JOIN award_types a ON a.id = p.award_type_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.created_at DESC, p.seq DESC, n.position
      LIMIT ${limit}`,
    params,
    page.limit,
    (last) => [Number(last.created_micros), Number(last.proposal_seq), last.position] as const,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      proposal: { id: r.proposal_id, reference: r.proposal_reference, status: r.proposal_status },
      ...refsOf(r),
      nominee:
        r.nominee_type === 'collective'
          ? { type: 'collective' as const, group: r.collective_kind === 'communityTeam' ? ('communityTeam' as const) : ('collective' as const), name: r.collective_name ?? '' }
          : {
              type: 'individual' as const,
              group: r.team_member ? ('communityTeamMember' as const) : ('individual' as const),
              name: [r.family_name, r.middle_name, r.given_name].filter(Boolean).join(' '),
            },
      counts: { achievementCategories: r.categories, achievements: r.achievements, attestedCriteria: r.criteria, files: r.files },
      updatedAt: r.updated_at,
    })),
    next,
  };
}

/**
 * Deletes the proposals never submitted — drafts, and drafts withdrawn
 * before submission — whose last change is older than `maxAgeMs`, with
 * their nominations and evidence files (cascade), and the Idempotency-Keys
 * that created them (a retry that late makes a new draft rather than
 * answering a vanished one). Each deletion is appended to the history
 * (`purged`, no token: the server did it), which outlives the draft. A
 * draft written to while this runs is kept: its last change is then new.
 * Ages are counted back from `now`, the server's clock. Answers how many
 * were deleted.
 */
export async function purgeStaleDrafts(db: Queryable, maxAgeMs: number, now: Date): Promise<number> {
  const { rows } = await db.query<{ purged: number }>(
    `WITH gone AS (
       DELETE FROM proposals
        WHERE submitted_at IS NULL AND status IN ('draft', 'withdrawn') AND updated_at < $2::timestamptz - $1::double precision * interval '1 millisecond'
        RETURNING id, version
     ), recorded AS (
       INSERT INTO proposal_history (proposal_id, action, version, at) SELECT id, 'purged', version + 1, $2 FROM gone
     ), keys AS (
       DELETE FROM idempotency_keys WHERE response ? 'proposalId' AND response->>'proposalId' IN (SELECT id::text FROM gone)
     )
     SELECT count(*)::int AS purged FROM gone`,
    [maxAgeMs, now],
  );
  return rows[0]?.purged ?? 0;
}
