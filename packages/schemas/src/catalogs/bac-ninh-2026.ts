/**
 * The seeded default: Bắc Ninh's plan "Chuyển đổi số trên địa bàn tỉnh Bắc
 * Ninh đến năm 2026" (UBND tỉnh, September 2025), its 19 targets (section
 * III), the province and its departments. It is data like any other province
 * would load; nothing in the code refers to it.
 *
 * Measurements here are invented for the demo and flagged `demo: true`.
 */
import type { AwardType, NominationCriterion } from '../award.js';
import type { Catalog } from '../catalog.js';
import type { Comparator, Indicator, MeasurementUnit } from '../indicator.js';
import type { AdministrativeLevel, OrganisationUnit, OrganisationUnitKind } from '../organisation-unit.js';
import { demoDtiScores, dtiIndex } from './dti-demo.js';
import { vietnamWorkingCalendar } from './vietnam-holidays.js';
import { demoHistory, extraTargetsFor, facts, otherDocuments, programmeCampaigns, programmeIndicators } from './bac-ninh-plans.js';

const campaignId = 'bn2026';
const planId = 'bn-kh-thi-dua-cds-2026';
const provinceId = 'bac-ninh';
const deadline = '2026-10-10';

type Row = [
  code: number,
  domainId: string,
  vi: string,
  en: string,
  comparator: Comparator,
  value: number,
  unit: MeasurementUnit,
  demoValue: number,
  reporters: Reporters,
];

/** Which units report an indicator: `Indicator.appliesTo` and `Indicator.appliesToKinds`. */
interface Reporters {
  levels: AdministrativeLevel[];
  kinds?: OrganisationUnitKind[];
}

// Which levels report each indicator (the province, its departments and agencies are
// the 'province' level; communes and wards the 'commune' level). A population or
// procedure measure is counted in each territory; a measure of provincial staff,
// of services and systems the province provides, or of the provincial economy is
// the province level's: its departments and agencies report their own staff, services
// and systems. A measure of the whole province's economy or its DTI is the province's
// alone: a department shares its level but not its territory. The province itself, as
// the owner, reports them all.
const both: Reporters = { levels: ['province', 'commune'] };
const province: Reporters = { levels: ['province'] };
const commune: Reporters = { levels: ['commune'] };
const provinceAlone: Reporters = { levels: ['province'], kinds: ['province'] };

// Section III of the plan. "Trên" is strictly greater (gt); a bare figure,
// "đạt" or "100%" is at least (gte).
const rows: Row[] = [
  [1, 'skills', 'Cán bộ, công chức cấp xã, phường được bồi dưỡng kỹ năng số căn bản', 'Commune and ward cadres and civil servants trained in basic digital skills', 'gte', 100, 'percent', 86, commune],
  [2, 'skills', 'Cán bộ, công chức cấp tỉnh được bồi dưỡng kỹ năng số căn bản', 'Provincial cadres and civil servants trained in basic digital skills', 'gte', 100, 'percent', 94, province],
  [3, 'skills', 'Cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành', 'Cadres, civil servants and public employees who master digital skills and use technology in management', 'gte', 100, 'percent', 71, both],
  [4, 'digital-society', 'Dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông', 'Adults with access to digital services in health, education, insurance and transport', 'gt', 90, 'percent', 83.5, both],
  [5, 'public-services', 'Thủ tục hành chính được tiếp nhận, giải quyết phi địa giới hành chính', 'Administrative procedures received and resolved regardless of administrative boundary', 'gt', 90, 'percent', 90, both],
  [6, 'public-services', 'Giao dịch hành chính thuộc diện "phi tiếp xúc"', 'Administrative transactions that are contactless', 'gte', 100, 'percent', 78, both],
  [7, 'public-services', 'Hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', 'Procedure dossiers and results digitised', 'gte', 100, 'percent', 100, both],
  [8, 'public-services', 'Dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện', 'End-to-end online public services among eligible procedures', 'gte', 100, 'percent', 88, province],
  [9, 'public-services', 'Hồ sơ thủ tục hành chính xử lý trực tuyến', 'Procedure dossiers processed online', 'gte', 90, 'percent', 62, both],
  [10, 'public-services', 'Người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến', 'Citizens and businesses using online public services', 'gte', 80, 'percent', 67.4, both],
  [11, 'public-services', 'Tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử', 'Procedure results issued electronically', 'gt', 90, 'percent', 92.5, both],
  [12, 'public-services', 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa trong giải quyết thủ tục hành chính, dịch vụ công', 'Reuse of already-digitised data in procedures and public services', 'gt', 80, 'percent', 58, both],
  [13, 'public-services', 'Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính, dịch vụ công', 'Online payment in procedures and public services', 'gt', 80, 'percent', 74.2, both],
  [14, 'digital-government', 'Tỷ lệ xử lý văn bản, hồ sơ công việc toàn trình trên môi trường điện tử của các cơ quan hành chính nhà nước', 'Documents and work dossiers of state agencies handled end-to-end electronically', 'gte', 100, 'percent', 97, both],
  [15, 'digital-government', 'Nhiệm vụ được theo dõi, quản lý, giám sát của các cơ quan hành chính thực hiện trên môi trường điện tử', 'Tasks tracked and supervised electronically', 'gte', 100, 'percent', 81, both],
  [16, 'digital-economy', 'Giao dịch không dùng tiền mặt', 'Non-cash transactions', 'gte', 80, 'percent', 69, provinceAlone],
  [17, 'digital-society', 'Người dân trưởng thành có chữ ký số', 'Adults with a digital signature', 'gte', 40, 'percent', 21.3, both],
  [18, 'security', 'Hệ thống thông tin được phê duyệt và triển khai đầy đủ phương án bảo đảm an toàn hệ thống thông tin theo cấp độ', 'Information systems with an approved, fully deployed level-based security plan', 'gte', 100, 'percent', 64, province],
  [19, 'overall', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial digital transformation index (DTI)', 'gte', 0.75, 'index', 0.7012, provinceAlone],
];

const pad = (n: number) => String(n).padStart(2, '0');

const indicators: Indicator[] = rows.map(([code, domainId, vi, en, comparator, value, unit, , reporters]) => ({
  id: `${campaignId}-${pad(code)}`,
  campaignId,
  code: String(code),
  order: code,
  domainId,
  title: { vi, en },
  unit,
  appliesTo: reporters.levels,
  ...(reporters.kinds ? { appliesToKinds: reporters.kinds } : {}),
  targets: [
    {
      id: `${campaignId}-${pad(code)}-2026`,
      value,
      comparator,
      deadline,
      level: 'province',
      sourceDocumentId: planId,
      sourceSection: `III.${code}`,
    },
    ...extraTargetsFor(code, `${campaignId}-${pad(code)}`),
  ],
}));

const department = (id: string, vi: string, en: string): OrganisationUnit => ({
  id,
  name: { vi, en },
  kind: 'department',
  level: 'province',
  parentId: provinceId,
});

const local = (kind: 'ward' | 'commune', name: string): OrganisationUnit => ({
  id: `${kind === 'ward' ? 'phuong' : 'xa'}-${slug(name)}`,
  name: { vi: `${kind === 'ward' ? 'Phường' : 'Xã'} ${name}`, en: `${name} ${kind === 'ward' ? 'Ward' : 'Commune'}` },
  kind,
  level: 'commune',
  parentId: provinceId,
});

/** Lower-case ASCII slug of a Vietnamese name: "Từ Sơn" → "tu-son". */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// A subset of the province's 99 communes and wards (since 1 July 2025), enough
// for the demo; the full official list is loaded from a file (see the README).
const localUnits: OrganisationUnit[] = [
  ...['Kinh Bắc', 'Võ Cường', 'Vũ Ninh', 'Từ Sơn', 'Tam Sơn', 'Đồng Nguyên', 'Thuận Thành', 'Quế Võ', 'Bắc Giang', 'Việt Yên', 'Chũ', 'Yên Dũng'].map(
    (n) => local('ward', n),
  ),
  ...['Tiên Du', 'Yên Phong', 'Gia Bình', 'Lương Tài', 'Phật Tích', 'Văn Môn'].map((n) => local('commune', n)),
];

// Departments named in DOMAIN.md (the two-tier province since 1 July 2025).
const units: OrganisationUnit[] = [
  { id: provinceId, name: { vi: 'Tỉnh Bắc Ninh', en: 'Bắc Ninh Province' }, kind: 'province', level: 'province' },
  department('so-noi-vu', 'Sở Nội vụ', 'Department of Home Affairs'),
  department('so-tu-phap', 'Sở Tư pháp', 'Department of Justice'),
  department('so-tai-chinh', 'Sở Tài chính', 'Department of Finance'),
  department('so-cong-thuong', 'Sở Công Thương', 'Department of Industry and Trade'),
  department('so-nong-nghiep-moi-truong', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment'),
  department('so-xay-dung', 'Sở Xây dựng', 'Department of Construction'),
  department('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
  department('so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'),
  department('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training'),
  department('so-y-te', 'Sở Y tế', 'Department of Health'),
  department('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'Department of Ethnic and Religious Affairs'),
  department('thanh-tra-tinh', 'Thanh tra tỉnh', 'Provincial Inspectorate'),
  department('van-phong-ubnd-tinh', 'Văn phòng UBND tỉnh', 'Office of the Provincial People’s Committee'),
  // Proposes community digital technology teams for the Chairman's award (plan VI.3).
  { id: 'tinh-doan', name: { vi: 'Tỉnh đoàn Bắc Ninh', en: 'Bắc Ninh Provincial Youth Union' }, kind: 'organisation', level: 'province', parentId: provinceId },
  ...localUnits,
];

const bangKhen = 'bang-khen-chu-tich-ubnd-tinh';
const giayKhen = 'giay-khen';

/**
 * The awards of plan section V.2–3 and who proposes them (section VI): the
 * Chairman's Bằng khen, appraised by the Department of Science and Technology
 * with the Department of Home Affairs, proposed by departments and communes
 * (collectives and individuals), the Office of the People's Committee (leaders
 * in procedures and online services) and the Youth Union (community digital
 * technology teams and their members); and each unit's own Giấy khen. The
 * files required are those of the provincial procedure (DOMAIN.md,
 * "Nominations"); for the Giấy khen the plan leaves them to each unit, and the
 * same set is seeded.
 */
const awardTypes: AwardType[] = [
  {
    id: bangKhen,
    code: 'BK',
    title: { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: 'Certificate of Merit of the Chairman of the Provincial People’s Committee' },
    grantingAuthority: { title: { vi: 'Chủ tịch UBND tỉnh Bắc Ninh', en: 'Chairman of the Bắc Ninh Provincial People’s Committee' }, unitId: provinceId },
    appraisingUnitIds: ['so-khoa-hoc-cong-nghe', 'so-noi-vu'],
    nomineeGroups: ['collective', 'individual', 'communityTeam', 'communityTeamMember'],
    proposers: [
      {
        unitKinds: ['department'],
        nomineeGroups: ['collective', 'individual'],
        note: { vi: 'Tập thể, cá nhân xuất sắc tiêu biểu trong công tác chuyển đổi số (VI.7.c)', en: 'Outstanding collectives and individuals in digital transformation (VI.7.c)' },
      },
      {
        unitKinds: ['commune', 'ward'],
        note: {
          vi: 'Tập thể, cá nhân xuất sắc tiêu biểu trong công tác chuyển đổi số và trong hoạt động của Tổ Công nghệ số cộng đồng cấp thôn (VI.8.c–d)',
          en: 'Outstanding collectives and individuals in digital transformation and in village-level community digital technology teams (VI.8.c–d)',
        },
      },
      {
        unitIds: ['van-phong-ubnd-tinh'],
        nomineeGroups: ['collective', 'individual'],
        note: {
          vi: 'Đặc biệt các tập thể, cá nhân dẫn đầu trong thực hiện thủ tục hành chính, cung cấp dịch vụ công trực tuyến (VI.2)',
          en: 'In particular those leading in administrative procedures and online public services (VI.2)',
        },
      },
      {
        unitIds: ['tinh-doan'],
        nomineeGroups: ['communityTeam', 'communityTeamMember'],
        note: { vi: 'Tập thể, cá nhân trong hoạt động của các Tổ CNSCĐ cấp xã, cấp thôn (VI.3)', en: 'Collectives and individuals of commune- and village-level community technology teams (VI.3)' },
      },
    ],
    requiredFiles: { proposal: ['submissionLetter', 'councilMinutes'], nomination: ['achievementReport'] },
    sourceSection: 'V.2–3.a, VI',
  },
  {
    id: giayKhen,
    code: 'GK',
    title: { vi: 'Giấy khen của Thủ trưởng cơ quan, đơn vị, địa phương', en: 'Certificate of Commendation of the head of an agency, unit or locality' },
    grantingAuthority: { title: { vi: 'Thủ trưởng cơ quan, đơn vị, địa phương đề nghị (theo thẩm quyền)', en: 'The head of the proposing agency, unit or locality (within its authority)' } },
    appraisingUnitIds: [],
    nomineeGroups: ['collective', 'individual', 'communityTeam', 'communityTeamMember'],
    proposers: [
      { unitKinds: ['department'], nomineeGroups: ['collective', 'individual'] },
      { unitKinds: ['commune', 'ward'] },
    ],
    requiredFiles: { proposal: ['submissionLetter', 'councilMinutes'], nomination: ['achievementReport'] },
    sourceSection: 'V.3.b, VI.7.b, VI.8.b',
  },
];

const notUnderReview = {
  vi: 'Không thuộc đối tượng xem xét thi hành kỷ luật hoặc điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm hoặc có đơn thư khiếu nại, tố cáo đang được xác minh làm rõ',
  en: 'Not under disciplinary review, nor under investigation, inspection or audit for signs of a violation, nor the subject of a complaint or denunciation being verified',
};

/** Plan section V.1: the standards every nominee is attested against. */
const criteria: NominationCriterion[] = [
  {
    id: 'tap-the-chap-hanh',
    text: {
      vi: 'Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước',
      en: 'United within, and exemplary in carrying out the Party’s guidelines and the State’s policies and laws',
    },
    appliesTo: ['collective', 'communityTeam'],
    sourceSection: 'V.1.a',
  },
  { id: 'tap-the-khong-vi-pham', text: notUnderReview, appliesTo: ['collective', 'communityTeam'], sourceSection: 'V.1.a' },
  {
    id: 'tap-the-thanh-tich',
    text: {
      vi: 'Có thành tích tiêu biểu xuất sắc trong công tác tham mưu, lãnh đạo, chỉ đạo, tổ chức triển khai thực hiện chuyển đổi số tại cơ quan, đơn vị, địa phương',
      en: 'Outstanding, exemplary achievement in advising on, leading, directing and carrying out digital transformation in the agency, unit or locality',
    },
    appliesTo: ['collective'],
    sourceSection: 'V.1.a',
  },
  {
    id: 'to-cnscd-thanh-tich',
    text: {
      vi: 'Có sáng tạo trong triển khai thực hiện, lập thành tích xuất sắc, tiêu biểu trong việc triển khai các hoạt động của Tổ Công nghệ số cộng đồng',
      en: 'Creative in carrying out, with outstanding, exemplary achievement in, the activities of a community digital technology team',
    },
    appliesTo: ['communityTeam'],
    sourceSection: 'V.1.a',
  },
  {
    id: 'ca-nhan-chap-hanh',
    text: {
      vi: 'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách pháp luật của Nhà nước',
      en: 'Exemplary in carrying out the Party’s guidelines and the State’s policies and laws',
    },
    appliesTo: ['individual', 'communityTeamMember'],
    sourceSection: 'V.1.b',
  },
  { id: 'ca-nhan-khong-vi-pham', text: notUnderReview, appliesTo: ['individual', 'communityTeamMember'], sourceSection: 'V.1.b' },
  {
    id: 'ca-nhan-thanh-tich',
    text: {
      vi: 'Có thành tích tiêu biểu, xuất sắc trong công tác lãnh đạo, chỉ đạo, tham mưu, tổ chức triển khai thực hiện chuyển đổi số tại cơ quan, đơn vị, địa phương',
      en: 'Outstanding, exemplary achievement in leading, directing, advising on and carrying out digital transformation in the agency, unit or locality',
    },
    appliesTo: ['individual'],
    sourceSection: 'V.1.b',
  },
  {
    id: 'thanh-vien-to-cnscd-thanh-tich',
    text: {
      vi: 'Có sáng kiến, giải pháp, cách làm hay trong triển khai thực hiện, lập thành tích xuất sắc, tiêu biểu trong việc triển khai các hoạt động của Tổ Công nghệ số cộng đồng',
      en: 'Initiatives, solutions or good practices, with outstanding, exemplary achievement in the activities of a community digital technology team',
    },
    appliesTo: ['communityTeamMember'],
    sourceSection: 'V.1.b',
  },
];

/**
 * Demo histories, quarter by quarter: the province up to 30/06/2026 (ending on
 * the row's demo value), four communes and wards and the Department of Science
 * and Technology up to 30/09/2026, and the province on the 2030 scheme.
 * Phường Từ Sơn and the other units are left without figures on purpose: they
 * show the "no data" state.
 */
function demoMeasurements() {
  const province = rows.flatMap(([code, , , , , , unit, demoValue]) =>
    demoHistory(`${campaignId}-${pad(code)}`, provinceId, unit, unit === 'index' ? 0.62 : Math.round(demoValue * 0.72), demoValue, '2026-06-30'),
  );
  // How far each demo unit is from the province's figure at the end.
  const localShapes: [unitId: string, level: AdministrativeLevel, factor: number][] = [
    ['phuong-kinh-bac', 'commune', 1.12],
    ['xa-tien-du', 'commune', 0.86],
    ['phuong-bac-giang', 'commune', 1.04],
    ['xa-gia-binh', 'commune', 0.78],
    ['so-khoa-hoc-cong-nghe', 'province', 1.18],
  ];
  const local = localShapes.flatMap(([unitId, level, factor]) =>
    rows
      // Only what the unit reports: its level's, and none of the province's own (none of these units is the province).
      .filter(([, , , , , , , , reporters]) => reporters.levels.includes(level) && !reporters.kinds)
      .flatMap(([code, , , , , target, unit, demoValue]) => {
        const last = Math.min(100, Number((demoValue * factor).toFixed(1)));
        // Units that have reached the target stay there rather than overshoot it oddly.
        return demoHistory(`${campaignId}-${pad(code)}`, unitId, unit, Math.round(last * 0.7), last >= target ? Math.max(last, target) : last, '2026-09-30');
      }),
  );
  const scheme: [id: string, first: number, last: number][] = [
    ['bn2030-dvctt-da-phuong-tien', 70, 88],
    ['bn2030-tai-khoan-tt', 45, 58],
    ['bn2030-cap-quang-ho', 86, 93],
    ['bn2030-giam-tthc', 5, 12],
    ['bn2030-kinh-te-so-nganh', 6, 9.4],
  ];
  const unitOf = new Map(programmeIndicators.map((i) => [i.id, i.unit]));
  return [
    ...province,
    ...local,
    ...scheme.flatMap(([id, first, last]) => demoHistory(id, provinceId, unitOf.get(id)!, first, last, '2026-09-30')),
    ...demoHistory('bn2030-nang-suat', provinceId, 'growthRate', 7.5, 8.2, '2025-12-31'),
  ];
}

export const bacNinh2026: Catalog = {
  sourceDocuments: [
    {
      id: planId,
      title: {
        vi: 'Kế hoạch phát động phong trào thi đua "Chuyển đổi số trên địa bàn tỉnh Bắc Ninh đến năm 2026"',
        en: 'Plan launching the emulation movement "Digital transformation in Bắc Ninh province to 2026"',
      },
      issuer: 'UBND tỉnh Bắc Ninh',
      reference: 'KH-UBND, tháng 9/2025',
    },
    ...otherDocuments,
  ],
  campaigns: [
    {
      id: campaignId,
      title: {
        vi: 'Chuyển đổi số trên địa bàn tỉnh Bắc Ninh đến năm 2026',
        en: 'Digital transformation in Bắc Ninh province to 2026',
      },
      issuer: { vi: 'UBND tỉnh Bắc Ninh', en: 'Bắc Ninh Provincial People’s Committee' },
      ownerUnitId: provinceId,
      startsOn: '2025-01-01',
      endsOn: deadline,
      sourceDocumentId: planId,
      domains: [
        { id: 'skills', title: { vi: 'Kỹ năng số', en: 'Digital skills' } },
        { id: 'public-services', title: { vi: 'Thủ tục hành chính và dịch vụ công', en: 'Administrative procedures and public services' } },
        { id: 'digital-government', title: { vi: 'Chính quyền số', en: 'Digital government' } },
        { id: 'digital-economy', title: { vi: 'Kinh tế số', en: 'Digital economy' } },
        { id: 'digital-society', title: { vi: 'Xã hội số', en: 'Digital society' } },
        { id: 'security', title: { vi: 'An toàn thông tin', en: 'Information security' } },
        { id: 'overall', title: { vi: 'Chỉ số chuyển đổi số', en: 'Digital transformation index' } },
      ],
      // Section II.2 a–l of the plan: the fields a nomination's achievement belongs to.
      achievementCategories: [
        { id: 'leadership', title: { vi: 'Lãnh đạo, chỉ đạo và nâng cao nhận thức', en: 'Leadership and awareness' } },
        { id: 'programmes', title: { vi: 'Chương trình, kế hoạch, cơ chế chính sách', en: 'Programmes, plans and policy' } },
        { id: 'skills-training', title: { vi: 'Bồi dưỡng kiến thức, kỹ năng số', en: 'Digital-skills training' } },
        { id: 'resources', title: { vi: 'Bảo đảm nguồn lực', en: 'Resources' } },
        { id: 'infrastructure', title: { vi: 'Hạ tầng số, nền tảng số', en: 'Digital infrastructure and platforms' } },
        { id: 'research', title: { vi: 'Nghiên cứu, hợp tác với doanh nghiệp công nghệ', en: 'Research and cooperation with technology firms' } },
        { id: 'open-data', title: { vi: 'Dữ liệu mở', en: 'Open data' } },
        { id: 'security', title: { vi: 'An ninh thông tin, an toàn dữ liệu', en: 'Information security' } },
        { id: 'priority-fields', title: { vi: 'Lĩnh vực ưu tiên', en: 'Priority fields' } },
        { id: 'community-teams', title: { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital technology teams' } },
        { id: 'digital-literacy', title: { vi: 'Bình dân học vụ số', en: 'Popular digital literacy' } },
      ],
      // The plan (V.2.b) sets the ceremonies, not the dossier dates: those come
      // with each round's notice, so the seeded ones are placeholders (dossierDatesDemo).
      rounds: [
        {
          id: 'bn2026-dot-1',
          title: { vi: 'Khen thưởng đợt 1 — Ngày Chuyển đổi số 10/10/2025', en: 'Round 1 — Digital Transformation Day 2025' },
          date: '2025-10-10',
          kind: 'interim',
          awardTypeIds: [bangKhen, giayKhen],
          dossiersOpenOn: '2025-08-15',
          dossierDeadline: '2025-09-15',
          dossierDatesDemo: true,
        },
        {
          id: 'bn2026-tong-ket',
          title: { vi: 'Tổng kết — Ngày Chuyển đổi số 10/10/2026', en: 'Final review — Digital Transformation Day 2026' },
          date: deadline,
          kind: 'final',
          awardTypeIds: [bangKhen, giayKhen],
          dossiersOpenOn: '2026-07-01',
          dossierDeadline: '2026-09-10',
          dossierDatesDemo: true,
        },
      ],
      nominations: {
        referencePrefix: 'BN2026',
        criteria,
        // Sở KH&CN runs the movement's commendation as its standing body (DOMAIN.md).
        coordinatingUnitId: 'so-khoa-hoc-cong-nghe',
        privacyNotice: {
          vi: 'Thông tin cá nhân trong hồ sơ (ngày sinh, giới tính, người liên hệ, tệp minh chứng) chỉ dùng để xét khen thưởng, chỉ đơn vị đề nghị và cơ quan thẩm định được xem, không được công khai, và được xóa khi không còn cần cho việc xét khen thưởng (Nghị định 13/2023/NĐ-CP, Luật Bảo vệ dữ liệu cá nhân). Danh sách được khen thưởng (họ tên, chức vụ, đơn vị, hình thức khen thưởng) được công khai.',
          en: 'The personal data in a dossier (date of birth, gender, contact person, evidence files) is used only to consider the award, seen only by the proposing unit and the appraising agencies, never published, and deleted when no longer needed for the award (Decree 13/2023/NĐ-CP, Law on Personal Data Protection). The list of awardees (name, position, unit, award) is public.',
        },
      },
    },
    ...programmeCampaigns,
  ],
  units,
  awardTypes,
  // Appraisal time counts working days: Vietnam's holidays, national, not the province's.
  workingCalendar: vietnamWorkingCalendar,
  indicators: [...indicators, ...programmeIndicators],
  // The DTI of departments, communes and wards, with demo scores for 2024 and 2025 (see dti-demo.ts).
  scoreIndices: [dtiIndex(campaignId)],
  scores: demoDtiScores(campaignId, units),
  measurements: [...demoMeasurements(), ...facts],
};
