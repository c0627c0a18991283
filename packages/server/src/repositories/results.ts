import { randomUUID } from 'node:crypto';
import {
  foldForSearch,
  type AwardPublic,
  type AwardRound,
  type Awardee,
  type Decision,
  type DecisionAward,
  type FeaturedModel,
  type LocalizedText,
  type Nominee,
  type NominationStatus,
  type OrganisationUnitKind,
  type ProposalStatus,
  type SummaryCounts,
  type WorkflowState,
} from '@thidua/schemas';
import type { Database, Queryable } from '../db.js';
import { onceForKey, rememberKey, seenKey, type KeyedRequest } from './idempotency.js';
import { ROUND_TITLE, nextVersion, record, roundAwardOf, type RoundAwardColumns } from './proposals.js';
import { DATE, INSTANT } from './sql.js';

/*
 * The results of a round: the proposed list, decisions and their awards,
 * the summaries, and what is published of them (awards, featured models).
 *
 * Only three queries here read a nominee as the proposer wrote it: the
 * proposed list (internal; its order needs the gender, never the date of
 * birth, which is cut off in SQL), the decision, which copies the nominee's
 * public fields into the award, and the summaries, which count women
 * awarded. Every public read is of `awards`, `award_decisions` and
 * `featured_models` alone.
 */

/** A round of the catalog and the campaign that holds it. */
export async function findRound(db: Queryable, roundId: string): Promise<{ campaignId: string; round: AwardRound } | undefined> {
  const { rows } = await db.query<{ campaign_id: string; round: AwardRound }>(
    `SELECT c.id AS campaign_id, r AS round FROM campaigns c, jsonb_array_elements(c.rounds) r WHERE r->>'id' = $1 ORDER BY c.id LIMIT 1`,
    [roundId],
  );
  const row = rows[0];
  return row ? { campaignId: row.campaign_id, round: row.round } : undefined;
}

interface RefColumns extends RoundAwardColumns {
  unit_id: string;
  unit_name: LocalizedText;
  unit_kind: OrganisationUnitKind;
}

const refs = (r: RefColumns) => ({
  ...roundAwardOf(r),
  proposingUnit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind },
});

/** The nominee without its date of birth: the only personal field the list's order needs is the gender. */
export type ListedNomineeRow =
  | Extract<Nominee, { type: 'collective' }>
  | Omit<Extract<Nominee, { type: 'individual' }>, 'dateOfBirth'>;

export interface ProposedRow extends RefColumns {
  nomination_id: string;
  reference: string | null;
  status: 'eligible' | 'awarded';
  proposal_id: string;
  proposal_reference: string | null;
  nominee: ListedNomineeRow;
  summary: string | null;
  categories: string[];
  decision_id: string | null;
  decision_number: string | null;
  signed_on: string | null;
}

/**
 * The eligible nominations of the appraised proposals of a round for the
 * award types given, and those awarded from them, unordered (the order is
 * the law's, `orderProposedList`, applied by the caller).
 */
export async function proposedNominations(db: Queryable, roundId: string, awardTypeIds: readonly string[]): Promise<ProposedRow[]> {
  const { rows } = await db.query<ProposedRow>(
    `SELECT n.id AS nomination_id, n.reference, n.status, p.id AS proposal_id, p.reference AS proposal_reference,
        n.nominee - 'dateOfBirth' AS nominee, n.content->>'summary' AS summary, n.content->'achievementCategoryIds' AS categories,
        p.round_id, ${ROUND_TITLE('p')} AS round_title,
        p.award_type_id, t.definition->>'code' AS award_code, t.definition->'title' AS award_title,
        u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind,
        d.id AS decision_id, d.number AS decision_number, CASE WHEN d.id IS NULL THEN NULL ELSE ${DATE('d.signed_on')} END AS signed_on
       FROM nominations n
       JOIN proposals p ON p.id = n.proposal_id
       JOIN award_types t ON t.id = p.award_type_id
       JOIN organisation_units u ON u.id = p.proposing_unit_id
       LEFT JOIN awards a ON a.nomination_id = n.id
       LEFT JOIN award_decisions d ON d.id = a.decision_id
      WHERE p.round_id = $1 AND p.award_type_id = ANY($2::text[]) AND p.status = 'appraised' AND n.status IN ('eligible', 'awarded')
      ORDER BY p.reference, n.position`,
    [roundId, awardTypeIds],
  );
  return rows;
}

export const proposedRefs = refs;

/** What an award publishes of its nominee: the name (parts and joined), position and workplace, or a collective's name and kind. */
export function awardeeOf(nominee: ListedNomineeRow): Awardee {
  if (nominee.type === 'collective') return { type: 'collective', name: nominee.name, kind: nominee.kind };
  const middleName = nominee.middleName?.trim() || undefined;
  return {
    type: 'individual',
    name: [nominee.familyName, middleName, nominee.givenName].filter(Boolean).join(' '),
    familyName: nominee.familyName,
    ...(middleName ? { middleName } : {}),
    givenName: nominee.givenName,
    position: nominee.position,
    workplace: nominee.workplace,
  };
}

// ——— Recording a decision ———

export interface DecisionRequest {
  campaignId: string;
  roundId: string;
  awardTypeId: string;
  number: string;
  signedOn: string;
  signer: { name: string; title: string };
  citation: string;
  /** In the order asked; awarded in `order`'s. */
  nominationIds: readonly string[];
  tokenId: string;
  /** The coordinator's unit (its coordinating department), as the history shows it; null when its token names none. */
  actorUnitId: string | null;
  keyed: KeyedRequest;
  /** The server's clock when the request came. */
  at: Date;
}

/** A nomination of the request as found under lock, with its proposal's workflow state. */
export interface LockedNomination {
  /** Its place in the request's `nominationIds`. */
  index: number;
  id: string;
  proposalId: string;
  roundId: string;
  awardTypeId: string;
  nominee: ListedNomineeRow;
}

export interface LockedProposal {
  id: string;
  state: WorkflowState;
  /** The request's nominations in this proposal. */
  named: LockedNomination[];
}

/** Why a decision was refused before `decide` was asked (which throws its own refusals). */
export type DecisionRefusal = { refusal: 'keyReused' } | { refusal: 'numberTaken' };

export type DecisionOutcome = { ok: true; decisionId: string; replayed: boolean } | ({ ok: false } & DecisionRefusal);

class Refused extends Error {
  constructor(readonly outcome: DecisionRefusal) {
    super(outcome.refusal);
  }
}

/**
 * Records a decision in one transaction: its row, an award per nomination
 * (in the order `order` gives), each nomination `awarded`, each proposal's
 * version moved on with a history entry per nomination. `decide` is given
 * every proposal concerned, locked, with its workflow state and the
 * nominations named in it (and the places in the request of ids that are
 * no nomination), and throws to refuse: the transaction then writes nothing. The campaign's decisions are recorded one at a time (an
 * advisory lock), so a number is checked and taken by one writer, and a
 * retried request finds its key before anything else.
 */
export function recordDecision(
  db: Database,
  request: DecisionRequest,
  decide: (proposals: LockedProposal[], missing: number[]) => void,
  order: (nominations: LockedNomination[]) => LockedNomination[],
): Promise<DecisionOutcome> {
  return onceForKey(db, request.keyed.key, async () => {
    try {
      const result = await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`decision:${request.campaignId}`]);
        const seen = await seenKey<{ decisionId: string }>(tx, request.keyed);
        if (seen?.outcome === 'keyReused') throw new Refused({ refusal: 'keyReused' });
        if (seen) return { decisionId: seen.body.decisionId, replayed: true };
        const taken = await tx.query('SELECT 1 FROM award_decisions WHERE campaign_id = $1 AND number = $2', [request.campaignId, request.number]);
        if (taken.rows.length > 0) throw new Refused({ refusal: 'numberTaken' });

        const found = await tx.query<{ id: string; proposal_id: string; nominee: ListedNomineeRow }>(
          `SELECT n.id, n.proposal_id, n.nominee - 'dateOfBirth' AS nominee FROM nominations n WHERE n.id = ANY($1::uuid[])`,
          [request.nominationIds],
        );
        const byId = new Map(found.rows.map((r) => [r.id, r]));
        const proposalIds = [...new Set(found.rows.map((r) => r.proposal_id))].sort();
        // Proposals locked in one order, so two decisions over the same proposals cannot deadlock.
        const proposals = await tx.query<{ id: string; status: ProposalStatus; proposing_unit_id: string; round_id: string; award_type_id: string }>(
          `SELECT id, status, proposing_unit_id, round_id, award_type_id FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          [proposalIds],
        );
        const members = await tx.query<{ id: string; proposal_id: string; status: NominationStatus }>(
          `SELECT id, proposal_id, status FROM nominations WHERE proposal_id = ANY($1::uuid[]) ORDER BY position, created_at`,
          [proposalIds],
        );
        const missing: number[] = [];
        const named: LockedNomination[] = [];
        const proposalRows = new Map(proposals.rows.map((p) => [p.id, p]));
        request.nominationIds.forEach((id, index) => {
          const row = byId.get(id);
          const proposal = row && proposalRows.get(row.proposal_id);
          if (!row || !proposal) missing.push(index);
          else named.push({ index, id, proposalId: proposal.id, roundId: proposal.round_id, awardTypeId: proposal.award_type_id, nominee: row.nominee });
        });
        const locked: LockedProposal[] = proposals.rows.map((p) => ({
          id: p.id,
          state: {
            status: p.status,
            proposingUnitId: p.proposing_unit_id,
            nominations: members.rows.filter((m) => m.proposal_id === p.id).map((m) => ({ id: m.id, status: m.status })),
          },
          named: named.filter((n) => n.proposalId === p.id),
        }));
        decide(locked, missing);

        const decisionId = randomUUID();
        await tx.query(
          `INSERT INTO award_decisions (id, campaign_id, round_id, award_type_id, number, signed_on, signer, citation, recorded_by, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6::date, $7::jsonb, $8, $9, $10)`,
          [decisionId, request.campaignId, request.roundId, request.awardTypeId, request.number, request.signedOn, JSON.stringify(request.signer), request.citation, request.tokenId, request.at],
        );
        const units = new Map(proposals.rows.map((p) => [p.id, p.proposing_unit_id]));
        const unitNames = await tx.query<{ id: string; name: LocalizedText }>('SELECT id, name FROM organisation_units WHERE id = ANY($1::text[])', [[...new Set(units.values())]]);
        const unitName = new Map(unitNames.rows.map((u) => [u.id, u.name.vi]));
        const ordered = order(named);
        const awardee = ordered.map((n) => awardeeOf(n.nominee));
        await tx.query(
          `INSERT INTO awards (id, decision_id, position, nomination_id, proposal_id, campaign_id, round_id, award_type_id, proposing_unit_id, awardee, search_text)
           SELECT v.id, $1, v.position, v.nomination_id, v.proposal_id, $2, $3, $4, v.unit_id, v.awardee, v.search_text
             FROM unnest($5::uuid[], $6::int[], $7::uuid[], $8::uuid[], $9::text[], $10::jsonb[], $11::text[])
               AS v (id, position, nomination_id, proposal_id, unit_id, awardee, search_text)`,
          [
            decisionId,
            request.campaignId,
            request.roundId,
            request.awardTypeId,
            ordered.map(() => randomUUID()),
            ordered.map((_, i) => i + 1),
            ordered.map((n) => n.id),
            ordered.map((n) => n.proposalId),
            ordered.map((n) => units.get(n.proposalId)!),
            awardee.map((a) => JSON.stringify(a)),
            ordered.map((n, i) => {
              const a = awardee[i]!;
              return foldForSearch([a.name, a.type === 'individual' ? `${a.position} ${a.workplace}` : '', unitName.get(units.get(n.proposalId)!) ?? ''].join(' '));
            }),
          ],
        );
        // As `applyAction` leaves them: awarded, with the decision on each (the proposing unit reads it in its proposal).
        const onNomination = { number: request.number, signedOn: request.signedOn, signer: request.signer };
        await tx.query(`UPDATE nominations SET status = 'awarded', decision = $2::jsonb, updated_at = $3 WHERE id = ANY($1::uuid[])`, [
          ordered.map((n) => n.id),
          JSON.stringify(onNomination),
          request.at,
        ]);
        for (const proposal of locked) {
          const version = await nextVersion(tx, proposal.id, request.at);
          for (const n of proposal.named)
            await record(tx, {
              proposalId: proposal.id,
              nominationId: n.id,
              tokenId: request.tokenId,
              actor: { role: 'coordinator', unitId: request.actorUnitId },
              action: 'decisionRecorded',
              from: proposal.state.status,
              to: proposal.state.status,
              fields: ['nominations'],
              version,
              at: request.at,
            });
        }
        await rememberKey(tx, request.keyed, 201, { decisionId }, request.at);
        return { decisionId, replayed: false };
      });
      return { ok: true as const, ...result };
    } catch (error) {
      if (error instanceof Refused) return { ok: false as const, ...error.outcome };
      throw error;
    }
  });
}

// ——— Decisions ———

const AWARD_COLUMNS = `a.id, a.nomination_id, a.proposal_id, a.awardee, a.position, a.campaign_id, a.round_id, ${ROUND_TITLE('a')} AS round_title,
  a.award_type_id, t.definition->>'code' AS award_code, t.definition->'title' AS award_title,
  u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind,
  d.id AS decision_id, d.number AS decision_number, ${DATE('d.signed_on')} AS signed_on`;
const AWARD_JOINS = `awards a JOIN award_decisions d ON d.id = a.decision_id JOIN award_types t ON t.id = a.award_type_id
  JOIN organisation_units u ON u.id = a.proposing_unit_id`;

interface AwardRow extends RefColumns {
  id: string;
  nomination_id: string;
  proposal_id: string;
  awardee: Awardee;
  position: number;
  campaign_id: string;
  decision_id: string;
  decision_number: string;
  signed_on: string;
}

/** A decision with its awards in their order; undefined when there is none with this id. */
export async function findDecision(db: Queryable, decisionId: string): Promise<Decision | undefined> {
  const { rows } = await db.query<
    RoundAwardColumns & {
      id: string;
      campaign_id: string;
      number: string;
      signed_on: string;
      signer: { name: string; title: string };
      citation: string;
      recorded_at: string;
    }
  >(
    `SELECT d.id, d.campaign_id, d.round_id, ${ROUND_TITLE('d')} AS round_title, d.award_type_id, t.definition->>'code' AS award_code, t.definition->'title' AS award_title,
        d.number, ${DATE('d.signed_on')} AS signed_on, d.signer, d.citation, ${INSTANT('d.recorded_at')} AS recorded_at
       FROM award_decisions d JOIN award_types t ON t.id = d.award_type_id WHERE d.id = $1`,
    [decisionId],
  );
  const d = rows[0];
  if (!d) return undefined;
  const awards = await db.query<AwardRow & { reference: string | null }>(
    `SELECT ${AWARD_COLUMNS}, n.reference FROM ${AWARD_JOINS} JOIN nominations n ON n.id = a.nomination_id WHERE a.decision_id = $1 ORDER BY a.position`,
    [decisionId],
  );
  return {
    id: d.id,
    campaignId: d.campaign_id,
    ...roundAwardOf(d),
    number: d.number,
    signedOn: d.signed_on,
    signer: d.signer,
    citation: d.citation,
    recordedAt: d.recorded_at,
    awards: awards.rows.map(
      (a): DecisionAward => ({
        id: a.id,
        nominationId: a.nomination_id,
        reference: a.reference,
        proposalId: a.proposal_id,
        proposingUnit: refs(a).proposingUnit,
        awardee: a.awardee,
      }),
    ),
  };
}

// ——— Summaries ———

interface CountColumns {
  proposed: number;
  returned: number;
  rejected: number;
  eligible: number;
  awarded: number;
  individuals_awarded: number;
  women_awarded: number;
}

export interface SummaryRowData extends CountColumns {
  award_type_id: string;
  award_code: string;
  award_title: LocalizedText;
  unit_id: string;
  unit_name: LocalizedText;
  unit_kind: OrganisationUnitKind;
}

/** Percent with one decimal, or null of nothing. */
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);

export const summaryCounts = (r: CountColumns): SummaryCounts => ({
  proposed: r.proposed,
  returned: r.returned,
  rejected: r.rejected,
  eligible: r.eligible,
  awarded: r.awarded,
  individualsAwarded: r.individuals_awarded,
  womenAwarded: r.women_awarded,
  womenShare: share(r.women_awarded, r.individuals_awarded),
});

/**
 * Counts of the nominations submitted in a campaign (one round of it, when
 * given) for the award types given, by award type and proposing unit.
 * "Returned" counts a nomination returned at least once: its own status now,
 * or a `returned` step of its proposal's history that lists it among the
 * nominations it returned. The gender is read
 * only as a count of women awarded.
 */
export async function summaryRows(db: Queryable, filter: { campaignId: string; roundId?: string | undefined; awardTypeIds: readonly string[] }): Promise<SummaryRowData[]> {
  const params: unknown[] = [filter.campaignId, filter.awardTypeIds];
  const round = filter.roundId === undefined ? '' : `AND p.round_id = $${params.push(filter.roundId)}`;
  const { rows } = await db.query<SummaryRowData>(
    `SELECT p.award_type_id, t.definition->>'code' AS award_code, t.definition->'title' AS award_title,
        u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind,
        count(*)::int AS proposed,
        count(*) FILTER (WHERE n.status = 'returned' OR EXISTS (
          SELECT 1 FROM proposal_history h, jsonb_array_elements(coalesce(h.detail->'nominations', '[]'::jsonb)) r
           WHERE h.proposal_id = p.id AND h.action = 'returned' AND r->>'nominationId' = n.id::text
        ))::int AS returned,
        count(*) FILTER (WHERE n.status = 'rejected')::int AS rejected,
        count(*) FILTER (WHERE n.status = 'eligible')::int AS eligible,
        count(*) FILTER (WHERE n.status = 'awarded')::int AS awarded,
        count(*) FILTER (WHERE n.status = 'awarded' AND n.nominee->>'type' = 'individual')::int AS individuals_awarded,
        count(*) FILTER (WHERE n.status = 'awarded' AND n.nominee->>'type' = 'individual' AND n.nominee->>'gender' = 'female')::int AS women_awarded
       FROM nominations n
       JOIN proposals p ON p.id = n.proposal_id
       JOIN award_types t ON t.id = p.award_type_id
       JOIN organisation_units u ON u.id = p.proposing_unit_id
      WHERE p.campaign_id = $1 AND p.award_type_id = ANY($2::text[]) ${round}
        AND p.submitted_at IS NOT NULL AND n.status NOT IN ('draft', 'withdrawn')
      GROUP BY p.award_type_id, t.id, u.id
      ORDER BY u.sort_key COLLATE "C", u.id`,
    params,
  );
  return rows;
}

// ——— Public awards ———

/** Filters of the public list of awards (see `AwardListQuery`). */
export interface AwardFilter {
  campaignId: string;
  roundId?: string | undefined;
  awardTypeId?: string | undefined;
  unitKind?: string | undefined;
  /** Folded words (`foldForSearch`), every one to be found. */
  words: readonly string[];
}

/** A place in the public list: newest decision first, then by decision id, then the award's place in its decision. */
export type AwardPosition = readonly [signedOn: string, decisionId: string, position: number];

const awardPublic = (r: AwardRow & { featured_id: string | null }): AwardPublic => ({
  id: r.id,
  campaignId: r.campaign_id,
  ...refs(r),
  decision: { id: r.decision_id, number: r.decision_number, signedOn: r.signed_on },
  awardee: r.awardee,
  featuredModelId: r.featured_id,
});

export async function listAwards(db: Queryable, filter: AwardFilter, page: { limit: number; after?: AwardPosition | undefined }): Promise<{ items: AwardPublic[]; next: AwardPosition | undefined }> {
  const params: unknown[] = [filter.campaignId];
  const where = ['a.campaign_id = $1'];
  if (filter.roundId !== undefined) where.push(`a.round_id = $${params.push(filter.roundId)}`);
  if (filter.awardTypeId !== undefined) where.push(`a.award_type_id = $${params.push(filter.awardTypeId)}`);
  if (filter.unitKind !== undefined) where.push(`u.kind = $${params.push(filter.unitKind)}`);
  // Each word a plain substring of the folded text; LIKE's own wildcards in a word are matched as themselves.
  for (const word of filter.words) where.push(`strpos(a.search_text, $${params.push(word)}) > 0`);
  if (page.after) {
    const [s, d, p] = [`$${params.push(page.after[0])}::date`, `$${params.push(page.after[1])}::uuid`, `$${params.push(page.after[2])}::int`];
    where.push(`(d.signed_on < ${s} OR (d.signed_on = ${s} AND (d.id > ${d} OR (d.id = ${d} AND a.position > ${p}))))`);
  }
  const limit = `$${params.push(page.limit + 1)}`;
  const { rows } = await db.query<AwardRow & { featured_id: string | null }>(
    `SELECT ${AWARD_COLUMNS}, f.id AS featured_id FROM ${AWARD_JOINS} LEFT JOIN featured_models f ON f.award_id = a.id
      WHERE ${where.join(' AND ')}
      ORDER BY d.signed_on DESC, d.id, a.position
      LIMIT ${limit}`,
    params,
  );
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown.at(-1);
  return { items: shown.map(awardPublic), next: more && last ? [last.signed_on, last.decision_id, last.position] : undefined };
}

/** One award as published, with its campaign; undefined when there is none with this id. */
export async function findAward(db: Queryable, awardId: string): Promise<AwardPublic | undefined> {
  const { rows } = await db.query<AwardRow & { featured_id: string | null }>(
    `SELECT ${AWARD_COLUMNS}, f.id AS featured_id FROM ${AWARD_JOINS} LEFT JOIN featured_models f ON f.award_id = a.id WHERE a.id = $1`,
    [awardId],
  );
  return rows[0] ? awardPublic(rows[0]) : undefined;
}

// ——— Featured models ———

const FEATURE_COLUMNS = `${AWARD_COLUMNS}, f.id AS featured_id, f.category_id, f.narrative, f.story_url, f.photo_media_type, f.photo_sha256, f.photo_alt,
  f.photo_width, f.photo_height, f.version, ${INSTANT('f.featured_at')} AS featured_at, ${INSTANT('f.updated_at')} AS updated_at`;

interface FeatureRow extends AwardRow {
  featured_id: string;
  category_id: string;
  narrative: string;
  story_url: string | null;
  photo_media_type: 'image/jpeg' | 'image/png' | 'image/webp' | null;
  photo_sha256: string | null;
  photo_alt: string | null;
  photo_width: number | null;
  photo_height: number | null;
  version: number;
  featured_at: string;
  updated_at: string;
}

/** The part of a photo's hash its address carries. */
export const photoVersion = (sha256: string) => sha256.slice(0, 16);

/** A featured model with its version (its ETag); `categories` titles its category. */
export interface StoredFeature {
  model: FeaturedModel;
  version: number;
}

function featured(r: FeatureRow, categoryTitle: (campaignId: string, id: string) => LocalizedText): StoredFeature {
  return {
    version: r.version,
    model: {
      id: r.featured_id,
      awardId: r.id,
      campaignId: r.campaign_id,
      ...refs(r),
      decision: { id: r.decision_id, number: r.decision_number, signedOn: r.signed_on },
      awardee: r.awardee,
      category: { id: r.category_id, title: categoryTitle(r.campaign_id, r.category_id) },
      narrative: r.narrative,
      storyUrl: r.story_url,
      photo:
        r.photo_sha256 && r.photo_media_type && r.photo_alt && r.photo_width && r.photo_height
          ? {
              url: `/v1/featured-models/${r.featured_id}/photo?v=${photoVersion(r.photo_sha256)}`,
              alt: r.photo_alt,
              mediaType: r.photo_media_type,
              width: r.photo_width,
              height: r.photo_height,
            }
          : null,
      featuredAt: r.featured_at,
      updatedAt: r.updated_at,
      version: r.version,
    },
  };
}

/** The categories of the campaigns given, by campaign and id, to title featured models. */
async function categoryTitles(db: Queryable, campaignIds: readonly string[]) {
  const { rows } = await db.query<{ id: string; categories: { id: string; title: LocalizedText }[] }>(
    'SELECT id, achievement_categories AS categories FROM campaigns WHERE id = ANY($1::text[])',
    [campaignIds],
  );
  const byCampaign = new Map(rows.map((r) => [r.id, new Map(r.categories.map((c) => [c.id, c.title]))]));
  // A category removed from the catalog since keeps its id as its title rather than failing the list.
  return (campaignId: string, id: string): LocalizedText => byCampaign.get(campaignId)?.get(id) ?? { vi: id };
}

export async function findFeature(db: Queryable, awardId: string): Promise<StoredFeature | undefined> {
  const { rows } = await db.query<FeatureRow>(`SELECT ${FEATURE_COLUMNS} FROM ${AWARD_JOINS} JOIN featured_models f ON f.award_id = a.id WHERE a.id = $1`, [awardId]);
  const row = rows[0];
  if (!row) return undefined;
  return featured(row, await categoryTitles(db, [row.campaign_id]));
}

export async function listFeaturedModels(db: Queryable, filter: { campaignId: string; roundId?: string | undefined; categoryId?: string | undefined }): Promise<FeaturedModel[]> {
  const params: unknown[] = [filter.campaignId];
  const where = ['a.campaign_id = $1'];
  if (filter.roundId !== undefined) where.push(`a.round_id = $${params.push(filter.roundId)}`);
  if (filter.categoryId !== undefined) where.push(`f.category_id = $${params.push(filter.categoryId)}`);
  const { rows } = await db.query<FeatureRow>(
    `SELECT ${FEATURE_COLUMNS} FROM ${AWARD_JOINS} JOIN featured_models f ON f.award_id = a.id WHERE ${where.join(' AND ')} ORDER BY f.featured_at DESC, f.seq DESC`,
    params,
  );
  const titles = await categoryTitles(db, [filter.campaignId]);
  return rows.map((r) => featured(r, titles).model);
}

export type FeatureWrite = { ok: true; stored: StoredFeature } | { ok: false; refusal: 'notFound' | 'stale' | 'notFeatured' | 'noPhoto' };

class FeatureRefused extends Error {
  constructor(readonly refusal: 'notFound' | 'stale' | 'notFeatured' | 'noPhoto') {
    super(refusal);
  }
}

async function featureWrite(db: Database, awardId: string, run: (tx: Queryable) => Promise<void>): Promise<FeatureWrite> {
  try {
    await db.transaction(run);
  } catch (error) {
    if (error instanceof FeatureRefused) return { ok: false, refusal: error.refusal };
    throw error;
  }
  const stored = await findFeature(db, awardId);
  if (!stored) throw new Error(`featured model of award ${awardId} is gone after its write`);
  return { ok: true, stored };
}

/** Locks the award's featured model (if any); refuses when there is no such award or the If-Match is stale. */
async function lockFeature(tx: Queryable, awardId: string, ifMatch: string | undefined) {
  const award = await tx.query('SELECT 1 FROM awards WHERE id = $1 FOR SHARE', [awardId]);
  if (award.rows.length === 0) throw new FeatureRefused('notFound');
  const { rows } = await tx.query<{ version: number; has_photo: boolean }>('SELECT version, photo IS NOT NULL AS has_photo FROM featured_models WHERE award_id = $1 FOR UPDATE', [awardId]);
  const row = rows[0];
  if (ifMatch !== undefined && ifMatch !== '*' && (!row || ifMatch !== `"${row.version}"`)) throw new FeatureRefused('stale');
  return row;
}

/** Features an award, or changes what its featured model says. */
export function featureAward(
  db: Database,
  awardId: string,
  input: { categoryId: string; narrative: string; storyUrl: string | null; photoAlt: string | undefined; tokenId: string; ifMatch: string; at: Date },
): Promise<FeatureWrite> {
  return featureWrite(db, awardId, async (tx) => {
    const row = await lockFeature(tx, awardId, input.ifMatch);
    if (input.photoAlt !== undefined && !row?.has_photo) throw new FeatureRefused('noPhoto');
    if (!row) {
      await tx.query(
        `INSERT INTO featured_models (id, award_id, category_id, narrative, story_url, featured_by, featured_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
        [randomUUID(), awardId, input.categoryId, input.narrative, input.storyUrl, input.tokenId, input.at],
      );
      return;
    }
    await tx.query(
      `UPDATE featured_models SET category_id = $2, narrative = $3, story_url = $4, photo_alt = coalesce($5, photo_alt),
          version = version + 1, updated_at = $6 WHERE award_id = $1`,
      [awardId, input.categoryId, input.narrative, input.storyUrl, input.photoAlt ?? null, input.at],
    );
  });
}

/** Sets (or replaces) the photo of a featured award. */
export function setFeaturePhoto(
  db: Database,
  awardId: string,
  photo: { content: Uint8Array; mediaType: string; sha256: string; alt: string; width: number; height: number; at: Date },
): Promise<FeatureWrite> {
  return featureWrite(db, awardId, async (tx) => {
    const row = await lockFeature(tx, awardId, undefined);
    if (!row) throw new FeatureRefused('notFeatured');
    await tx.query(
      `UPDATE featured_models SET photo = $2, photo_media_type = $3, photo_sha256 = $4, photo_alt = $5, photo_width = $6, photo_height = $7,
          version = version + 1, updated_at = $8 WHERE award_id = $1`,
      [awardId, photo.content, photo.mediaType, photo.sha256, photo.alt, photo.width, photo.height, photo.at],
    );
  });
}

export async function unfeatureAward(db: Database, awardId: string, ifMatch: string): Promise<{ ok: true } | { ok: false; refusal: 'notFound' | 'stale' | 'notFeatured' }> {
  try {
    await db.transaction(async (tx) => {
      const row = await lockFeature(tx, awardId, ifMatch);
      if (!row) throw new FeatureRefused('notFeatured');
      await tx.query('DELETE FROM featured_models WHERE award_id = $1', [awardId]);
    });
  } catch (error) {
    if (error instanceof FeatureRefused && error.refusal !== 'noPhoto') return { ok: false, refusal: error.refusal };
    throw error;
  }
  return { ok: true };
}

/** A featured model's photo when `version` is its hash's; undefined otherwise. */
export async function readFeaturePhoto(db: Queryable, featuredModelId: string, version: string) {
  const { rows } = await db.query<{ photo: Uint8Array; photo_media_type: string; photo_sha256: string }>(
    'SELECT photo, photo_media_type, photo_sha256 FROM featured_models WHERE id = $1 AND photo IS NOT NULL',
    [featuredModelId],
  );
  const row = rows[0];
  if (!row || photoVersion(row.photo_sha256) !== version) return undefined;
  return { content: row.photo, mediaType: row.photo_media_type, sha256: row.photo_sha256 };
}
