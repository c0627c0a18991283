import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, LocalizedText, PlainText, noControlCharacters } from './common.js';
import { CollectiveKind, RecordId, Reference } from './nomination.js';
import { OrganisationUnitKind } from './organisation-unit.js';
import { NextCursor, PAGE_SIZES, pageQuery } from './pagination.js';
import { PHOTO_LIMITS } from './photo.js';
import { AwardTypeRef, RoundRef } from './proposal-list.js';
import { AwardDecision } from './proposal-actions.js';

/*
 * The results of a round: the list the appraisers propose to the Chairman
 * (danh sách đề nghị), the decision that awards it, the summaries for the
 * final-review report, and what is published — the awardees and the
 * featured models (điển hình tiên tiến).
 *
 * Two audiences, two sets of shapes. The proposed list and the summaries are
 * internal (appraisers and the coordinator): the list is ordered by the law's
 * rule that women come first on equal standing, so it carries why an entry
 * does. What is public — `Awardee`, `AwardPublic`, `FeaturedModel` — is built
 * from a snapshot taken when the award is recorded, of the nominee's public
 * fields only: a name, a position, a workplace, a collective's kind. No date
 * of birth, gender, contact, file or comment is in a public shape, and their
 * parse drops any key they do not name.
 */

export const RoundPathParams = z.object({ roundId: Id });
export const DecisionPathParams = z.object({ decisionId: RecordId });
export const AwardPathParams = z.object({ awardId: RecordId });
export const FeaturedModelPathParams = z.object({ featuredModelId: RecordId });

/** The proposing unit as results name it, with its kind (public lists filter by it). */
export const ProposingUnitRef = z.object({ id: Id, name: LocalizedText, kind: OrganisationUnitKind });
export interface ProposingUnitRef extends z.infer<typeof ProposingUnitRef> {}

const count = z.int().check(z.minimum(0));

/** A collective as an award names it. */
export const CollectiveAwardee = z.object({
  /** A collective (tập thể). */
  type: z.literal('collective'),
  /** Its full name, as printed on the certificate. */
  name: z.string(),
  /** An agency, a unit, a locality, an enterprise, an organisation or a community digital technology team. */
  kind: CollectiveKind,
});
export interface CollectiveAwardee extends z.infer<typeof CollectiveAwardee> {}

/** A person as an award names them: no date of birth, gender or contact. */
export const IndividualAwardee = z.object({
  /** An individual (cá nhân). */
  type: z.literal('individual'),
  /** Family, middle and given names joined, as printed on the certificate. */
  name: z.string(),
  /** Họ, written first: "Nguyễn" in "Nguyễn Thị Lan". */
  familyName: z.string(),
  /** Tên đệm: "Thị" in "Nguyễn Thị Lan"; absent for a person without one. */
  middleName: z.optional(z.string()),
  /** Tên, written last: "Lan". */
  givenName: z.string(),
  /** Chức vụ: the job title. */
  position: z.string(),
  /** The workplace as written, e.g. "Phòng Kinh tế, UBND phường Kinh Bắc". */
  workplace: z.string(),
});
export interface IndividualAwardee extends z.infer<typeof IndividualAwardee> {}

/** How a decision is cited: its number and the day it was signed (`DecisionRef`, `Decision`). */
const decisionNumber = {
  /** As printed, e.g. "1234/QĐ-UBND". */
  number: z.string(),
  /** The day it was signed. */
  signedOn: IsoDate,
};

/** The Chairman's decision (quyết định khen thưởng) that made an award, as results cite it. */
export const DecisionRef = z.object({
  id: RecordId,
  ...decisionNumber,
});
export interface DecisionRef extends z.infer<typeof DecisionRef> {}

/** What a decision is of: the campaign, the round and the award type (`Decision`, and every award it makes). */
const decisionScope = {
  /** The campaign. */
  campaignId: Id,
  /** The award round (sơ kết or tổng kết). */
  round: RoundRef,
  /** The award, e.g. the Chairman's Certificate of Merit (Bằng khen). */
  awardType: AwardTypeRef,
};

/**
 * Who an award names, as it may be published: a collective's full name and
 * kind, or a person's name (the three parts and joined, as printed),
 * position and workplace.
 */
export const Awardee = z.discriminatedUnion('type', [CollectiveAwardee, IndividualAwardee]);
export type Awardee = z.infer<typeof Awardee>;

/** An award as published, by what, to whom and on whose proposal (`AwardPublic`, `FeaturedModel`). */
const awardShape = {
  ...decisionScope,
  /** The decision that made it. */
  decision: DecisionRef,
  /** Who it names: a collective, or a person's name, position and workplace. */
  awardee: Awardee,
  /** The unit that proposed it. */
  proposingUnit: ProposingUnitRef,
};

// ——— The list proposed to the Chairman ———

export const ProposedListQuery = z.object({
  /** One award type; every award type the caller appraises when absent, in catalog order. */
  awardTypeId: z.optional(Id),
});
export interface ProposedListQuery extends z.infer<typeof ProposedListQuery> {}

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ProposedListExportQuery = z.extend(ProposedListQuery, {
  /** `xlsx` (default) or `csv` (UTF-8 with a byte order mark, for Excel). */
  format: z.optional(ExportFormat),
});
export interface ProposedListExportQuery extends z.infer<typeof ProposedListExportQuery> {}

/** Why an entry comes first on equal standing (Law on Emulation and Commendation, art. 5): a woman, or a collective at least 70 % women. */
export const WomenPriorityReason = z.enum(['woman', 'womenCollective']);

/** The nominee as the internal list names it: the public fields, and for a collective the headcount and women the order reads. */
export const ProposedNominee = z.discriminatedUnion('type', [
  z.extend(CollectiveAwardee, {
    /** How many people it has, as proposed. */
    headcount: z.optional(count),
    /** How many of them are women: at least 70 % puts it first on equal standing. */
    women: z.optional(count),
  }),
  IndividualAwardee,
]);
export type ProposedNominee = z.infer<typeof ProposedNominee>;

/** One line of the proposed list: an eligible nomination of an appraised proposal (or one already awarded from it). */
export const ProposedListItem = z.object({
  /** 1, 2, … in the list's order, within its award type. */
  position: z.int().check(z.minimum(1)),
  /** The nomination listed. */
  nominationId: RecordId,
  /** Its reference, e.g. `BN2026-BK-0042-03`. */
  reference: z.nullable(Reference),
  /** `eligible` awaits the decision; `awarded` was awarded by `decision`. */
  status: z.enum(['eligible', 'awarded']),
  /** The dossier it comes from. */
  proposal: z.object({ id: RecordId, reference: z.nullable(Reference) }),
  /** The award proposed. */
  awardType: AwardTypeRef,
  /** The unit that proposed it. */
  proposingUnit: ProposingUnitRef,
  /** Who: a collective with its headcount and women, or a person. */
  nominee: ProposedNominee,
  /** Why it comes first on equal standing (a woman; a collective at least 70 % women), or null. */
  womenPriority: z.nullable(WomenPriorityReason),
  /** The fields of achievement it cites. */
  achievementCategoryIds: z.array(Id),
  /** The proposer's summary of the achievement, as submitted. */
  summary: z.nullable(z.string()),
  /** The decision that awarded it, once `awarded`; null before. */
  decision: z.nullable(DecisionRef),
});
export interface ProposedListItem extends z.infer<typeof ProposedListItem> {}

export const ProposedListCounts = z.object({
  total: count,
  collectives: count,
  individuals: count,
  /** Individuals who are women, and collectives at least 70 % women. */
  women: count,
  womenCollectives: count,
  eligible: count,
  awarded: count,
});
export interface ProposedListCounts extends z.infer<typeof ProposedListCounts> {}

/**
 * The list proposed to the Chairman for a round: by award type (catalog
 * order), then collectives before individuals, then — all being of equal
 * standing — women and collectives at least 70 % women first, then by
 * Vietnamese name order (`orderProposedList`).
 */
export const ProposedList = z.object({
  /** The campaign. */
  campaignId: Id,
  /** The award round the list is for. */
  round: RoundRef,
  /** The award types listed, in the items' order. */
  awardTypes: z.array(AwardTypeRef),
  /** The list, by award type, in the order proposed (see `orderProposedList`). */
  items: z.array(ProposedListItem),
  /** Totals over the list. */
  counts: ProposedListCounts,
});
export interface ProposedList extends z.infer<typeof ProposedList> {}

// ——— The decision ———

/** A decision's citation line when none is given: "for outstanding achievement in the movement …". */
export const CITATION_MAX = 500;

export const DecisionInput = z.object({
  /** The decision as signed: its number, date and signer. */
  decision: AwardDecision,
  /** The award the decision grants; every nomination must be proposed for it in this round. */
  awardTypeId: Id,
  /** Eligible nominations of appraised proposals of this round; all are awarded, or none. */
  nominationIds: z.array(RecordId).check(
    z.refine((ids) => ids.length > 0, { params: { messageKey: 'decisionNominationsRequired' } }),
    z.refine((ids) => new Set(ids).size === ids.length, { params: { messageKey: 'duplicateItems' } }),
    z.maxLength(1000),
  ),
  /**
   * The line printed under the awardee's name ("Đã có thành tích xuất sắc
   * trong …"), as the decision words it; when absent, one naming the campaign.
   */
  citation: z.optional(PlainText(CITATION_MAX, { multiline: false })),
});
export interface DecisionInput extends z.infer<typeof DecisionInput> {}

/** One award a decision made, as the coordinator sees it. */
export const DecisionAward = z.object({
  /** The award's id (`awardId` of the feature routes). */
  id: RecordId,
  /** The nomination awarded. */
  nominationId: RecordId,
  /** Its reference. */
  reference: z.nullable(Reference),
  /** The dossier it came from. */
  proposalId: RecordId,
  /** The unit that proposed it. */
  proposingUnit: ProposingUnitRef,
  /** Who the award names, as printed and published. */
  awardee: Awardee,
});
export interface DecisionAward extends z.infer<typeof DecisionAward> {}

export const Decision = z.object({
  /** The decision's id in the API's routes (`decisionId`). */
  id: RecordId,
  ...decisionScope,
  ...decisionNumber,
  /** Who signed it, with their title (e.g. the Chairman of the Provincial People's Committee). */
  signer: z.object({ name: z.string(), title: z.string() }),
  /** What the awards are for, as printed on each certificate. */
  citation: z.string(),
  /** When it was recorded. */
  recordedAt: IsoDateTime,
  /** In the order of the proposed list. */
  awards: z.array(DecisionAward),
});
export interface Decision extends z.infer<typeof Decision> {}

/** Printer calibration for certificates: the whole layout shifted by a few millimetres, as a printer feeds its paper. */
export const CertificatesQuery = z.object({
  /** Millimetres to the right (negative: to the left), −30 to 30. */
  offsetX: z.optional(z.coerce.number().check(z.gte(-30), z.lte(30))),
  /** Millimetres down (negative: up), −30 to 30. */
  offsetY: z.optional(z.coerce.number().check(z.gte(-30), z.lte(30))),
});
export interface CertificatesQuery extends z.infer<typeof CertificatesQuery> {}

/** An HTML document served inline under a strict Content-Security-Policy (printouts). */
export const HtmlDocument = z.string();

// ——— Summaries ———

export const SummaryExportQuery = z.object({ format: z.optional(ExportFormat) });

/** Counts of nominations at each outcome, for the final-review (tổng kết) report. */
export const SummaryCounts = z.object({
  /** Nominations submitted (not withdrawn). */
  proposed: count,
  /** Returned for completion at least once. */
  returned: count,
  /** Found not eligible. */
  rejected: count,
  /** Eligible, awaiting the decision. */
  eligible: count,
  /** Awarded by a decision. */
  awarded: count,
  /** Individuals awarded, and how many of them are women. */
  individualsAwarded: count,
  womenAwarded: count,
  /** `womenAwarded` of `individualsAwarded` in percent, one decimal; null when no individual was awarded. */
  womenShare: z.nullable(z.number()),
});
export interface SummaryCounts extends z.infer<typeof SummaryCounts> {}

/** The counts of one proposing unit and award type. */
export const SummaryRow = z.extend(SummaryCounts, { proposingUnit: ProposingUnitRef, awardType: AwardTypeRef });
export interface SummaryRow extends z.infer<typeof SummaryRow> {}

/**
 * Counts for the final-review report, by proposing unit and award type: of a
 * round (`round` set) or of a whole campaign (`round` null, every round).
 */
export const CommendationSummary = z.object({
  /** The campaign. */
  campaignId: Id,
  /** The round summed up; null for the whole campaign. */
  round: z.nullable(RoundRef),
  /** By award type (catalog order), then proposing unit (Vietnamese name order). */
  rows: z.array(SummaryRow),
  /** Per award type over every unit. */
  byAwardType: z.array(z.extend(SummaryCounts, { awardType: AwardTypeRef })),
  /** Over every unit and award type. */
  totals: SummaryCounts,
});
export interface CommendationSummary extends z.infer<typeof CommendationSummary> {}

// ——— Public: awards ———

export const AwardListQuery = z.object({
  /** One award round. */
  roundId: z.optional(Id),
  /** One award type. */
  awardTypeId: z.optional(Id),
  /** The proposing unit's kind (`department`, `commune`, `ward`, …). */
  unitKind: z.optional(OrganisationUnitKind),
  /** Words of the awardee's name, position, workplace or proposing unit, with or without diacritics. */
  q: z.optional(z.string().check(z.trim(), z.maxLength(100), noControlCharacters())),
  ...pageQuery(PAGE_SIZES.awards),
});
export interface AwardListQuery extends z.infer<typeof AwardListQuery> {}

/** An award as published: no personal data (see the module's comment). */
export const AwardPublic = z.object({
  /** The award's id. */
  id: RecordId,
  ...awardShape,
  /** The featured model made of this award, if the coordinator featured it. */
  featuredModelId: z.nullable(RecordId),
});
export interface AwardPublic extends z.infer<typeof AwardPublic> {}

/** A page of a campaign's awards: newest decision first, each decision's awards in its order. */
export const AwardList = z.object({ items: z.array(AwardPublic), next: NextCursor });
export interface AwardList extends z.infer<typeof AwardList> {}

// ——— Featured models ———

export const NARRATIVE_MAX = 4000;

/** A web page only, over HTTPS: a `javascript:` or `data:` link would run or smuggle content on every portal showing it. */
export const StoryUrl = z.url({ protocol: /^https$/ });

/** What the coordinator writes to feature an award as an exemplary model (gương điển hình). */
export const FeatureInput = z.object({
  /** One of the campaign's achievement categories (`getCommendation`'s `achievementCategories`). */
  categoryId: Id,
  /** The model's story: what was achieved, with figures; plain text, paragraphs kept. */
  narrative: PlainText(NARRATIVE_MAX, { multiline: true }),
  /** The full story on the portal or the provincial newspaper. */
  storyUrl: z.optional(StoryUrl),
  /** A new text alternative for the photo already uploaded (a photo is uploaded with its own). */
  photoAlt: z.optional(PlainText(PHOTO_LIMITS.altLength)),
});
export interface FeatureInput extends z.infer<typeof FeatureInput> {}

/** The form that uploads a featured model's photo: the image and its text alternative, which is required. */
export const FeaturePhotoUpload = z.object({
  /** A JPEG, PNG or WebP image, recognised by its bytes. */
  file: z.file(),
  /** What the photo shows, for people who cannot see it. */
  alt: PlainText(PHOTO_LIMITS.altLength),
});
export interface FeaturePhotoUpload extends z.infer<typeof FeaturePhotoUpload> {}

export const FeaturedPhoto = z.object({
  /** Below the API root, with the content's hash: `/v1/featured-models/{id}/photo?v=…`, cacheable for a year. */
  url: z.string(),
  /** Its text alternative. */
  alt: z.string(),
  /** The image's type. */
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  /** In pixels. */
  width: z.int().check(z.minimum(1)),
  /** In pixels. */
  height: z.int().check(z.minimum(1)),
});
export interface FeaturedPhoto extends z.infer<typeof FeaturedPhoto> {}

/** An exemplary model as published: the award, its category, the narrative, the photo. */
export const FeaturedModel = z.object({
  /** The featured model's id. */
  id: RecordId,
  /** The award it features. */
  awardId: RecordId,
  ...awardShape,
  /** The field of achievement it is an example of. */
  category: z.object({ id: Id, title: LocalizedText }),
  /** Its story, plain text with paragraphs. */
  narrative: z.string(),
  /** The full story on the portal or a newspaper, or null. */
  storyUrl: z.nullable(z.string()),
  /** Its photo, or null before one is uploaded. */
  photo: z.nullable(FeaturedPhoto),
  /** When it was first featured. */
  featuredAt: IsoDateTime,
  /** When it last changed. */
  updatedAt: IsoDateTime,
  /**
   * Its version, as the ETag of a write answers it: an editor that read the model from the list names
   * it in If-Match, so a change made by someone else in between is refused (412), never overwritten.
   */
  version: z.int().check(z.minimum(1)),
});
export interface FeaturedModel extends z.infer<typeof FeaturedModel> {}

export const FeaturedModelQuery = z.object({ roundId: z.optional(Id), categoryId: z.optional(Id) });
export interface FeaturedModelQuery extends z.infer<typeof FeaturedModelQuery> {}

/** A campaign's featured models, most recently featured first. */
export const FeaturedModelList = z.object({ items: z.array(FeaturedModel) });
export interface FeaturedModelList extends z.infer<typeof FeaturedModelList> {}

/** What unfeaturing answers: the award is no longer featured. */
export const Unfeatured = z.object({ awardId: RecordId, featured: z.literal(false) });
export interface Unfeatured extends z.infer<typeof Unfeatured> {}

/** The photo's address names its content: `v` is the hash the list gives. */
export const FeaturedPhotoQuery = z.object({ v: z.string().check(z.regex(/^[0-9a-f]{16}$/)) });
