/*
 * `@thidua/schemas/testing/nominees`: the nominees, nominations and contact
 * person that the tests of every package (schemas, server, SDK, the elements
 * in Chromium) and the stories propose, written once so that a change to the
 * dossier's shape is made in one place. Realistic Vietnamese names, positions
 * and units of the seeded Bắc Ninh catalog; like the dossier itself, no
 * national ID number. Not used by any runtime code; zod-free, so that a
 * browser test importing it loads no schema.
 */
import type { NominationCriterion } from '../award.js';
import type { CollectiveNominee, ContactPerson, IndividualNominee, NominationInput, Nominee } from '../nomination.js';
import { nomineeGroup } from '../nomination-rules.js';

/** Chị Nguyễn Thị Thu Hà, Phó Chủ tịch UBND phường Kinh Bắc, with `changes` over her (another given name makes another person). */
export function sampleIndividual(changes: Partial<IndividualNominee> = {}): IndividualNominee {
  return {
    type: 'individual',
    familyName: 'Nguyễn',
    middleName: 'Thị Thu',
    givenName: 'Hà',
    gender: 'female',
    dateOfBirth: '1985-09-05',
    position: 'Phó Chủ tịch UBND phường',
    workplace: 'UBND phường Kinh Bắc',
    workplaceUnitId: 'phuong-kinh-bac',
    ...changes,
  };
}

/** A community digital technology team of phường Kinh Bắc, with `changes` over it. */
export function sampleTeam(changes: Partial<CollectiveNominee> = {}): CollectiveNominee {
  return { type: 'collective', name: 'Tổ Công nghệ số cộng đồng khu phố 3, phường Kinh Bắc', kind: 'communityTeam', headcount: 7, women: 3, ...changes };
}

/**
 * A complete nomination of `nominee` (what a submission needs): the criteria
 * of `criteria` that apply to its group attested, with `changes` over it.
 */
export function sampleNomination(nominee: Nominee, criteria: readonly Pick<NominationCriterion, 'id' | 'appliesTo'>[], changes: Partial<NominationInput> = {}): NominationInput {
  return {
    nominee,
    achievementCategoryIds: ['community-teams'],
    summary: 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.',
    achievements: [{ period: '2026', description: 'Hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình.' }],
    priorAwards: [],
    attestedCriterionIds: criteria.filter((c) => c.appliesTo.includes(nomineeGroup(nominee))).map((c) => c.id),
    ...changes,
  };
}

/** The proposer's contact at phường Kinh Bắc. */
export const sampleContact = { name: 'Trần Văn Bình', position: 'Chuyên viên', phone: '0222 3822 123', email: 'binh@kinhbac.gov.vn' } as const satisfies ContactPerson;
