import { createHash } from 'node:crypto';
import {
  PAGE_SIZES,
  PHOTO_LIMITS,
  applyAction,
  foldForSearch,
  localize,
  orderProposedList,
  photoProblem,
  recognisePhoto,
  ruleIssues,
  validationMessage,
  womenPriority,
  type AwardRound,
  type AwardType,
  type CommendationSummary,
  type ExportFormat,
  type FieldIssue,
  type Locale,
  type ProposedList,
  type ProposedListItem,
  type SummaryCounts,
} from '@thidua/schemas';
import type { Principal } from '../auth.js';
import { HttpError, fileTooLarge, message } from '../errors.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { invalid, keyReused, notFound, staleVersion, type AppContext, type Handlers, type RouteDeps } from '../http.js';
import { findCampaign } from '../repositories/campaigns.js';
import { requestDigest } from '../repositories/idempotency.js';
import { findAwardTypes } from '../repositories/proposals.js';
import {
  findAward,
  findDecision,
  findRound,
  featureAward,
  listAwards,
  listFeaturedModels,
  proposedNominations,
  proposedRefs,
  readFeaturePhoto,
  recordDecision,
  setFeaturePhoto,
  summaryCounts,
  summaryRows,
  unfeatureAward,
  type FeatureWrite,
  type LockedNomination,
  type StoredFeature,
} from '../repositories/results.js';
import { certificatesPrintout, proposedCells, proposedListPrintout } from '../printouts.js';
import { tableFile, type ExportCell } from '../spreadsheets.js';

/*
 * The results of a round (issue 11, part 2): the list proposed to the
 * Chairman, the decision, certificates, summaries, and what is published.
 * The order of the list is the law's (`orderProposedList`); recording a
 * decision is the workflow's `recordDecision` action (`applyAction`) applied
 * to every proposal it touches, in one transaction.
 */

/** Whether the caller sees an award type's results: the coordinator every one, an appraiser those its units appraise. */
const sees = (principal: Principal, awardType: AwardType) =>
  principal.role === 'coordinator' || awardType.appraisingUnitIds.some((id) => principal.unitIds.includes(id));

const issue = (path: (string | number)[], text: string, code: string): FieldIssue => ({ path, message: text, code });

function forbiddenAward(locale: Locale, path: (string | number)[]): HttpError {
  return new HttpError(403, 'forbidden', message(locale, 'forbidden_award_type'), [issue(path, message(locale, 'forbidden_award_type'), 'forbidden')]);
}

const exportNames = {
  list: { vi: 'danh-sach-de-nghi-khen-thuong', en: 'proposed-list' },
  summary: { vi: 'tong-hop-khen-thuong', en: 'commendation-summary' },
} as const;

const summaryHeaders = {
  vi: ['Hình thức khen thưởng', 'Đơn vị đề nghị', 'Loại đơn vị', 'Đề nghị', 'Trả lại để hoàn thiện', 'Không đủ điều kiện', 'Đủ điều kiện, chờ quyết định', 'Đã khen thưởng', 'Cá nhân được khen thưởng', 'Trong đó nữ', 'Tỷ lệ nữ (%)'],
  en: ['Award', 'Proposing unit', 'Unit kind', 'Proposed', 'Returned for completion', 'Not eligible', 'Eligible, awaiting decision', 'Awarded', 'Individuals awarded', 'Of whom women', 'Women (%)'],
} as const;

const listHeaders = {
  vi: ['STT', 'Hình thức khen thưởng', 'Tên tập thể / Họ và tên', 'Chức vụ, đơn vị công tác / Loại hình', 'Đơn vị đề nghị', 'Ưu tiên (Điều 5 Luật TĐKT)', 'Lĩnh vực thành tích', 'Tóm tắt thành tích', 'Mã hồ sơ', 'Tình trạng'],
  en: ['No.', 'Award', 'Collective / Name', 'Position and workplace / Kind', 'Proposing unit', 'Priority (Law on Emulation and Commendation, art. 5)', 'Achievement categories', 'Achievement summary', 'Reference', 'Status'],
} as const;

const totalWord = { vi: 'Tổng cộng', en: 'Total' } as const;

const UNIT_KIND_TITLES: Record<string, { vi: string; en: string }> = {
  province: { vi: 'Tỉnh', en: 'Province' },
  department: { vi: 'Sở, ban, ngành', en: 'Department' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Xã', en: 'Commune' },
  ward: { vi: 'Phường', en: 'Ward' },
  enterprise: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  organisation: { vi: 'Tổ chức', en: 'Organisation' },
  communityTeam: { vi: 'Tổ Công nghệ số cộng đồng', en: 'Community digital technology team' },
};

const zero = (): SummaryCounts => ({ proposed: 0, returned: 0, rejected: 0, eligible: 0, awarded: 0, individualsAwarded: 0, womenAwarded: 0, womenShare: null });

/** Counts added up, the women's share worked out again from the sums. */
function sum(items: readonly SummaryCounts[]): SummaryCounts {
  const total = zero();
  for (const c of items) {
    total.proposed += c.proposed;
    total.returned += c.returned;
    total.rejected += c.rejected;
    total.eligible += c.eligible;
    total.awarded += c.awarded;
    total.individualsAwarded += c.individualsAwarded;
    total.womenAwarded += c.womenAwarded;
  }
  total.womenShare = total.individualsAwarded === 0 ? null : Math.round((total.womenAwarded * 1000) / total.individualsAwarded) / 10;
  return total;
}

export function resultHandlers({ db, today, now }: RouteDeps) {
  async function roundOf(roundId: string, locale: Locale): Promise<{ campaignId: string; round: AwardRound }> {
    const found = await findRound(db, roundId);
    if (!found) throw notFound(locale, 'round_not_found', ['path', 'roundId']);
    return found;
  }

  /**
   * The award types of the round the caller sees, in catalog order; with
   * `asked`, that one alone (404 when the round does not give it, 403 when
   * the caller does not appraise it).
   */
  async function awardTypesOf(ids: readonly string[], principal: Principal, asked: string | undefined, locale: Locale, path: (string | number)[]): Promise<AwardType[]> {
    const types = await findAwardTypes(db, [...new Set(ids)]);
    if (asked === undefined) {
      const seen = types.filter((t) => sees(principal, t));
      // An appraiser of a unit that appraises none of them has no business here (rather than an empty list).
      if (seen.length === 0 && types.length > 0) throw forbiddenAward(locale, path);
      return seen;
    }
    const one = types.find((t) => t.id === asked);
    if (!one) throw notFound(locale, 'award_type_not_in_round', path);
    if (!sees(principal, one)) throw forbiddenAward(locale, path);
    return [one];
  }

  async function proposedList(roundId: string, awardTypeId: string | undefined, principal: Principal, locale: Locale): Promise<ProposedList> {
    const { campaignId, round } = await roundOf(roundId, locale);
    const types = await awardTypesOf(round.awardTypeIds ?? [], principal, awardTypeId, locale, ['query', 'awardTypeId']);
    const rows = await proposedNominations(db, roundId, types.map((t) => t.id));
    const items: ProposedListItem[] = [];
    for (const type of types) {
      const ordered = orderProposedList(rows.filter((r) => r.award_type_id === type.id).map((row) => ({ nominee: row.nominee, row })));
      ordered.forEach(({ row }, i) => {
        const n = row.nominee;
        const priority = womenPriority(n);
        items.push({
          position: i + 1,
          nominationId: row.nomination_id,
          reference: row.reference,
          status: row.status,
          proposal: { id: row.proposal_id, reference: row.proposal_reference },
          ...proposedRefs(row),
          nominee:
            n.type === 'collective'
              ? { type: 'collective', name: n.name, kind: n.kind, ...(n.headcount === undefined ? {} : { headcount: n.headcount }), ...(n.women === undefined ? {} : { women: n.women }) }
              : {
                  type: 'individual',
                  name: [n.familyName, n.middleName?.trim() || undefined, n.givenName].filter(Boolean).join(' '),
                  familyName: n.familyName,
                  ...(n.middleName?.trim() ? { middleName: n.middleName.trim() } : {}),
                  givenName: n.givenName,
                  position: n.position,
                  workplace: n.workplace,
                },
          womenPriority: priority ?? null,
          achievementCategoryIds: row.categories,
          summary: row.summary,
          decision: row.decision_id && row.decision_number && row.signed_on ? { id: row.decision_id, number: row.decision_number, signedOn: row.signed_on } : null,
        });
      });
    }
    const count = (p: (i: ProposedListItem) => boolean) => items.filter(p).length;
    return {
      campaignId,
      round: { id: round.id, title: round.title },
      awardTypes: types.map((t) => ({ id: t.id, code: t.code, title: t.title })),
      items,
      counts: {
        total: items.length,
        collectives: count((i) => i.nominee.type === 'collective'),
        individuals: count((i) => i.nominee.type === 'individual'),
        women: count((i) => i.womenPriority === 'woman'),
        womenCollectives: count((i) => i.womenPriority === 'womenCollective'),
        eligible: count((i) => i.status === 'eligible'),
        awarded: count((i) => i.status === 'awarded'),
      },
    };
  }

  async function summary(campaignId: string, round: AwardRound | undefined, awardTypeIds: readonly string[], principal: Principal, locale: Locale): Promise<CommendationSummary> {
    const types = await awardTypesOf(awardTypeIds, principal, undefined, locale, []);
    const rows = await summaryRows(db, { campaignId, roundId: round?.id, awardTypeIds: types.map((t) => t.id) });
    const ref = (t: AwardType) => ({ id: t.id, code: t.code, title: t.title });
    const byType = types.map((t) => ({
      type: t,
      rows: rows
        .filter((r) => r.award_type_id === t.id)
        .map((r) => ({ ...summaryCounts(r), proposingUnit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind }, awardType: ref(t) })),
    }));
    const all = byType.flatMap((b) => b.rows);
    return {
      campaignId,
      round: round ? { id: round.id, title: round.title } : null,
      rows: all,
      byAwardType: byType.map((b) => ({ ...sum(b.rows), awardType: ref(b.type) })),
      totals: sum(all),
    };
  }

  async function campaignSummary(campaignId: string, principal: Principal, locale: Locale) {
    const campaign = await findCampaign(db, campaignId);
    if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
    return summary(campaign.id, undefined, campaign.rounds.flatMap((r) => r.awardTypeIds ?? []), principal, locale);
  }

  function summaryFile(s: CommendationSummary, format: ExportFormat, locale: Locale, scope: string): Promise<File> {
    const l = locale;
    const counts = (c: SummaryCounts): ExportCell[] => [c.proposed, c.returned, c.rejected, c.eligible, c.awarded, c.individualsAwarded, c.womenAwarded, c.womenShare];
    const rows: ExportCell[][] = [
      ...s.rows.map((r) => [localize(r.awardType.title, locale), localize(r.proposingUnit.name, locale), UNIT_KIND_TITLES[r.proposingUnit.kind]?.[l] ?? r.proposingUnit.kind, ...counts(r)]),
      ...s.byAwardType.map((b) => [localize(b.awardType.title, locale), totalWord[l], null, ...counts(b)]),
      [totalWord[l], null, null, ...counts(s.totals)],
    ];
    return tableFile(format, `${exportNames.summary[l]}-${scope}`, exportNames.summary[l], summaryHeaders[l], rows, [40, 40, 18, 10, 12, 12, 14, 12, 14, 10, 10]);
  }

  function featureAnswer(c: AppContext, stored: StoredFeature) {
    c.header('ETag', `"${stored.version}"`);
    return stored.model;
  }

  function settleFeature(result: FeatureWrite, c: AppContext, locale: Locale) {
    if (result.ok) return featureAnswer(c, result.stored);
    switch (result.refusal) {
      case 'notFound':
        throw notFound(locale, 'award_not_found', ['path', 'awardId']);
      case 'stale':
        throw staleVersion(locale, 'feature_changed');
      case 'notFeatured':
        throw new HttpError(409, 'conflict', message(locale, 'feature_first'));
      case 'noPhoto':
        throw new HttpError(409, 'conflict', message(locale, 'feature_no_photo'), [issue(['body', 'photoAlt'], message(locale, 'feature_no_photo'), 'conflict')]);
    }
  }

  function photoRefused(status: 400 | 413 | 415, locale: Locale, text: string, code: string): HttpError {
    return new HttpError(status, status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'validation_failed', text, [issue(['body', 'file'], text, code)]);
  }

  return {
    async getProposedList({ params, query, principal, locale }) {
      return proposedList(params.roundId, query.awardTypeId, principal, locale);
    },

    async exportProposedList({ params, query, principal, locale }) {
      const list = await proposedList(params.roundId, query.awardTypeId, principal, locale);
      const l = locale;
      const campaign = await findCampaign(db, list.campaignId);
      const categories = new Map((campaign?.achievementCategories ?? []).map((c) => [c.id, localize(c.title, locale)]));
      const rows = list.items.map((item): ExportCell[] => {
        const cells = proposedCells(item, locale);
        return [
          item.position,
          localize(item.awardType.title, locale),
          cells.name,
          cells.detail,
          cells.unit,
          cells.priority,
          item.achievementCategoryIds.map((id) => categories.get(id) ?? id).join('; '),
          cells.summary,
          cells.reference,
          cells.status,
        ];
      });
      return tableFile(query.format ?? 'xlsx', `${exportNames.list[l]}-${list.round.id}`, exportNames.list[l], listHeaders[l], rows, [6, 30, 36, 40, 30, 18, 30, 60, 20, 24]);
    },

    async printProposedList({ params, query, principal, locale }) {
      return proposedListPrintout(await proposedList(params.roundId, query.awardTypeId, principal, locale), locale, today());
    },

    async recordDecision({ params, headers, body, principal, locale, c }) {
      const { campaignId, round } = await roundOf(params.roundId, locale);
      if (!(round.awardTypeIds ?? []).includes(body.awardTypeId))
        throw invalid(locale, ['body', 'awardTypeId'], message(locale, 'award_type_not_in_round'), 'not_found');
      const campaign = await findCampaign(db, campaignId);
      const citation = body.citation ?? `Đã có thành tích xuất sắc trong phong trào thi đua “${campaign?.title.vi ?? ''}”`;
      const decide = (proposals: { id: string; state: Parameters<typeof applyAction>[0]; named: LockedNomination[] }[], missing: number[]) => {
        const wrong: FieldIssue[] = missing.map((i) => issue(['body', 'nominationIds', i], message(locale, 'decision_nomination_unknown'), 'not_found'));
        const conflicts: FieldIssue[] = [];
        for (const proposal of proposals) {
          const elsewhere = proposal.named.filter((n) => n.roundId !== round.id || n.awardTypeId !== body.awardTypeId);
          for (const n of elsewhere) wrong.push(issue(['body', 'nominationIds', n.index], message(locale, 'decision_nomination_elsewhere'), 'invalid_value'));
          if (elsewhere.length > 0) continue;
          const result = applyAction(
            proposal.state,
            { type: 'recordDecision', decision: body.decision, nominationIds: proposal.named.map((n) => n.id) },
            { role: principal.role, unitId: principal.unitIds[0] ?? '' },
          );
          if (result.ok) continue;
          // A problem of the proposal as a whole (not appraised yet) is every one of its nominations'.
          for (const problem of ruleIssues(result.refusal.problems, locale)) {
            const at = problem.path[0] === 'nominationIds' ? [proposal.named[problem.path[1] as number]!.index] : proposal.named.map((n) => n.index);
            for (const index of at) (result.refusal.code === 'invalid' ? wrong : conflicts).push({ ...problem, path: ['body', 'nominationIds', index] });
          }
        }
        const byPlace = (a: FieldIssue, b: FieldIssue) => (a.path[2] as number) - (b.path[2] as number);
        if (wrong.length > 0) throw new HttpError(400, 'validation_failed', message(locale, 'validation_failed'), wrong.sort(byPlace));
        if (conflicts.length > 0) throw new HttpError(409, 'conflict', conflicts[0]!.message, conflicts.sort(byPlace));
      };
      const result = await recordDecision(
        db,
        {
          campaignId,
          roundId: round.id,
          awardTypeId: body.awardTypeId,
          number: body.decision.number,
          signedOn: body.decision.signedOn,
          signer: body.decision.signer,
          citation,
          nominationIds: body.nominationIds,
          tokenId: principal.tokenId,
          actorUnitId: principal.unitIds[0] ?? null,
          keyed: { tokenId: principal.tokenId, key: headers['Idempotency-Key'], hash: requestDigest({ operation: 'recordDecision', roundId: round.id, ...body }) },
          at: now(),
        },
        decide,
        (named) => orderProposedList(named),
      );
      if (!result.ok) {
        if (result.refusal === 'keyReused')
          throw keyReused(locale);
        throw new HttpError(409, 'conflict', message(locale, 'decision_number_taken'), [issue(['body', 'decision', 'number'], message(locale, 'decision_number_taken'), 'conflict')]);
      }
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      c.header('Location', `/v1/decisions/${result.decisionId}`);
      const decision = await findDecision(db, result.decisionId);
      if (!decision) throw new Error(`decision ${result.decisionId} of an Idempotency-Key is gone`);
      return decision;
    },

    async getDecision({ params, principal, locale }) {
      const decision = await findDecision(db, params.decisionId);
      const [type] = decision ? await findAwardTypes(db, [decision.awardType.id]) : [];
      if (!decision || !type || !sees(principal, type)) throw notFound(locale, 'decision_not_found', ['path', 'decisionId']);
      return decision;
    },

    async printCertificates({ params, query, principal, locale }) {
      const decision = await findDecision(db, params.decisionId);
      const [type] = decision ? await findAwardTypes(db, [decision.awardType.id]) : [];
      if (!decision || !type || !sees(principal, type)) throw notFound(locale, 'decision_not_found', ['path', 'decisionId']);
      return certificatesPrintout(decision, type, { x: query.offsetX ?? 0, y: query.offsetY ?? 0 });
    },

    async getRoundSummary({ params, principal, locale }) {
      const { campaignId, round } = await roundOf(params.roundId, locale);
      return summary(campaignId, round, round.awardTypeIds ?? [], principal, locale);
    },

    async exportRoundSummary({ params, query, principal, locale }) {
      const { campaignId, round } = await roundOf(params.roundId, locale);
      return summaryFile(await summary(campaignId, round, round.awardTypeIds ?? [], principal, locale), query.format ?? 'xlsx', locale, round.id);
    },

    async getCampaignSummary({ params, principal, locale }) {
      return campaignSummary(params.campaignId, principal, locale);
    },

    async exportCampaignSummary({ params, query, principal, locale }) {
      return summaryFile(await campaignSummary(params.campaignId, principal, locale), query.format ?? 'xlsx', locale, params.campaignId);
    },

    async listAwards({ params, query, locale }) {
      const campaign = await findCampaign(db, params.campaignId);
      if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
      const after = decodeCursor('awards', query.cursor, ['s', 'u', 'n'], locale);
      // A forged date must not reach the `::date` cast: the cursor holds a real day or it is refused.
      const realDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
      if (after && !realDay(after[0])) throw invalid(locale, ['query', 'cursor'], validationMessage(locale, 'cursor'), 'invalid_cursor');
      const words = foldForSearch(query.q ?? '').split(' ').filter(Boolean);
      const { items, next } = await listAwards(
        db,
        { campaignId: campaign.id, roundId: query.roundId, awardTypeId: query.awardTypeId, unitKind: query.unitKind, words },
        { limit: query.limit ?? PAGE_SIZES.awards.default, after },
      );
      return { items, next: next ? encodeCursor('awards', next) : null };
    },

    async listFeaturedModels({ params, query, locale }) {
      const campaign = await findCampaign(db, params.campaignId);
      if (!campaign) throw notFound(locale, 'campaign_not_found', ['path', 'campaignId']);
      return { items: await listFeaturedModels(db, { campaignId: campaign.id, roundId: query.roundId, categoryId: query.categoryId }) };
    },

    async getFeaturedModelPhoto({ params, query, locale }) {
      const photo = await readFeaturePhoto(db, params.featuredModelId, query.v);
      if (!photo) throw notFound(locale, 'photo_not_found', ['path', 'featuredModelId']);
      const extension = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }[photo.mediaType] ?? 'img';
      return new File([photo.content as Uint8Array<ArrayBuffer>], `${query.v}.${extension}`, { type: photo.mediaType });
    },

    async featureAward({ params, headers, body, principal, locale, c }) {
      const award = await findAward(db, params.awardId);
      if (!award) throw notFound(locale, 'award_not_found', ['path', 'awardId']);
      const campaign = await findCampaign(db, award.campaignId);
      if (!campaign?.achievementCategories.some((cat) => cat.id === body.categoryId))
        throw invalid(locale, ['body', 'categoryId'], message(locale, 'feature_category_unknown'), 'not_found');
      const result = await featureAward(db, params.awardId, {
        categoryId: body.categoryId,
        narrative: body.narrative,
        storyUrl: body.storyUrl ?? null,
        photoAlt: body.photoAlt,
        tokenId: principal.tokenId,
        ifMatch: headers['If-Match'],
        at: now(),
      });
      return settleFeature(result, c, locale);
    },

    async uploadFeaturePhoto({ params, body, locale, c }) {
      const content = new Uint8Array(await body.file.arrayBuffer());
      const problem = photoProblem(content);
      if (problem === 'empty') throw photoRefused(400, locale, message(locale, 'file_empty'), 'empty');
      if (problem === 'tooLarge') throw photoRefused(413, locale, fileTooLarge(locale, PHOTO_LIMITS.fileBytes), 'too_big');
      if (problem === 'unsupportedType') throw photoRefused(415, locale, message(locale, 'photo_type_unsupported'), 'unsupported_type');
      if (problem === 'tooManyPixels') throw photoRefused(400, locale, message(locale, 'photo_too_many_pixels'), 'too_big');
      const photo = recognisePhoto(content)!;
      const result = await setFeaturePhoto(db, params.awardId, {
        content,
        mediaType: photo.mediaType,
        sha256: createHash('sha256').update(content).digest('hex'),
        alt: body.alt,
        width: photo.width,
        height: photo.height,
        at: now(),
      });
      if (!result.ok && result.refusal === 'notFound') throw notFound(locale, 'award_not_found', ['path', 'awardId']);
      return settleFeature(result, c, locale);
    },

    async unfeatureAward({ params, headers, locale }) {
      const result = await unfeatureAward(db, params.awardId, headers['If-Match']);
      if (result.ok) return { awardId: params.awardId, featured: false as const };
      if (result.refusal === 'stale')
        throw staleVersion(locale, 'feature_changed');
      throw notFound(locale, result.refusal === 'notFound' ? 'award_not_found' : 'feature_not_found', ['path', 'awardId']);
    },
  } satisfies Partial<Handlers>;
}

