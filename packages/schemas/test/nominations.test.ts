import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Catalog,
  ContactPerson,
  NominationInput,
  Nominee,
  NomineePublic,
  Proposal,
  REFERENCE_PATTERN,
  criteriaProblems,
  dossierWindow,
  findDuplicateNomination,
  formatReference,
  missingFileKinds,
  nomineeGroup,
  nomineeKey,
  parseReference,
  proposableAwardTypes,
  proposalProblems,
  publicNomination,
  roundProblem,
  ruleIssues,
  validate,
  type AwardType,
  type ExistingNomination,
  type Nomination,
  type ProposalToCheck,
} from '../src/index.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';
import { sampleIndividual, sampleNomination, sampleTeam } from '../src/testing/nominees.js';

const campaign = bacNinh2026.campaigns.find((c) => c.id === 'bn2026')!;
const awardTypes = bacNinh2026.awardTypes!;
const unit = (id: string) => bacNinh2026.units.find((u) => u.id === id)!;
const criteria = campaign.nominations!.criteria;

const individual = sampleIndividual();
const team = sampleTeam();

// A prior award too, so that its shape is read as well.
const nominationInput = (nominee: Nominee) =>
  sampleNomination(nominee, criteria, { priorAwards: [{ kind: 'Giấy khen của Chủ tịch UBND phường', year: 2024, decisionNumber: '45/QĐ-UBND' }] });

describe('the seeded commendation catalog (plan sections V–VI)', () => {
  it('has the Chairman’s Bằng khen and the units’ Giấy khen, granted, appraised and proposed as the plan says', () => {
    const bk = awardTypes.find((a) => a.code === 'BK')!;
    assert.equal(bk.grantingAuthority.unitId, 'bac-ninh');
    assert.deepEqual(bk.appraisingUnitIds, ['so-khoa-hoc-cong-nghe', 'so-noi-vu']);
    assert.deepEqual(bk.requiredFiles, { proposal: ['submissionLetter', 'councilMinutes'], nomination: ['achievementReport'] });
    const gk = awardTypes.find((a) => a.code === 'GK')!;
    assert.equal(gk.grantingAuthority.unitId, undefined, 'the proposing unit’s own head grants a Giấy khen');
  });

  it('words every criterion of section V in Vietnamese and English, for collectives, individuals and community teams', () => {
    for (const c of criteria) assert.ok(c.text.vi && c.text.en && c.sourceSection?.startsWith('V.1'), c.id);
    const groups = new Set(criteria.flatMap((c) => c.appliesTo));
    assert.deepEqual([...groups].sort(), ['collective', 'communityTeam', 'communityTeamMember', 'individual']);
  });

  it('gives each round that takes dossiers its award types and a deadline no later than the ceremony', () => {
    for (const r of campaign.rounds) {
      assert.ok(r.dossierDeadline && r.dossierDeadline <= r.date, r.id);
      assert.deepEqual(r.awardTypeIds, ['bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    }
    assert.equal(campaign.nominations?.referencePrefix, 'BN2026');
    assert.ok(campaign.nominations?.privacyNotice.en);
  });

  it('rejects an award type naming a unit that is not in the catalog, and a round naming an unknown award type', () => {
    const bad = structuredClone(bacNinh2026);
    bad.awardTypes![0]!.proposers[3]!.unitIds = ['khong-co'];
    bad.campaigns[0]!.rounds[0]!.awardTypeIds = ['khong-co'];
    const result = validate(Catalog, bad);
    assert.equal(result.success, false);
    const paths = !result.success ? result.issues.map((i) => i.path.join('.')) : [];
    assert.ok(paths.includes('awardTypes.0.proposers.3.unitIds.0'), paths.join(' | '));
    assert.ok(paths.includes('campaigns.0.rounds.0.awardTypeIds.0'), paths.join(' | '));
  });

  it('rejects a dossier deadline after the ceremony and a malformed award code, with the field named', () => {
    const bad = structuredClone(bacNinh2026);
    bad.campaigns[0]!.rounds[1]!.dossierDeadline = '2026-10-11';
    bad.awardTypes![1]!.code = 'gk';
    const result = validate(Catalog, bad, 'en');
    assert.equal(result.success, false);
    const issues = !result.success ? result.issues : [];
    assert.ok(issues.some((i) => i.path.join('.') === 'campaigns.0.rounds.1.dossierDeadline' && /after the award date/.test(i.message)));
    assert.ok(issues.some((i) => i.path.join('.') === 'awardTypes.1.code' && /2–4 capital letters/.test(i.message)));
  });
});

describe('nomination schemas', () => {
  it('accept an individual and a community technology team', () => {
    for (const nominee of [individual, team]) {
      const result = validate(NominationInput, nominationInput(nominee));
      assert.equal(result.success, true, JSON.stringify(!result.success && result.issues));
    }
  });

  it('collect no national ID number: an extra field is dropped, not stored', () => {
    const result = validate(NominationInput, nominationInput({ ...individual, nationalId: '001085012345' } as unknown as Nominee));
    assert.equal(result.success, true);
    assert.equal(result.success && 'nationalId' in result.data.nominee, false);
  });

  it('name each bad field by its path, in Vietnamese and in English', () => {
    const input = nominationInput({ ...individual, givenName: '  ', dateOfBirth: '2999-01-01' });
    const vi = validate(NominationInput, input, 'vi');
    const en = validate(NominationInput, input, 'en');
    assert.ok(!vi.success && !en.success);
    assert.deepEqual(vi.issues.map((i) => i.path.join('.')), ['nominee.givenName', 'nominee.dateOfBirth']);
    assert.equal(vi.issues[1]!.message, 'Ngày sinh không hợp lệ');
    assert.equal(en.issues[1]!.message, 'Invalid date of birth');
  });

  it('hold the number of women to the headcount', () => {
    assert.equal(validate(Nominee, { ...team, women: 7 }).success, true);
    const result = validate(Nominee, { ...team, women: 8 }, 'en');
    assert.ok(!result.success);
    assert.deepEqual(result.issues.map((i) => [i.path.join('.'), i.message]), [['women', 'The number of women cannot exceed the headcount']]);
  });

  it('limit the summary to 2,000 characters and the achievements to 30', () => {
    const ok = { ...nominationInput(team), summary: 'a'.repeat(2000) };
    assert.equal(validate(NominationInput, ok).success, true);
    const long = validate(NominationInput, { ...ok, summary: 'a'.repeat(2001) });
    assert.ok(!long.success && long.issues[0]!.path.join('.') === 'summary');
    const many = validate(NominationInput, { ...ok, achievements: Array.from({ length: 31 }, () => ok.achievements[0]) });
    assert.ok(!many.success && many.issues[0]!.path.join('.') === 'achievements');
  });

  it('refuse a category twice, a prior award dated next year and a contact without a valid e-mail', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const result = validate(NominationInput, {
      ...nominationInput(individual),
      achievementCategoryIds: ['leadership', 'leadership'],
      priorAwards: [{ kind: 'Giấy khen', year: nextYear, decisionNumber: '1/QĐ' }],
    });
    assert.ok(!result.success);
    assert.deepEqual(result.issues.map((i) => i.path.join('.')), ['achievementCategoryIds', 'priorAwards.0.year']);
    const contact = validate(ContactPerson, { name: 'Trần Văn Bình', phone: '0222 3822 123', email: 'binh@' }, 'en');
    assert.ok(!contact.success && contact.issues[0]!.path.join('.') === 'email');
  });

  it('keep personal data out of the public shape: no date of birth, gender, summary or files', () => {
    const parsed = validate(NominationInput, nominationInput(individual));
    assert.ok(parsed.success);
    const nomination: Nomination = {
      ...parsed.data,
      id: '0b4f6a8e-3a41-4a57-9c55-2f3e3c1f6a10',
      reference: 'BN2026-BK-0042-01',
      status: 'submitted',
      files: [
        {
          id: '7d1c0e5a-0a3e-4f43-8a8c-1b5b0d8f9c21',
          kind: 'achievementReport',
          name: 'bao-cao.pdf',
          mediaType: 'application/pdf',
          size: 1234,
          sha256: 'a'.repeat(64),
          uploadedAt: '2026-09-01T02:00:00.000Z',
        },
      ],
    };
    const shown = publicNomination(nomination);
    const text = JSON.stringify(shown);
    for (const secret of ['1985-09-05', 'female', 'bao-cao.pdf', 'VNeID', 'priorAwards', 'attestedCriterionIds']) assert.ok(!text.includes(secret), secret);
    assert.deepEqual(shown.nominee, { type: 'individual', familyName: 'Nguyễn', middleName: 'Thị Thu', givenName: 'Hà', position: individual.position, workplace: individual.workplace, workplaceUnitId: 'phuong-kinh-bac' });
    const parsedPublic = validate(NomineePublic, individual);
    assert.ok(parsedPublic.success && !('dateOfBirth' in parsedPublic.data));
  });

  it('describe a whole proposal', () => {
    const result = validate(Proposal, {
      id: '0b4f6a8e-3a41-4a57-9c55-2f3e3c1f6a10',
      reference: null,
      status: 'draft',
      campaignId: 'bn2026',
      roundId: 'bn2026-tong-ket',
      awardTypeId: 'bang-khen-chu-tich-ubnd-tinh',
      proposingUnitId: 'phuong-kinh-bac',
      contact: null,
      files: [],
      nominations: [],
      createdAt: '2026-09-01T02:00:00.000Z',
      updatedAt: '2026-09-01T02:00:00.000Z',
      submittedAt: null,
      returnReason: null,
      history: [
        {
          at: '2026-09-01T02:00:00.000Z',
          action: 'created',
          nominationId: null,
          from: null,
          to: 'draft',
          actor: { role: 'proposer', unit: { id: 'phuong-kinh-bac', name: { vi: 'Phường Kinh Bắc', en: 'Kinh Bac Ward' } } },
          fields: [],
          version: 1,
        },
      ],
      messages: [],
    });
    assert.equal(result.success, true, JSON.stringify(!result.success && result.issues));
    // The history and messages are part of the shape: a proposal without them is refused.
    const bare = validate(Proposal, { ...(result.success ? result.data : {}), history: undefined });
    assert.equal(bare.success, false);
  });
});

describe('who may propose which award', () => {
  const groupsFor = (unitId: string) => Object.fromEntries(proposableAwardTypes(awardTypes, unit(unitId)).map((e) => [e.awardType.code, e.nomineeGroups]));

  it('a ward proposes anyone for both awards, village technology teams included', () => {
    const all = ['collective', 'individual', 'communityTeam', 'communityTeamMember'];
    assert.deepEqual(groupsFor('phuong-kinh-bac'), { BK: all, GK: all });
    assert.deepEqual(groupsFor('xa-tien-du'), { BK: all, GK: all });
  });

  it('a department proposes collectives and individuals, not technology teams', () => {
    assert.deepEqual(groupsFor('so-y-te'), { BK: ['collective', 'individual'], GK: ['collective', 'individual'] });
  });

  it('the Youth Union proposes only technology teams and their members, and grants no Giấy khen', () => {
    assert.deepEqual(groupsFor('tinh-doan'), { BK: ['communityTeam', 'communityTeamMember'] });
  });

  it('the province itself, and a unit no rule names, propose nothing', () => {
    assert.deepEqual(groupsFor('bac-ninh'), {});
    assert.deepEqual(proposableAwardTypes(awardTypes, { id: 'cong-ty-x', kind: 'enterprise' }), []);
  });

  it('a proposer rule never widens the groups the award type takes', () => {
    const narrow: AwardType = { ...awardTypes[0]!, nomineeGroups: ['individual'] };
    assert.deepEqual(proposableAwardTypes([narrow], unit('phuong-kinh-bac'))[0]!.nomineeGroups, ['individual']);
    assert.deepEqual(proposableAwardTypes([narrow], unit('tinh-doan')), []);
  });
});

describe('the dossier window, in Asia/Ho_Chi_Minh with the deadline day included', () => {
  const round = { dossiersOpenOn: '2026-07-01', dossierDeadline: '2026-09-10' };

  it('is open until 23:59:59 of the deadline in Vietnam, closed one second later', () => {
    assert.equal(dossierWindow(round, new Date('2026-09-10T16:59:59.999Z')), 'open');
    assert.equal(dossierWindow(round, new Date('2026-09-10T17:00:00.000Z')), 'closed');
  });

  it('opens at midnight of the opening day in Vietnam, which is still the day before in UTC', () => {
    assert.equal(dossierWindow(round, new Date('2026-06-30T16:59:59.999Z')), 'notYetOpen');
    assert.equal(dossierWindow(round, new Date('2026-06-30T17:00:00.000Z')), 'open');
  });

  it('without an opening day is open up to the deadline; without a deadline takes no dossiers', () => {
    assert.equal(dossierWindow({ dossierDeadline: '2026-09-10' }, new Date('2020-01-01T00:00:00Z')), 'open');
    assert.equal(dossierWindow({}, new Date('2026-08-01T00:00:00Z')), 'noDossiers');
  });

  it('says why a round is not open, with the date as Vietnamese documents write it', () => {
    const closed = roundProblem(round, new Date('2026-11-25T03:00:00Z'))!;
    assert.deepEqual(ruleIssues([closed], 'vi')[0], {
      path: ['roundId'],
      message: 'Đã hết hạn nhận hồ sơ của đợt khen thưởng (hạn cuối ngày 10/09/2026)',
      code: 'roundClosed',
    });
    assert.match(ruleIssues([roundProblem(round, new Date('2026-06-01T00:00:00Z'))!], 'en')[0]!.message, /from 01\/07\/2026/);
    assert.equal(roundProblem(round, new Date('2026-08-01T00:00:00Z')), undefined);
  });
});

describe('criteria and files', () => {
  it('a technology team is attested against its own achievement criterion, not the agencies’ one', () => {
    const ids = criteria.filter((c) => c.appliesTo.includes('communityTeam')).map((c) => c.id);
    assert.deepEqual(ids, ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich']);
    assert.deepEqual(criteriaProblems(criteria, team, ids), []);
  });

  it('names each criterion left unattested, in the reader’s language', () => {
    const problems = criteriaProblems(criteria, individual, ['ca-nhan-chap-hanh']);
    assert.deepEqual(problems.map((p) => p.path.join('.')), ['attestedCriterionIds.ca-nhan-khong-vi-pham', 'attestedCriterionIds.ca-nhan-thanh-tich']);
    const [vi] = ruleIssues(problems, 'vi');
    const [en] = ruleIssues(problems, 'en');
    assert.match(vi!.message, /^Chưa xác nhận tiêu chuẩn: Không thuộc đối tượng xem xét thi hành kỷ luật/);
    assert.match(en!.message, /^Criterion not attested: Not under disciplinary review/);
  });

  it('refuses an attestation that is unknown or does not apply to the nominee', () => {
    const all = criteria.filter((c) => c.appliesTo.includes('individual')).map((c) => c.id);
    const problems = criteriaProblems(criteria, individual, [...all, 'to-cnscd-thanh-tich', 'khong-co']);
    assert.deepEqual(problems.map((p) => [p.path.join('.'), p.messageKey]), [
      [`attestedCriterionIds.${all.length}`, 'criterionNotApplicable'],
      [`attestedCriterionIds.${all.length + 1}`, 'unknownCriterion'],
    ]);
  });

  it('a member of a technology team is attested on initiatives instead of leadership', () => {
    assert.equal(nomineeGroup({ ...individual, communityTeamMember: true }), 'communityTeamMember');
    const problems = criteriaProblems(criteria, { ...individual, communityTeamMember: true }, []);
    assert.deepEqual(problems.map((p) => p.path.at(-1)), ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'thanh-vien-to-cnscd-thanh-tich']);
  });

  it('lists the required files a dossier lacks, an "other" file counting for none', () => {
    assert.deepEqual(missingFileKinds(['submissionLetter', 'councilMinutes'], [{ kind: 'other' }, { kind: 'councilMinutes' }]), ['submissionLetter']);
    assert.deepEqual(missingFileKinds(['achievementReport'], [{ kind: 'achievementReport' }, { kind: 'achievementReport' }]), []);
    assert.deepEqual(missingFileKinds([], []), []);
  });
});

describe('the same nominee twice', () => {
  it('an individual is the same whatever the case, spacing or Unicode form of the name, on the same date of birth', () => {
    const decomposed = { ...individual, familyName: 'NGUYỄN'.normalize('NFD'), middleName: ' thị  thu', givenName: 'hà ' };
    assert.equal(nomineeKey(decomposed), nomineeKey(individual));
    assert.notEqual(nomineeKey({ ...individual, givenName: 'Hạ' }), nomineeKey(individual), 'diacritics tell names apart');
    assert.notEqual(nomineeKey({ ...individual, dateOfBirth: '1985-09-06' }), nomineeKey(individual));
    assert.equal(nomineeKey({ ...individual, workplace: 'Sở Y tế' }), nomineeKey(individual), 'a change of workplace is the same person');
  });

  it('a collective is its catalog unit when it has one, else its name and kind', () => {
    const ward = { type: 'collective', name: 'UBND phường Kinh Bắc', kind: 'locality', unitId: 'phuong-kinh-bac' } as const;
    assert.equal(nomineeKey({ ...ward, name: 'Phường Kinh Bắc' }), nomineeKey(ward));
    assert.equal(nomineeKey({ ...team, name: 'Tổ công nghệ số cộng đồng  khu phố 3 - phường Kinh Bắc' }), nomineeKey(team));
  });

  it('an active nomination for the same round and award is a duplicate; withdrawn, rejected, other rounds and itself are not', () => {
    const base: ExistingNomination = { id: 'n1', nomineeKey: nomineeKey(individual), roundId: 'r', awardTypeId: 'bk', status: 'submitted' };
    const candidate = { nominee: individual, roundId: 'r', awardTypeId: 'bk' };
    assert.equal(findDuplicateNomination(candidate, [base]), base);
    assert.equal(findDuplicateNomination(candidate, [{ ...base, status: 'draft' }])?.id, 'n1');
    assert.equal(findDuplicateNomination(candidate, [{ ...base, status: 'withdrawn' }, { ...base, status: 'rejected' }]), undefined);
    assert.equal(findDuplicateNomination(candidate, [{ ...base, roundId: 'r2' }, { ...base, awardTypeId: 'gk' }]), undefined);
    assert.equal(findDuplicateNomination({ ...candidate, exceptId: 'n1' }, [base]), undefined);
  });
});

describe('human references', () => {
  it('are prefix, award code and a four-digit number, and the nomination’s two digits', () => {
    assert.equal(formatReference('BN2026', 'BK', 42), 'BN2026-BK-0042');
    assert.equal(formatReference('BN2026', 'BK', 42, 3), 'BN2026-BK-0042-03');
    assert.equal(formatReference('BN2026', 'GK', 10000), 'BN2026-GK-10000', 'past 9999 the number grows');
    assert.ok(REFERENCE_PATTERN.test('BN2026-BK-0042') && REFERENCE_PATTERN.test('BN2026-BK-0042-03'));
    assert.throws(() => formatReference('BN2026', 'BK', 0), RangeError);
    assert.throws(() => formatReference('BN2026', 'BK', 1, 0), RangeError);
  });

  it('read back as typed, forgiving case and spaces, and nothing else', () => {
    assert.deepEqual(parseReference(' bn2026-bk-0042-03 '), { prefix: 'BN2026', awardCode: 'BK', sequence: 42, nominationNumber: 3 });
    assert.deepEqual(parseReference('BN2026-GK-10000'), { prefix: 'BN2026', awardCode: 'GK', sequence: 10000 });
    for (const bad of ['BN2026-BK-42', 'BN2026BK0042', '2026-BK-0042', 'BN2026-BK-00042', 'BN2026-B-0042', 'BN2026-BK-0042-3'])
      assert.equal(parseReference(bad), undefined, bad);
  });
});

describe('a proposal ready to submit', () => {
  const now = new Date('2026-08-01T03:00:00Z');
  const ready = (): ProposalToCheck => ({
    campaignId: 'bn2026',
    roundId: 'bn2026-tong-ket',
    awardTypeId: 'bang-khen-chu-tich-ubnd-tinh',
    proposingUnitId: 'phuong-kinh-bac',
    contact: { name: 'Trần Văn Bình', phone: '0222 3822 123', email: 'binh@kinhbac.gov.vn' },
    files: [{ kind: 'submissionLetter' }, { kind: 'councilMinutes' }],
    nominations: [individual, team].map((nominee, i) => ({ id: `n${i}`, ...nominationInput(nominee), files: [{ kind: 'achievementReport' }] })),
  });

  it('has no problem when complete, in an open round, from a unit that may propose it', () => {
    assert.deepEqual(proposalProblems(bacNinh2026, ready(), now), []);
  });

  it('lists every missing part with its path', () => {
    const p = ready();
    p.contact = null;
    p.files = [{ kind: 'councilMinutes' }];
    p.nominations = [{ ...p.nominations[0]!, summary: undefined, achievementCategoryIds: [], achievements: [], attestedCriterionIds: [], files: [] }];
    const issues = ruleIssues(proposalProblems(bacNinh2026, p, now), 'en');
    assert.deepEqual(issues.map((i) => i.path.join('.')), [
      'contact',
      'files.submissionLetter',
      'nominations.0.achievementCategoryIds',
      'nominations.0.summary',
      'nominations.0.achievements',
      'nominations.0.attestedCriterionIds.ca-nhan-chap-hanh',
      'nominations.0.attestedCriterionIds.ca-nhan-khong-vi-pham',
      'nominations.0.attestedCriterionIds.ca-nhan-thanh-tich',
      'nominations.0.files.achievementReport',
    ]);
    assert.equal(issues[1]!.message, 'The submission letter is missing');
  });

  it('refuses a closed round, a unit that may not propose, a nominee group the unit may not propose, and an empty list', () => {
    const late = proposalProblems(bacNinh2026, ready(), new Date('2026-09-10T17:00:00Z'));
    assert.deepEqual(late.map((p) => p.messageKey), ['roundClosed']);
    const department = { ...ready(), proposingUnitId: 'so-y-te' };
    assert.deepEqual(proposalProblems(bacNinh2026, department, now).map((p) => [p.path.join('.'), p.messageKey]), [
      ['nominations.1.nominee.type', 'nomineeGroupNotProposable'],
    ]);
    const province = { ...ready(), proposingUnitId: 'bac-ninh', nominations: [] };
    assert.deepEqual(proposalProblems(bacNinh2026, province, now).map((p) => p.messageKey), ['awardNotProposable', 'noNominations']);
  });

  it('finds the same nominee twice in the proposal, or already proposed elsewhere for the round and award', () => {
    const twice = ready();
    twice.nominations = [twice.nominations[0]!, { ...twice.nominations[0]!, id: 'n9' }];
    assert.deepEqual(proposalProblems(bacNinh2026, twice, now).map((p) => p.path.join('.')), ['nominations.1.nominee']);
    const elsewhere: ExistingNomination = { id: 'x', nomineeKey: nomineeKey(team), roundId: 'bn2026-tong-ket', awardTypeId: 'bang-khen-chu-tich-ubnd-tinh', status: 'submitted' };
    assert.deepEqual(proposalProblems(bacNinh2026, ready(), now, [elsewhere]).map((p) => [p.path.join('.'), p.messageKey]), [['nominations.1.nominee', 'duplicateNomination']]);
  });

  it('refuses an award type the round does not give, and an unknown round', () => {
    const catalog = structuredClone(bacNinh2026);
    catalog.campaigns[0]!.rounds[1]!.awardTypeIds = ['giay-khen'];
    assert.deepEqual(proposalProblems(catalog, ready(), now).map((p) => p.messageKey), ['awardNotInRound']);
    assert.deepEqual(proposalProblems(bacNinh2026, { ...ready(), roundId: 'khong-co' }, now).map((p) => p.messageKey), ['unknownRound']);
  });
});
