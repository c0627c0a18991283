import * as z from 'zod/mini';
import { NominationFileKind, ProposalFileKind } from './award.js';
import { EVIDENCE_MEDIA_TYPES } from './evidence.js';
import { Id, IsoDate, IsoDateTime, PlainText, noControlCharacters } from './common.js';
import { NOMINATION_STATUSES, PROPOSAL_STATUSES } from './proposal-workflow.js';
import { AwardDecisionRecord, DossierComment, HistoryEntry } from './dossier-history.js';

/*
 * A proposal (hồ sơ đề nghị khen thưởng) and its nominations, as the
 * procedure works: one proposing unit, one round and award type, the files
 * shared by all nominees (submission letter, council minutes) and one or more
 * nominations, each with its nominee, achievements, attested criteria and
 * its own evidence.
 *
 * The minimum the award needs is collected: no national ID number, no
 * address, no civil-servant code. Fields are split into what may ever be
 * shown publicly (the list of awardees: name, position, unit, award) and what
 * only the proposing unit and the appraisers see. Public responses are built
 * from the `…Public` schemas, whose parse drops every other key, so a personal
 * field cannot reach them by accident.
 *
 * A draft is saved section by section (the form's task list): a nomination
 * exists once its nominee is complete; achievements, criteria and files may be
 * empty until the proposal is submitted, when `proposalProblems` checks that
 * nothing is missing.
 */

// Free text refuses control characters (NUL and the like); the summary and descriptions may span lines.
const text = (max: number) => PlainText(max);
const paragraphs = (max: number) => PlainText(max, { multiline: true });

/** A list of catalog ids, each at most once. */
const idSet = (max: number) =>
  z.array(Id).check(
    z.maxLength(max),
    z.refine((ids) => new Set(ids).size === ids.length, { params: { messageKey: 'duplicateItems' } }),
  );

/** Server-generated identifiers of proposals, nominations and files. */
export const RecordId = z.uuid();

export const LENGTH_LIMITS = {
  personName: 50,
  collectiveName: 300,
  position: 200,
  workplace: 300,
  summary: 2000,
  achievementPeriod: 50,
  achievementDescription: 1000,
  achievements: 30,
  priorAwards: 20,
  categories: 20,
} as const;

/** The kinds of collective plan section II.1 names, and the community digital technology team (Tổ CNSCĐ). */
export const CollectiveKind = z.enum(['agency', 'unit', 'locality', 'enterprise', 'organisation', 'communityTeam']);
export type CollectiveKind = z.infer<typeof CollectiveKind>;

export const CollectiveNominee = z
  .object({
    /** A collective (tập thể): an agency, a unit, a locality, an enterprise, an organisation or a community digital technology team. */
    type: z.literal('collective'),
    /** As written in full on the award, e.g. "Tổ Công nghệ số cộng đồng thôn Đông, xã Tiên Du". */
    name: text(LENGTH_LIMITS.collectiveName),
    /** Which of those it is. */
    kind: CollectiveKind,
    /** The catalog unit, when the collective is one. */
    unitId: z.optional(Id),
    /** How many people it has, when the award type asks. */
    headcount: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
    /** How many of them are women (at most `headcount`): on equal standing, a collective of at least 70 % women comes first on the proposed list. */
    women: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000))),
  })
  .check(
    z.refine((c) => c.women === undefined || c.headcount === undefined || c.women <= c.headcount, {
      path: ['women'],
      params: { messageKey: 'womenAboveHeadcount' },
    }),
  );
export interface CollectiveNominee extends z.infer<typeof CollectiveNominee> {}

const PersonName = text(LENGTH_LIMITS.personName);

/** Today's date as `yyyy-mm-dd` (UTC: a day's difference is immaterial for a birth date). */
const today = () => new Date().toISOString().slice(0, 10);

/** What an awards list may show of a person: the name in its three parts, position and workplace. */
export const IndividualNomineePublic = z.object({
  /** An individual (cá nhân). */
  type: z.literal('individual'),
  /** Họ, the family name, written first in Vietnamese: "Nguyễn" in "Nguyễn Thị Lan". */
  familyName: PersonName,
  /** Empty for a person without one. */
  middleName: z.optional(z.string().check(z.trim(), z.maxLength(LENGTH_LIMITS.personName), noControlCharacters())),
  /** Tên, the given name, written last: "Lan" in "Nguyễn Thị Lan". */
  givenName: PersonName,
  /** Chức vụ: the job title, as on the award. */
  position: text(LENGTH_LIMITS.position),
  /** The workplace unit as written, e.g. "Phòng Kinh tế, UBND phường Kinh Bắc". */
  workplace: text(LENGTH_LIMITS.workplace),
  /** The catalog unit of the workplace, when it is one. */
  workplaceUnitId: z.optional(Id),
  /** A member of a community digital technology team: its own criterion applies (plan V.1.b). */
  communityTeamMember: z.optional(z.boolean()),
});

/** Personal data of an individual: the proposing unit and appraisers only, never public, never logged. */
export const IndividualNomineePersonal = z.object({
  /** As on the official achievement-report template. */
  gender: z.enum(['female', 'male']),
  /** Personal data, never public. */
  dateOfBirth: IsoDate.check(
    z.refine((d) => d >= '1900-01-01' && d <= today(), { params: { messageKey: 'dateOfBirth' } }),
  ),
});

/** A person nominated: the public fields and the personal ones (gender, date of birth), which never leave the dossier. */
export const IndividualNominee = z.extend(IndividualNomineePublic, IndividualNomineePersonal.shape);
export interface IndividualNominee extends z.infer<typeof IndividualNominee> {}

export const Nominee = z.discriminatedUnion('type', [CollectiveNominee, IndividualNominee]);
export type Nominee = z.infer<typeof Nominee>;

export const NomineePublic = z.discriminatedUnion('type', [CollectiveNominee, IndividualNomineePublic]);
export type NomineePublic = z.infer<typeof NomineePublic>;

/** One entry of an achievement report (báo cáo thành tích): a period and what was done in it. */
export const Achievement = z.object({
  /** As the report writes it: "2025", "Quý III/2025", "01/2025 – 09/2025". */
  period: text(LENGTH_LIMITS.achievementPeriod),
  /** What was done and its result, in the nominee's achievement report (báo cáo thành tích). */
  description: paragraphs(LENGTH_LIMITS.achievementDescription),
});
export interface Achievement extends z.infer<typeof Achievement> {}

/** An award the nominee received before. */
export const PriorAward = z.object({
  /** e.g. "Giấy khen của Giám đốc Sở Khoa học và Công nghệ". */
  kind: text(200),
  /** The year it was given. */
  year: z.int().check(
    z.minimum(1945),
    z.refine((y) => y <= new Date().getUTCFullYear(), { params: { messageKey: 'futureYear' } }),
  ),
  /** As printed, e.g. "1234/QĐ-UBND". */
  decisionNumber: text(50),
});
export interface PriorAward extends z.infer<typeof PriorAward> {}

/** What the proposer writes for one nominee: the body of add and edit. */
export const NominationInput = z.object({
  /** Who is nominated: a collective or an individual. */
  nominee: Nominee,
  /** Ids of the campaign's achievement categories (the plan's emulation contents). */
  achievementCategoryIds: idSet(LENGTH_LIMITS.categories),
  /** A short summary of the achievements (tóm tắt thành tích). */
  summary: z.optional(paragraphs(LENGTH_LIMITS.summary)),
  /** The achievement report (báo cáo thành tích), period by period. */
  achievements: z.array(Achievement).check(z.maxLength(LENGTH_LIMITS.achievements)),
  /** Awards the nominee received before, each with its year and decision. */
  priorAwards: z.array(PriorAward).check(z.maxLength(LENGTH_LIMITS.priorAwards)),
  /** Ids of the criteria the proposer attests the nominee meets. */
  attestedCriterionIds: idSet(50),
});
export interface NominationInput extends z.infer<typeof NominationInput> {}

/** The file types evidence may be; the server recognises them by content (`recogniseEvidence`). */
export const EvidenceMediaType = z.enum([EVIDENCE_MEDIA_TYPES.pdf, EVIDENCE_MEDIA_TYPES.docx, EVIDENCE_MEDIA_TYPES.jpeg, EVIDENCE_MEDIA_TYPES.png]);
export type EvidenceMediaType = z.infer<typeof EvidenceMediaType>;

/** An uploaded file, as a dossier lists it (its bytes are fetched separately). */
export const StoredFile = z.object({
  /** The file's id, for its download and removal routes. */
  id: RecordId,
  /** The name it was uploaded with. */
  name: text(255),
  /** Its type as recognised from its bytes (PDF, DOCX, JPEG or PNG), not as the uploader claimed. */
  mediaType: EvidenceMediaType,
  /** In bytes. */
  size: z.int().check(z.minimum(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** When it was received. */
  uploadedAt: IsoDateTime,
  /**
   * Where its bytes are downloaded, below the API root
   * (`/v1/proposals/{proposalId}/files/{fileId}`): by the proposing unit, the
   * appraisers of the award and the coordinator. Always given by the server.
   */
  href: z.optional(z.string()),
});

export const ProposalFile = z.extend(StoredFile, { kind: ProposalFileKind });
export interface ProposalFile extends z.infer<typeof ProposalFile> {}
export const NominationFile = z.extend(StoredFile, { kind: NominationFileKind });
export interface NominationFile extends z.infer<typeof NominationFile> {}

/**
 * Where a proposal is, and where each of its nominations is: the states of
 * the workflow (proposal-workflow.ts, where they are defined free of zod).
 */
export const ProposalStatus = z.enum(PROPOSAL_STATUSES);
export type ProposalStatus = z.infer<typeof ProposalStatus>;
export const NominationStatus = z.enum(NOMINATION_STATUSES);
export type NominationStatus = z.infer<typeof NominationStatus>;

/** A human reference, e.g. `BN2026-BK-0042` (proposal) or `BN2026-BK-0042-03` (its third nomination); see `formatReference`. */
export const REFERENCE_PATTERN = /^[A-Z][A-Z0-9]{1,11}-[A-Z]{2,4}-\d{4,}(-\d{2,})?$/;
export const Reference = z.string().check(z.regex(REFERENCE_PATTERN));

/** One nominee of a proposal, as the proposing unit and the appraisers read it: what was written, its files, its status. */
export const Nomination = z.extend(NominationInput, {
  id: RecordId,
  /** Given on submission. */
  reference: z.nullable(Reference),
  /** Its own status: appraisal may find one nomination of a proposal eligible and reject another. */
  status: NominationStatus,
  /** Its own evidence: the achievement report and others. */
  files: z.array(NominationFile),
  /** Why it was returned (while it is) or rejected, as the appraiser wrote it to the proposing unit. */
  reason: z.optional(z.string()),
  /** The decision that awarded it, once it is awarded. */
  decision: z.optional(AwardDecisionRecord),
});
export interface Nomination extends z.infer<typeof Nomination> {}

/** What may ever be public of a nomination: who, for what, and where it stands. */
export const NominationPublic = z.object({
  id: RecordId,
  /** Given on submission, e.g. `BN2026-BK-0042-03`; null for a draft. */
  reference: z.nullable(Reference),
  /** Where it stands: submitted, eligible, rejected, awarded… */
  status: NominationStatus,
  /** Who, without personal data (no date of birth or gender). */
  nominee: NomineePublic,
  /** The fields of achievement it cites. */
  achievementCategoryIds: z.array(Id),
});
export interface NominationPublic extends z.infer<typeof NominationPublic> {}

/** The proposer's contact for this dossier: personal data. */
export const ContactPerson = z.object({
  /** Who the appraisers call about the dossier. */
  name: text(100),
  /** Their job title. */
  position: z.optional(text(LENGTH_LIMITS.position)),
  /** Digits with the usual separators, e.g. "0222 3822 123" or "+84 912 345 678". */
  phone: z.string().check(
    z.trim(),
    z.refine((p) => /^\+?[0-9][0-9 .()-]{7,19}$/.test(p), { params: { messageKey: 'phone' } }),
  ),
  /** Where the appraisers write. */
  email: z.email(),
});
export interface ContactPerson extends z.infer<typeof ContactPerson> {}

/** The body that creates a draft proposal. The proposing unit is the token's; `proposingUnitId` must be it. */
export const ProposalInput = z.object({
  /** The campaign (phong trào thi đua) nominated in. */
  campaignId: Id,
  /** The award round (sơ kết or tổng kết) whose dossier window is open. */
  roundId: Id,
  /** The award proposed for every nominee of the dossier, e.g. the Chairman's Certificate of Merit (Bằng khen). */
  awardTypeId: Id,
  /** The unit that proposes: one the token is scoped to, and one the award type lets propose. */
  proposingUnitId: Id,
  /** The person the appraisers contact; required before submitting. */
  contact: z.optional(ContactPerson),
});
export interface ProposalInput extends z.infer<typeof ProposalInput> {}

/** The body that updates a draft's own fields (its nominations and files have their own routes). */
export const ProposalUpdate = z.object({
  /** The new contact, or null to clear it. */
  contact: z.nullable(ContactPerson),
});
export interface ProposalUpdate extends z.infer<typeof ProposalUpdate> {}

/**
 * A nomination dossier (hồ sơ đề nghị khen thưởng): a proposing unit's
 * proposal of one award type at one round, with its nominees, files and
 * status, as the proposing unit reads it (`nominations.getProposal`).
 */
export const Proposal = z.object({
  /** Its id in the API's routes. */
  id: RecordId,
  /** The human reference given on submission, e.g. `BN2026-BK-0042`; null for a draft. */
  reference: z.nullable(Reference),
  /** Where it stands in the workflow: `draft`, `submitted`, `underAppraisal`, `returned` (for completion), `resubmitted`, `appraised` or `withdrawn`. */
  status: ProposalStatus,
  /** The campaign nominated in. */
  campaignId: Id,
  /** The award round it is for. */
  roundId: Id,
  /** The award proposed for its nominees. */
  awardTypeId: Id,
  /** The unit that proposes. */
  proposingUnitId: Id,
  /** Who the appraisers contact; personal data. */
  contact: z.nullable(ContactPerson),
  /** The dossier's shared files: the submission letter (tờ trình), the council's minutes (biên bản họp hội đồng thi đua), others. */
  files: z.array(ProposalFile),
  /** Its nominees, each with its own status. */
  nominations: z.array(Nomination),
  /** When the draft was created. */
  createdAt: IsoDateTime,
  /** When it last changed. */
  updatedAt: IsoDateTime,
  /** When it was first submitted; null for a draft. */
  submittedAt: z.nullable(IsoDateTime),
  /** The reason the whole dossier was returned for completion, while it is returned; null otherwise. */
  returnReason: z.nullable(z.string()),
  /**
   * What happened to it, oldest first: each step with its actor as a role and
   * a unit, and the reasons addressed to the proposing unit. Never an
   * internal comment, an appraiser's note or the checklist.
   */
  history: z.array(HistoryEntry),
  /** The appraisers' comments addressed to the proposing unit (never the internal ones), oldest first. */
  messages: z.array(DossierComment),
});
export interface Proposal extends z.infer<typeof Proposal> {}

/**
 * The form that uploads one evidence file: the file, its kind, and the
 * nomination it belongs to (absent: the proposal's shared files). The kind
 * must be one of the proposal's (submission letter, council minutes, other)
 * or of a nomination's (achievement report, other).
 */
export const EvidenceUpload = z.object({
  /** What the file is: a submission letter or council minutes (the proposal's), an achievement report (a nomination's), or other. */
  kind: z.enum(['submissionLetter', 'councilMinutes', 'achievementReport', 'other']),
  nominationId: z.optional(RecordId),
  /** The file: PDF, DOCX, JPEG or PNG, recognised by its bytes. */
  file: z.file(),
});
export interface EvidenceUpload extends z.infer<typeof EvidenceUpload> {}

/** The fields whose values are personal data: kept out of public responses and logs. */
export const PERSONAL_FIELDS = ['dateOfBirth', 'gender', 'contact', 'files'] as const;

/** A nomination reduced to its public fields (what an awards list may show). */
export function publicNomination(nomination: Nomination): NominationPublic {
  return z.parse(NominationPublic, nomination);
}
