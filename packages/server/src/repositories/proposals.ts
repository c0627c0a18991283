import { createHash, randomUUID } from 'node:crypto';
import { formatReference, nomineeKey, type AwardType, type LocalizedText, type NominationSummary, type ProposalSummary, type EvidenceMediaType, type NominationFile, type ProposalFile, type ExistingNomination, type RuleProblem, type ContactPerson, type Nomination, type NominationInput, type Nominee, type Proposal, type ProposalInput } from '@thidua/schemas';
import type { Database, Queryable } from '../db.js';
import { onceForKey, rememberKey, requestDigest, seenKey, type KeyedRequest } from './idempotency.js';
import { INSTANT } from './sql.js';

/*
 * Nomination dossiers. Every write checks the version the client read
 * (If-Match), bumps it, and appends who did what to proposal_history (field
 * names only: the history holds no personal data). A proposal is read and
 * written only for the units of the caller's token.
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

const PROPOSAL_COLUMNS = `id, campaign_id, round_id, award_type_id, proposing_unit_id, status, reference, contact, version,
  ${INSTANT('created_at')} AS created_at, ${INSTANT('updated_at')} AS updated_at,
  CASE WHEN submitted_at IS NULL THEN NULL ELSE ${INSTANT('submitted_at')} END AS submitted_at`;

interface ProposalRow {
  id: string;
  campaign_id: string;
  round_id: string;
  award_type_id: string;
  proposing_unit_id: string;
  status: Proposal['status'];
  reference: string | null;
  contact: ContactPerson | null;
  version: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

type NominationContent = Omit<NominationInput, 'nominee'>;

/** The proposal of one of `unitIds`, or undefined (another unit's is as good as absent). */
export async function findProposal(db: Queryable, id: string, unitIds: readonly string[]): Promise<StoredProposal | undefined> {
  const { rows } = await db.query<ProposalRow>(`SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE id = $1 AND proposing_unit_id = ANY($2::text[])`, [id, unitIds]);
  const row = rows[0];
  if (!row) return undefined;
  const nominations = await db.query<{ id: string; status: Nomination['status']; reference: string | null; nominee: Nominee; content: NominationContent }>(
    'SELECT id, status, reference, nominee, content FROM nominations WHERE proposal_id = $1 ORDER BY position, created_at',
    [id],
  );
  // Files are listed without their bytes: only a download reads `content`.
  const files = await db.query<{ id: string; nomination_id: string | null; kind: string; name: string; media_type: EvidenceMediaType; size: number; sha256: string; uploaded_at: string }>(
    `SELECT id, nomination_id, kind, name, media_type, size, sha256, ${INSTANT('uploaded_at')} AS uploaded_at FROM evidence_files WHERE proposal_id = $1 ORDER BY uploaded_at, id`,
    [id],
  );
  const listed = (nominationId: string | null) =>
    files.rows
      .filter((f) => f.nomination_id === nominationId)
      .map((f) => ({ id: f.id, kind: f.kind, name: f.name, mediaType: f.media_type, size: f.size, sha256: f.sha256, uploadedAt: f.uploaded_at }));
  return {
    version: row.version,
    proposal: {
      id: row.id,
      reference: row.reference,
      status: row.status,
      campaignId: row.campaign_id,
      roundId: row.round_id,
      awardTypeId: row.award_type_id,
      proposingUnitId: row.proposing_unit_id,
      contact: row.contact,
      files: listed(null) as ProposalFile[],
      nominations: nominations.rows.map((n) => ({ id: n.id, reference: n.reference, status: n.status, nominee: n.nominee, ...n.content, files: listed(n.id) as NominationFile[] })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      submittedAt: row.submitted_at,
    },
  };
}

async function record(tx: Queryable, entry: { proposalId: string; nominationId?: string; tokenId: string; action: string; fields?: string[]; version: number }) {
  await tx.query('INSERT INTO proposal_history (proposal_id, nomination_id, token_id, action, fields, version) VALUES ($1, $2, $3, $4, $5::text[], $6)', [
    entry.proposalId,
    entry.nominationId ?? null,
    entry.tokenId,
    entry.action,
    entry.fields ?? [],
    entry.version,
  ]);
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
  by: { tokenId: string; idempotencyKey?: string | undefined },
  check: () => void,
): Promise<Created> {
  const { tokenId, idempotencyKey: key } = by;
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
        `INSERT INTO proposals (id, campaign_id, round_id, award_type_id, proposing_unit_id, status, contact, created_by)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6::jsonb, $7)`,
        [id, input.campaignId, input.roundId, input.awardTypeId, input.proposingUnitId, input.contact ? JSON.stringify(input.contact) : null, tokenId],
      );
      await record(tx, { proposalId: id, tokenId, action: 'created', fields: input.contact ? ['contact'] : [], version: 1 });
      // Only the id is kept as the answer to replay: the key's row holds no personal data.
      if (keyed) await rememberKey(tx, keyed, 201, { proposalId: id });
      return { outcome: 'created', id };
    });
    if (made.outcome === 'keyReused') return made;
    // The key's draft is found among the caller's units: a key is per token, and a token's units are its own.
    const stored = await findProposal(db, made.id, [input.proposingUnitId]);
    if (!stored) throw new Error(`proposal ${made.id} of an Idempotency-Key is gone`);
    return { outcome: made.outcome, stored };
  });
}

/** Why a write was refused; the handler turns each into its status. */
export type WriteRefusal = 'notFound' | 'stale' | 'notDraft' | 'withdrawn' | 'notWithdrawable' | 'nominationNotFound' | 'fileNotFound' | 'dossierTooLarge' | 'duplicate' | 'keyReused';
export type WriteResult =
  | { ok: true; stored: StoredProposal; replayed?: boolean }
  | { ok: false; refusal: WriteRefusal }
  /** What keeps the proposal from being submitted, with field paths. */
  | { ok: false; refusal: 'problems'; problems: RuleProblem[] };

/** Who writes, to which proposal, based on which version (`*` for any). */
export interface WriteContext {
  proposalId: string;
  unitIds: readonly string[];
  ifMatch: string;
  tokenId: string;
}

class Refused extends Error {
  constructor(
    readonly refusal: WriteRefusal | 'problems',
    readonly problems: RuleProblem[] = [],
  ) {
    super(refusal);
  }
}

/** Locks the caller's proposal for the transaction; refuses when it is not one of theirs. */
async function lockProposal(tx: Queryable, ctx: WriteContext): Promise<ProposalRow> {
  const { rows } = await tx.query<ProposalRow>(
    `SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE id = $1 AND proposing_unit_id = ANY($2::text[]) FOR UPDATE`,
    [ctx.proposalId, ctx.unitIds],
  );
  if (!rows[0]) throw new Refused('notFound');
  return rows[0];
}

/** The If-Match check; then only a draft may change. */
function assertDraft(row: ProposalRow, ctx: WriteContext) {
  if (ctx.ifMatch !== '*' && ctx.ifMatch !== `"${row.version}"`) throw new Refused('stale');
  if (row.status === 'withdrawn') throw new Refused('withdrawn');
  if (row.status !== 'draft') throw new Refused('notDraft');
}

/** The proposal's next version, its last change now. */
async function nextVersion(tx: Queryable, row: ProposalRow): Promise<number> {
  const bumped = await tx.query<{ version: number }>('UPDATE proposals SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version', [row.id]);
  return bumped.rows[0]!.version;
}

/** Bumps the version and appends the history entry of a write. */
async function bump(tx: Queryable, row: ProposalRow, ctx: WriteContext, entry: { action: string; nominationId?: string; fields?: string[] }) {
  await record(tx, { proposalId: row.id, tokenId: ctx.tokenId, ...entry, version: await nextVersion(tx, row) });
}

/** Runs a transaction of a write; a refusal rolls it back and becomes the result. */
async function attempt(db: Database, ctx: WriteContext, run: (tx: Queryable) => Promise<{ replayed?: boolean } | void>): Promise<WriteResult> {
  let replayed = false;
  try {
    await db.transaction(async (tx) => {
      replayed = (await run(tx))?.replayed ?? false;
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal === 'problems' ? { ok: false, refusal: 'problems', problems: error.problems } : { ok: false, refusal: error.refusal };
    throw error;
  }
  const stored = (await findProposal(db, ctx.proposalId, ctx.unitIds))!;
  return replayed ? { ok: true, stored, replayed } : { ok: true, stored };
}

/**
 * Runs `change` on a draft locked for the transaction, once the If-Match
 * version is checked; then bumps the version and records the history entry
 * `change` returns. A refusal writes nothing.
 */
function write(
  db: Database,
  ctx: WriteContext,
  change: (tx: Queryable, row: ProposalRow) => Promise<{ action: string; nominationId?: string; fields?: string[] }>,
): Promise<WriteResult> {
  return attempt(db, ctx, async (tx) => {
    const row = await lockProposal(tx, ctx);
    assertDraft(row, ctx);
    await bump(tx, row, ctx, await change(tx, row));
  });
}

export function updateContact(db: Database, ctx: WriteContext, contact: ContactPerson | null): Promise<WriteResult> {
  return write(db, ctx, async (tx, row) => {
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
  return write(db, ctx, async (tx, row) => {
    const keyHash = nomineeKeyHash(input.nominee);
    await assertNoDuplicate(tx, row, keyHash, null);
    const id = randomUUID();
    await tx.query(
      `INSERT INTO nominations (id, proposal_id, position, status, nominee, nominee_key_hash, content)
       VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM nominations WHERE proposal_id = $2), 'draft', $3::jsonb, $4, $5::jsonb)`,
      [id, row.id, JSON.stringify(input.nominee), keyHash, JSON.stringify(contentOf(input))],
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
  return write(db, ctx, async (tx, row) => {
    const { rows } = await tx.query<{ nominee: Nominee; content: NominationContent }>('SELECT nominee, content FROM nominations WHERE id = $1 AND proposal_id = $2', [
      nominationId,
      row.id,
    ]);
    const before = rows[0];
    if (!before) throw new Refused('nominationNotFound');
    const keyHash = nomineeKeyHash(input.nominee);
    await assertNoDuplicate(tx, row, keyHash, nominationId);
    await tx.query('UPDATE nominations SET nominee = $2::jsonb, nominee_key_hash = $3, content = $4::jsonb, updated_at = now() WHERE id = $1', [
      nominationId,
      JSON.stringify(input.nominee),
      keyHash,
      JSON.stringify(contentOf(input)),
    ]);
    return { action: 'nominationUpdated', nominationId, fields: changedFields(before, input) };
  });
}

export function removeNomination(db: Database, ctx: WriteContext, nominationId: string): Promise<WriteResult> {
  return write(db, ctx, async (tx, row) => {
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
    const row = await lockProposal(tx, ctx);
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
      `INSERT INTO nominations (id, proposal_id, position, status, nominee, nominee_key_hash, content)
       SELECT (v.item->>'id')::uuid, $1, base.last + v.ord, 'draft', v.item->'nominee', v.item->>'hash', v.item->'content'
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS v (item, ord),
              (SELECT coalesce(max(position), 0) AS last FROM nominations WHERE proposal_id = $1) AS base`,
      [row.id, JSON.stringify(added)],
    );
    const version = await nextVersion(tx, row);
    await tx.query(
      `INSERT INTO proposal_history (proposal_id, nomination_id, token_id, action, fields, version)
       SELECT $1, id, $2, 'nominationImported', '{}', $3 FROM unnest($4::uuid[]) AS id`,
      [row.id, ctx.tokenId, version, added.map((a) => a.id)],
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
  return write(db, ctx, async (tx, row) => {
    if (file.nominationId) {
      const { rows } = await tx.query('SELECT 1 FROM nominations WHERE id = $1 AND proposal_id = $2', [file.nominationId, row.id]);
      if (rows.length === 0) throw new Refused('nominationNotFound');
    }
    const { rows } = await tx.query<{ total: number }>('SELECT coalesce(sum(size), 0)::int AS total FROM evidence_files WHERE proposal_id = $1', [row.id]);
    if (rows[0]!.total + file.content.length > dossierBytes) throw new Refused('dossierTooLarge');
    const id = file.id;
    await tx.query(
      `INSERT INTO evidence_files (id, proposal_id, nomination_id, kind, name, media_type, size, sha256, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, row.id, file.nominationId ?? null, file.kind, file.name, file.mediaType, file.content.length, file.sha256, Buffer.from(file.content.buffer, file.content.byteOffset, file.content.length)],
    );
    // A nomination's list entry shows when it last changed, its files included.
    if (file.nominationId) await tx.query('UPDATE nominations SET updated_at = now() WHERE id = $1', [file.nominationId]);
    // The kind, never the name: a file name may hold a person's name.
    return { action: 'fileAdded', ...(file.nominationId ? { nominationId: file.nominationId } : {}), fields: [`files.${file.kind}`] };
  });
}

export function removeEvidence(db: Database, ctx: WriteContext, fileId: string): Promise<WriteResult> {
  return write(db, ctx, async (tx, row) => {
    const { rows } = await tx.query<{ nomination_id: string | null; kind: string }>('DELETE FROM evidence_files WHERE id = $1 AND proposal_id = $2 RETURNING nomination_id, kind', [
      fileId,
      row.id,
    ]);
    const removed = rows[0];
    if (!removed) throw new Refused('fileNotFound');
    if (removed.nomination_id) await tx.query('UPDATE nominations SET updated_at = now() WHERE id = $1', [removed.nomination_id]);
    return { action: 'fileRemoved', ...(removed.nomination_id ? { nominationId: removed.nomination_id } : {}), fields: [`files.${removed.kind}`] };
  });
}

/** One file's bytes, for the proposing unit only; undefined when it is not theirs. */
export async function readEvidence(db: Queryable, proposalId: string, fileId: string, unitIds: readonly string[]) {
  const { rows } = await db.query<{ name: string; media_type: EvidenceMediaType; content: Uint8Array }>(
    `SELECT f.name, f.media_type, f.content FROM evidence_files f JOIN proposals p ON p.id = f.proposal_id
      WHERE f.id = $1 AND f.proposal_id = $2 AND p.proposing_unit_id = ANY($3::text[])`,
    [fileId, proposalId, unitIds],
  );
  const row = rows[0];
  return row ? { name: row.name, mediaType: row.media_type, content: new Uint8Array(row.content) } : undefined;
}

/** What names a proposal's references: the campaign's prefix and the award's code. */
export interface ReferenceNaming {
  prefix: string;
  awardCode: string;
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
    const row = await lockProposal(tx, ctx);
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
    await tx.query(`UPDATE proposals SET status = 'submitted', reference = $2, submitted_at = now() WHERE id = $1`, [
      row.id,
      formatReference(naming.prefix, naming.awardCode, sequence),
    ]);
    await tx.query(
      `UPDATE nominations n SET status = 'submitted', reference = v.reference, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v (id, reference) WHERE n.id = v.id`,
      [proposal.nominations.map((n) => n.id), proposal.nominations.map((_, i) => formatReference(naming.prefix, naming.awardCode, sequence, i + 1))],
    );
    await bump(tx, row, ctx, { action: 'submitted', fields: ['reference', 'status'] });
    await rememberKey(tx, keyed, 200, { proposalId: row.id });
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
    const row = await lockProposal(tx, ctx);
    if (ctx.ifMatch !== '*' && ctx.ifMatch !== `"${row.version}"`) throw new Refused('stale');
    if (row.status !== 'draft' && row.status !== 'submitted') throw new Refused(row.status === 'withdrawn' ? 'withdrawn' : 'notWithdrawable');
    await tx.query(`UPDATE proposals SET status = 'withdrawn' WHERE id = $1`, [row.id]);
    await tx.query(`UPDATE nominations SET status = 'withdrawn', updated_at = now() WHERE proposal_id = $1`, [row.id]);
    await bump(tx, row, ctx, { action: 'withdrawn', fields: ['status'] });
  });
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

// A proposal's creation instant as whole microseconds since 1970 (a number a cursor carries
// exactly), and back: timestamptz holds microseconds, so the round trip loses nothing.
const MICROS = (col: string) => `(extract(epoch FROM ${col}) * 1000000)::bigint::text`;
const FROM_MICROS = (param: string) => `(timestamptz 'epoch' + ${param}::bigint * interval '1 microsecond')`;

// The round's title from the campaign's catalog entry, the award's from its definition.
const TITLES = `a.definition->>'code' AS award_code, a.definition->'title' AS award_title,
  (SELECT r->'title' FROM campaigns c, jsonb_array_elements(c.rounds) r WHERE c.id = p.campaign_id AND r->>'id' = p.round_id LIMIT 1) AS round_title`;

interface RefRow {
  campaign_id: string;
  round_id: string;
  round_title: LocalizedText | null;
  award_type_id: string;
  award_code: string;
  award_title: LocalizedText;
  proposing_unit_id: string;
}

const refsOf = (r: RefRow) => ({
  campaignId: r.campaign_id,
  round: { id: r.round_id, title: r.round_title },
  awardType: { id: r.award_type_id, code: r.award_code, title: r.award_title },
  proposingUnitId: r.proposing_unit_id,
});

/** A position in the list of proposals: the newest first, by creation instant (µs) then id. */
export type ProposalPosition = readonly [createdMicros: number, id: string];

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
    where.push(`(p.created_at, p.id) < (${FROM_MICROS(`$${params.length - 1}`)}, $${params.length}::uuid)`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<RefRow & {
    id: string;
    reference: string | null;
    status: Proposal['status'];
    nominations: number;
    individuals: number;
    files: number;
    created_micros: string;
    created_at: string;
    updated_at: string;
    submitted_at: string | null;
  }>(
    `SELECT p.id, p.reference, p.status, p.campaign_id, p.round_id, p.award_type_id, p.proposing_unit_id, ${TITLES},
        (SELECT count(*) FROM nominations n WHERE n.proposal_id = p.id)::int AS nominations,
        (SELECT count(*) FROM nominations n WHERE n.proposal_id = p.id AND n.nominee->>'type' = 'individual')::int AS individuals,
        (SELECT count(*) FROM evidence_files f WHERE f.proposal_id = p.id)::int AS files,
        ${MICROS('p.created_at')} AS created_micros,
        ${INSTANT('p.created_at')} AS created_at, ${INSTANT('p.updated_at')} AS updated_at,
        CASE WHEN p.submitted_at IS NULL THEN NULL ELSE ${INSTANT('p.submitted_at')} END AS submitted_at
       FROM proposals p JOIN award_types a ON a.id = p.award_type_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT $${params.length}`,
    params,
  );
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      ...refsOf(r),
      counts: { nominations: r.nominations, individuals: r.individuals, collectives: r.nominations - r.individuals, files: r.files },
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      submittedAt: r.submitted_at,
    })),
    next: more && last ? [Number(last.created_micros), last.id] : undefined,
  };
}

/** A position in the list of nominations: its proposal's place (as in the list of proposals), then its own place in the proposal. */
export type NominationPosition = readonly [createdMicros: number, proposalId: string, position: number];

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
    const [at, id, position] = [FROM_MICROS(`$${params.length - 2}`), `$${params.length - 1}::uuid`, `$${params.length}::bigint`];
    where.push(`(p.created_at < ${at} OR (p.created_at = ${at} AND (p.id < ${id} OR (p.id = ${id} AND n.position > ${position}))))`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<RefRow & {
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
    created_micros: string;
    updated_at: string;
  }>(
    `SELECT n.id, n.reference, n.status, n.position, p.id AS proposal_id, p.reference AS proposal_reference, p.status AS proposal_status,
        p.campaign_id, p.round_id, p.award_type_id, p.proposing_unit_id, ${TITLES},
        n.nominee->>'type' AS nominee_type, n.nominee->>'name' AS collective_name, n.nominee->>'kind' AS collective_kind,
        n.nominee->>'familyName' AS family_name, n.nominee->>'middleName' AS middle_name, n.nominee->>'givenName' AS given_name,
        (n.nominee->>'communityTeamMember')::boolean AS team_member,
        jsonb_array_length(n.content->'achievementCategoryIds') AS categories,
        jsonb_array_length(n.content->'achievements') AS achievements,
        jsonb_array_length(n.content->'attestedCriterionIds') AS criteria,
        (SELECT count(*) FROM evidence_files f WHERE f.nomination_id = n.id)::int AS files,
        ${MICROS('p.created_at')} AS created_micros, ${INSTANT('n.updated_at')} AS updated_at
       FROM nominations n JOIN proposals p ON p.id = n.proposal_id JOIN award_types a ON a.id = p.award_type_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.created_at DESC, p.id DESC, n.position
      LIMIT $${params.length}`,
    params,
  );
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({
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
    next: more && last ? [Number(last.created_micros), last.proposal_id, last.position] : undefined,
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
 * Answers how many were deleted.
 */
export async function purgeStaleDrafts(db: Queryable, maxAgeMs: number): Promise<number> {
  const { rows } = await db.query<{ purged: number }>(
    `WITH gone AS (
       DELETE FROM proposals
        WHERE submitted_at IS NULL AND status IN ('draft', 'withdrawn') AND updated_at < now() - $1::double precision * interval '1 millisecond'
        RETURNING id, version
     ), recorded AS (
       INSERT INTO proposal_history (proposal_id, action, version) SELECT id, 'purged', version + 1 FROM gone
     ), keys AS (
       DELETE FROM idempotency_keys WHERE response ? 'proposalId' AND response->>'proposalId' IN (SELECT id::text FROM gone)
     )
     SELECT count(*)::int AS purged FROM gone`,
    [maxAgeMs],
  );
  return rows[0]?.purged ?? 0;
}
