import * as z from 'zod/mini';
import { Id, LocalizedText } from './common.js';
import { OrganisationUnitKind } from './organisation-unit.js';

/*
 * Commendation as catalog data: the award types a province grants, who may
 * propose them, the criteria a nominee must meet and the files a dossier must
 * hold. Another province (or a ministry) brings its own in its catalog; the
 * rules in nomination-rules.ts read only these shapes.
 */

/**
 * Who a criterion or a proposer rule is about. A community digital technology
 * team is a collective of its own kind, and its members are individuals with
 * criteria of their own (plan section V.1: "initiatives, solutions and good
 * practices" instead of "leading and advising").
 */
export const NomineeGroup = z.enum(['collective', 'individual', 'communityTeam', 'communityTeamMember']);
export type NomineeGroup = z.infer<typeof NomineeGroup>;

/** Files a proposal holds once for all its nominees: the submission letter (tờ trình), the council's minutes (biên bản), other. */
export const ProposalFileKind = z.enum(['submissionLetter', 'councilMinutes', 'other']);
export type ProposalFileKind = z.infer<typeof ProposalFileKind>;

/** Files of one nomination: the achievement report (báo cáo thành tích), other. */
export const NominationFileKind = z.enum(['achievementReport', 'other']);
export type NominationFileKind = z.infer<typeof NominationFileKind>;

/**
 * One group of units that may propose an award type: by kind (every
 * department, every ward) or by name (the Youth Union), optionally only for
 * some nominee groups (the Youth Union proposes community technology teams
 * and their members, nobody else).
 */
export const ProposerRule = z
  .object({
    /** Units of these kinds may propose (e.g. every `department` and `commune`). */
    unitKinds: z.optional(z.array(OrganisationUnitKind)),
    /** These units may propose, whatever their kind. */
    unitIds: z.optional(z.array(Id)),
    /** Absent: every group the award type takes. */
    nomineeGroups: z.optional(z.array(NomineeGroup).check(z.minLength(1))),
    /** What the plan asks this proposer to look for, shown to it. */
    note: z.optional(LocalizedText),
  })
  .check(
    z.refine((r) => Boolean(r.unitKinds?.length || r.unitIds?.length), { path: ['unitKinds'], params: { messageKey: 'proposerRuleEmpty' } }),
  );
export interface ProposerRule extends z.infer<typeof ProposerRule> {}

/** Two to four capital letters, the award's part of a human reference (`BN2026-BK-0042`). */
export const AWARD_CODE_PATTERN = /^[A-Z]{2,4}$/;
/** The catalog's part of a reference: capital letters and digits, 2–12. */
export const REFERENCE_PREFIX_PATTERN = /^[A-Z][A-Z0-9]{1,11}$/;

/** A length on paper, in millimetres (a sheet is at most A3, 420 mm). */
const Millimetres = z.number().check(z.gte(0), z.lte(420));

/** Where one line of a certificate is printed: its box from the sheet's top left corner, in mm, and its type size in points. */
export const CertificateField = z.object({
  /** From the top edge of the sheet, in mm. */
  top: Millimetres,
  /** From the left edge, in mm. */
  left: Millimetres,
  /** The width of the line's box, in mm. */
  width: Millimetres.check(z.gt(0)),
  /** Type size in points. */
  fontSize: z.number().check(z.gte(6), z.lte(72)),
  /** Within its box; centred by default. */
  align: z.optional(z.enum(['left', 'center', 'right'])),
});
export interface CertificateField extends z.infer<typeof CertificateField> {}

/**
 * Where the printed certificate's lines go on the award's pre-printed paper
 * (the Bằng khen and Giấy khen blanks carry the emblem, title and borders;
 * only the awardee, unit, citation and decision are printed), landscape.
 * Each province's blanks differ, so this is catalog data; absent, the
 * server's default for an A4 landscape blank applies.
 */
export const CertificateLayout = z.object({
  /** The sheet the certificate is printed on. */
  paper: z.enum(['A4', 'A3']),
  /** The awardee's name. */
  awardee: CertificateField,
  /** An individual's position and workplace (no line for a collective). */
  unit: CertificateField,
  /** The decision's citation: what the award is for. */
  citation: CertificateField,
  /** The decision's number and date. */
  decision: CertificateField,
});
export interface CertificateLayout extends z.infer<typeof CertificateLayout> {}

export const AwardType = z.object({
  id: Id,
  /** Its part of a human reference: `BK` in `BN2026-BK-0042`. */
  code: z.string().check(z.refine((c) => AWARD_CODE_PATTERN.test(c), { params: { messageKey: 'awardCode' } })),
  /** E.g. "Bằng khen của Chủ tịch UBND tỉnh" (Certificate of Merit of the Chairman of the Provincial People's Committee). */
  title: LocalizedText,
  /**
   * Who grants it. With `unitId`, one authority for every proposal (the
   * Chairman of the Provincial People's Committee, for the province unit);
   * without, the head of the proposing unit itself, within its own authority
   * (a Giấy khen).
   */
  grantingAuthority: z.object({ title: LocalizedText, unitId: z.optional(Id) }),
  /** Units that appraise proposals (part 2 of the workflow). */
  appraisingUnitIds: z.array(Id),
  /**
   * The appraisal time, in working days from the day the dossier is
   * complete; absent, `DEFAULT_APPRAISAL_WORKING_DAYS` (25) applies.
   */
  appraisalWorkingDays: z.optional(z.int().check(z.minimum(1), z.maximum(250))),
  /** Who may be nominated for it: collectives, individuals, community digital technology teams (Tổ CNSCĐ) or their members. */
  nomineeGroups: z.array(NomineeGroup).check(z.minLength(1)),
  /** Which units may propose it, for which nominees. */
  proposers: z.array(ProposerRule).check(z.minLength(1)),
  /** Files a proposal for this award cannot be submitted without, once per proposal and per nomination. */
  requiredFiles: z.object({ proposal: z.array(ProposalFileKind), nomination: z.array(NominationFileKind) }),
  /** The plan's sections that set it, e.g. "V.2–3.a, VI". */
  sourceSection: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  /** Where printed certificates place their lines on this award's pre-printed paper. */
  certificateLayout: z.optional(CertificateLayout),
});
export interface AwardType extends z.infer<typeof AwardType> {}

/** A standard of plan section V, attested by the proposer for each nominee it applies to. */
export const NominationCriterion = z.object({
  id: Id,
  /** The standard as the plan words it. */
  text: LocalizedText,
  /** The nominee groups it applies to. */
  appliesTo: z.array(NomineeGroup).check(z.minLength(1)),
  /** The plan's section that sets it, e.g. "V.1.a". */
  sourceSection: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
});
export interface NominationCriterion extends z.infer<typeof NominationCriterion> {}

/** A campaign's commendation settings; a campaign without them takes no nominations. */
export const CampaignNominations = z.object({
  /** The first part of every reference given on submission, e.g. `BN2026`. */
  referencePrefix: z.string().check(z.refine((p) => REFERENCE_PREFIX_PATTERN.test(p), { params: { messageKey: 'referencePrefix' } })),
  /** The standards (tiêu chuẩn) a nominee must meet, attested by the proposer. */
  criteria: z.array(NominationCriterion).check(z.minLength(1)),
  /** Shown before personal data is collected (Decree 13/2023/NĐ-CP). */
  privacyNotice: LocalizedText,
  /**
   * The coordinating department (cơ quan thường trực) of the campaign's
   * commendation: the unit a coordinator token acts for when it names none,
   * as its history rows show.
   */
  coordinatingUnitId: z.optional(Id),
});
export interface CampaignNominations extends z.infer<typeof CampaignNominations> {}
