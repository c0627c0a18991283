import { randomUUID } from 'node:crypto';
import {
  APPRAISAL_CLOCK_STATUSES,
  DEFAULT_APPRAISAL_WORKING_DAYS,
  appraisalDueDate,
  type AppraisalSort,
  type AppraisalStatus,
  type AwardType,
  type CalendarDays,
  type CommentInput,
  type CriterionCheck,
  type LocalizedText,
  type NominationChecklist,
  type Role,
} from '@thidua/schemas';
import type { Database, Queryable } from '../db.js';
import { onceForKey, rememberKey, requestDigest, seenKey, type KeyedRequest } from './idempotency.js';
import {
  PROPOSAL_COLUMNS,
  REFS,
  Refused,
  accessWhere,
  assertVersion,
  lockProposal,
  nextVersion,
  record,
  transact,
  type Access,
  type ProposalRow,
  type RefRow,
  type Transacted,
} from './proposals.js';
import { DATE, INSTANT, MICROS, keysetPage } from './sql.js';

/*
 * The appraisers' side of the dossiers: their queue, the checklists and the
 * comments. Reads reach the proposals `Access` allows (an appraiser's award
 * types, or every submitted one for the coordinator): a draft never. The
 * workflow's own writes (a state and a history row) are
 * `applyWorkflowAction` in proposals.ts, shared with the proposer's
 * resubmission.
 */

/** Weekends only: what deadlines count over until a catalog brings a working calendar. */
const WEEKENDS_ONLY: CalendarDays = { daysOff: [], makeUpDays: [] };

/** The catalog's working calendar (public holidays, make-up days). */
export async function workingCalendar(db: Queryable): Promise<CalendarDays> {
  const { rows } = await db.query<{ definition: CalendarDays }>(`SELECT definition FROM working_calendar WHERE id = 'catalog'`);
  return rows[0]?.definition ?? WEEKENDS_ONLY;
}

/**
 * Counts the due date of every dossier again from the day it was last made
 * complete, over the calendar and the award's appraisal time as stored now:
 * after a catalog brings a new calendar or appraisal time, and at start (a
 * dossier submitted before due dates were stored gets one).
 */
export async function refreshDueDates(db: Queryable): Promise<number> {
  const calendar = await workingCalendar(db);
  const { rows } = await db.query<{ id: string; complete_on: string; due_on: string | null; working_days: number | null }>(
    `SELECT p.id, ${DATE('p.complete_on')} AS complete_on, CASE WHEN p.due_on IS NULL THEN NULL ELSE ${DATE('p.due_on')} END AS due_on,
            (a.definition->>'appraisalWorkingDays')::int AS working_days
       FROM proposals p JOIN award_types a ON a.id = p.award_type_id
      WHERE p.complete_on IS NOT NULL`,
  );
  const moved = rows.flatMap((r) => {
    const due = appraisalDueDate(r.complete_on, calendar, r.working_days ?? DEFAULT_APPRAISAL_WORKING_DAYS);
    return due === r.due_on ? [] : [{ id: r.id, due }];
  });
  if (moved.length > 0)
    await db.query(`UPDATE proposals p SET due_on = (v.item->>'due')::date FROM jsonb_array_elements($1::jsonb) AS v (item) WHERE p.id = (v.item->>'id')::uuid`, [
      JSON.stringify(moved),
    ]);
  return moved.length;
}

/** A submitted proposal `access` reaches, as stored; undefined for a draft or one outside it. */
export async function findAppraisalRow(db: Queryable, proposalId: string, access: Access): Promise<ProposalRow | undefined> {
  const where = accessWhere(access, 2);
  const { rows } = await db.query<ProposalRow>(`SELECT ${PROPOSAL_COLUMNS} FROM proposals WHERE id = $1 AND ${where.sql}`, [proposalId, ...where.params]);
  return rows[0];
}

/** The stored checks of a proposal's nominations, by nomination and criterion. */
export async function storedChecks(db: Queryable, proposalId: string): Promise<Map<string, { checks: Map<string, CriterionCheck>; updatedAt: string }>> {
  const { rows } = await db.query<{ nomination_id: string; criterion_id: string; met: boolean | null; note: string | null; updated_at: string }>(
    `SELECT k.nomination_id, k.criterion_id, k.met, k.note, ${INSTANT('k.updated_at')} AS updated_at
       FROM appraisal_checks k JOIN nominations n ON n.id = k.nomination_id
      WHERE n.proposal_id = $1 ORDER BY k.updated_at`,
    [proposalId],
  );
  const byNomination = new Map<string, { checks: Map<string, CriterionCheck>; updatedAt: string }>();
  for (const r of rows) {
    const entry = byNomination.get(r.nomination_id) ?? { checks: new Map(), updatedAt: r.updated_at };
    entry.checks.set(r.criterion_id, { criterionId: r.criterion_id, met: r.met, note: r.note });
    if (r.updated_at > entry.updatedAt) entry.updatedAt = r.updated_at;
    byNomination.set(r.nomination_id, entry);
  }
  return byNomination;
}

/** Each nomination's checklist: `criteria` (the ids that apply to it, in the catalog's order) with what is stored of each. */
export function checklistsOf(
  nominations: readonly { id: string; criteria: readonly string[] }[],
  stored: Map<string, { checks: Map<string, CriterionCheck>; updatedAt: string }>,
): NominationChecklist[] {
  return nominations.map((n) => {
    const mine = stored.get(n.id);
    return {
      nominationId: n.id,
      criteria: n.criteria.map((id) => mine?.checks.get(id) ?? { criterionId: id, met: null, note: null }),
      updatedAt: mine?.updatedAt ?? null,
    };
  });
}

/** Who acts: the token, as a role for a unit (null for the coordinator acting for every unit). */
export interface Actor {
  tokenId: string;
  role: Role;
  unitId: string | null;
}

/**
 * Sets the criteria given of one nomination's checklist, under the
 * proposal's lock: the If-Match version checked, the proposal under
 * appraisal, the nomination its own. The version is bumped and the history
 * names the criteria (the notes stay in the checklist).
 */
export function setChecklist(
  db: Database,
  ctx: { proposalId: string; nominationId: string; access: Access; ifMatch: string; actor: Actor; at: Date },
  items: readonly { criterionId: string; met: boolean | null; note?: string | null | undefined }[],
): Promise<Transacted> {
  return transact(db, async (tx) => {
    const row = await lockProposal(tx, ctx.proposalId, ctx.access);
    assertVersion(row, ctx.ifMatch);
    const { rows } = await tx.query('SELECT 1 FROM nominations WHERE id = $1 AND proposal_id = $2', [ctx.nominationId, row.id]);
    if (rows.length === 0) throw new Refused('nominationNotFound');
    if (row.status !== 'underAppraisal') throw new Refused('notUnderAppraisal');
    await tx.query(
      `INSERT INTO appraisal_checks (nomination_id, criterion_id, met, note, updated_by, updated_at)
       SELECT $1, v.item->>'criterionId', (v.item->>'met')::boolean, v.item->>'note', $3, $4 FROM jsonb_array_elements($2::jsonb) AS v (item)
       ON CONFLICT (nomination_id, criterion_id) DO UPDATE SET met = EXCLUDED.met, note = EXCLUDED.note, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [ctx.nominationId, JSON.stringify(items.map((i) => ({ criterionId: i.criterionId, met: i.met, note: i.note?.trim() || null }))), ctx.actor.tokenId, ctx.at],
    );
    await record(tx, {
      proposalId: row.id,
      nominationId: ctx.nominationId,
      tokenId: ctx.actor.tokenId,
      actor: { role: ctx.actor.role, unitId: ctx.actor.unitId },
      action: 'checklistUpdated',
      from: row.status,
      to: row.status,
      fields: items.map((i) => `criteria.${i.criterionId}`),
      version: await nextVersion(tx, row.id, ctx.at),
      at: ctx.at,
    });
  });
}

/**
 * Appends a comment. Comments are not part of the versioned dossier: no
 * If-Match, no new version, so an appraiser's note never makes another's
 * checklist stale. Once per Idempotency-Key when one is given (seen under
 * the proposal's lock).
 */
export function addComment(
  db: Database,
  ctx: { proposalId: string; access: Access; actor: Actor; idempotencyKey?: string | undefined; at: Date },
  input: CommentInput,
): Promise<Transacted> {
  const { idempotencyKey: key } = ctx;
  const keyed: KeyedRequest | undefined =
    key === undefined ? undefined : { tokenId: ctx.actor.tokenId, key, hash: requestDigest({ operation: 'addAppraisalComment', proposalId: ctx.proposalId, ...input }) };
  return onceForKey(db, key, () =>
    transact(db, async (tx) => {
      const row = await lockProposal(tx, ctx.proposalId, ctx.access);
      if (keyed) {
        const seen = await seenKey<{ commentId: string }>(tx, keyed);
        if (seen?.outcome === 'keyReused') throw new Refused('keyReused');
        if (seen) return { replayed: true };
      }
      if (input.nominationId) {
        const { rows } = await tx.query('SELECT 1 FROM nominations WHERE id = $1 AND proposal_id = $2', [input.nominationId, row.id]);
        if (rows.length === 0) throw new Refused('nominationNotFound');
      }
      const id = randomUUID();
      await tx.query(
        `INSERT INTO appraisal_comments (id, proposal_id, nomination_id, audience, text, author_token_id, author_role, author_unit_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, row.id, input.nominationId ?? null, input.audience, input.text, ctx.actor.tokenId, ctx.actor.role, ctx.actor.unitId, ctx.at],
      );
      if (keyed) await rememberKey(tx, keyed, 201, { commentId: id }, ctx.at);
    }),
  );
}

/** The queue's filters (see `AppraisalListQuery`), the deadline's as bounds on the due date worked out by the caller. */
export interface AppraisalFilter {
  access: Access;
  campaignId?: string | undefined;
  roundId?: string | undefined;
  awardTypeId?: string | undefined;
  proposingUnitId?: string | undefined;
  status?: AppraisalStatus | undefined;
  /** Only running deadlines due on or after `from` and before `before` (either open). */
  dueOn?: { from?: string | undefined; before?: string | undefined } | undefined;
  sort: AppraisalSort;
  order: 'asc' | 'desc';
}

/** A position in the queue: the row's sort key (text that orders as the sort does) and, for a tie, its place in the order proposals were made (`seq`). */
export type AppraisalPosition = readonly [key: string, seq: number];

/** A running clock's states, for SQL. */
const CLOCK = `(${APPRAISAL_CLOCK_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The sort key of each order, as text that sorts the same way: the due date
 * while the clock runs — those without one after every other, ascending or
 * descending —, the dossier-complete instant as zero-padded microseconds,
 * the reference.
 */
function sortKey(sort: AppraisalSort, order: 'asc' | 'desc'): string {
  switch (sort) {
    case 'dueOn':
      return `coalesce(CASE WHEN p.status IN ${CLOCK} THEN ${DATE('p.due_on')} END, '${order === 'asc' ? '9999-12-31' : '0000-00-00'}')`;
    case 'submittedOn':
      return `lpad(${MICROS('p.complete_at')}, 20, '0')`;
    case 'reference':
      return `p.reference`;
  }
}

export interface AppraisalRow extends RefRow {
  id: string;
  reference: string;
  status: AppraisalStatus;
  unit_name: LocalizedText;
  nominations: number;
  complete_at: string;
  complete_on: string;
  due_on: string | null;
  version: number;
  sort_key: string;
  seq: string;
}

/**
 * A page of the queue in the order asked, after `after` (keyset: a dossier
 * submitted while an appraiser pages neither repeats nor shifts what they
 * have). Only what a list shows: no contact, no nominee, no file.
 */
export async function listAppraisals(
  db: Queryable,
  filter: AppraisalFilter,
  page: { limit: number; after?: AppraisalPosition | undefined },
): Promise<{ rows: AppraisalRow[]; next: AppraisalPosition | undefined }> {
  const access = accessWhere(filter.access, 1, 'p.');
  const params: unknown[] = [...access.params];
  const where = [access.sql];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.campaignId !== undefined) add((n) => `p.campaign_id = ${n}`, filter.campaignId);
  if (filter.roundId !== undefined) add((n) => `p.round_id = ${n}`, filter.roundId);
  if (filter.awardTypeId !== undefined) add((n) => `p.award_type_id = ${n}`, filter.awardTypeId);
  if (filter.proposingUnitId !== undefined) add((n) => `p.proposing_unit_id = ${n}`, filter.proposingUnitId);
  if (filter.status !== undefined) add((n) => `p.status = ${n}`, filter.status);
  if (filter.dueOn) {
    where.push(`p.status IN ${CLOCK} AND p.due_on IS NOT NULL`);
    if (filter.dueOn.from !== undefined) add((n) => `p.due_on >= ${n}::date`, filter.dueOn.from);
    if (filter.dueOn.before !== undefined) add((n) => `p.due_on < ${n}::date`, filter.dueOn.before);
  }
  const key = sortKey(filter.sort, filter.order);
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  if (page.after) {
    params.push(page.after[0], page.after[1]);
    where.push(`(${key}, p.seq) ${filter.order === 'asc' ? '>' : '<'} ($${params.length - 1}, $${params.length}::bigint)`);
  }
  return keysetPage<AppraisalRow, AppraisalPosition>(
    db,
    (limit) => `SELECT p.id, p.reference, p.status, p.version, ${REFS}, u.name AS unit_name,
        (SELECT count(*) FROM nominations n WHERE n.proposal_id = p.id)::int AS nominations,
        ${INSTANT('p.complete_at')} AS complete_at, ${DATE('p.complete_on')} AS complete_on,
        CASE WHEN p.due_on IS NULL THEN NULL ELSE ${DATE('p.due_on')} END AS due_on,
        ${key} AS sort_key, p.seq::text AS seq
       FROM proposals p JOIN award_types a ON a.id = p.award_type_id JOIN organisation_units u ON u.id = p.proposing_unit_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${key} ${direction}, p.seq ${direction}
      LIMIT ${limit}`,
    params,
    page.limit,
    (last) => [last.sort_key, Number(last.seq)] as const,
  );
}


/** The award types' definitions by id, for the deadlines and the workflow's appraising units. */
export async function awardTypesById(db: Queryable, ids: readonly string[]): Promise<Map<string, AwardType>> {
  const { rows } = await db.query<{ id: string; definition: AwardType }>('SELECT id, definition FROM award_types WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
  return new Map(rows.map((r) => [r.id, r.definition]));
}
