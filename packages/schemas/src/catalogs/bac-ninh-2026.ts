/**
 * The seeded default: Bắc Ninh's plan "Chuyển đổi số trên địa bàn tỉnh Bắc
 * Ninh đến năm 2026" (UBND tỉnh, September 2025), its 19 targets (section
 * III), the province and its departments. It is data like any other province
 * would load; nothing in the code refers to it.
 *
 * Measurements here are invented for the demo and flagged `demo: true`.
 */
import type { Catalog } from '../catalog.js';
import type { Comparator, Indicator, MeasurementUnit } from '../indicator.js';
import type { AdministrativeLevel, OrganisationUnit } from '../organisation-unit.js';
import { demoDtiScores, dtiIndex } from './dti-demo.js';
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
  appliesTo: AdministrativeLevel[],
];

// Which levels report each indicator (the province, its departments and agencies are
// the 'province' level; communes and wards the 'commune' level). A population or
// procedure measure is counted in each territory; a measure of provincial staff,
// of services and systems the province provides, or of the provincial economy is
// the province's alone. The province itself, as the owner, reports them all.
const both: AdministrativeLevel[] = ['province', 'commune'];
const province: AdministrativeLevel[] = ['province'];
const commune: AdministrativeLevel[] = ['commune'];

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
  [16, 'digital-economy', 'Giao dịch không dùng tiền mặt', 'Non-cash transactions', 'gte', 80, 'percent', 69, province],
  [17, 'digital-society', 'Người dân trưởng thành có chữ ký số', 'Adults with a digital signature', 'gte', 40, 'percent', 21.3, both],
  [18, 'security', 'Hệ thống thông tin được phê duyệt và triển khai đầy đủ phương án bảo đảm an toàn hệ thống thông tin theo cấp độ', 'Information systems with an approved, fully deployed level-based security plan', 'gte', 100, 'percent', 64, province],
  [19, 'overall', 'Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial digital transformation index (DTI)', 'gte', 0.75, 'index', 0.7012, province],
];

const pad = (n: number) => String(n).padStart(2, '0');

const indicators: Indicator[] = rows.map(([code, domainId, vi, en, comparator, value, unit, , appliesTo]) => ({
  id: `${campaignId}-${pad(code)}`,
  campaignId,
  code: String(code),
  order: code,
  domainId,
  title: { vi, en },
  unit,
  appliesTo,
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
  ...localUnits,
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
      // Only what the unit's level reports; the provincial DTI is the province's alone.
      .filter(([code, , , , , , , , appliesTo]) => code !== 19 && appliesTo.includes(level))
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
      rounds: [
        { id: 'bn2026-dot-1', title: { vi: 'Khen thưởng đợt 1 — Ngày Chuyển đổi số 10/10/2025', en: 'Round 1 — Digital Transformation Day 2025' }, date: '2025-10-10', kind: 'interim' },
        { id: 'bn2026-tong-ket', title: { vi: 'Tổng kết — Ngày Chuyển đổi số 10/10/2026', en: 'Final review — Digital Transformation Day 2026' }, date: deadline, kind: 'final' },
      ],
    },
    ...programmeCampaigns,
  ],
  units,
  indicators: [...indicators, ...programmeIndicators],
  // The DTI of departments, communes and wards, with demo scores for 2024 and 2025 (see dti-demo.ts).
  scoreIndices: [dtiIndex(campaignId)],
  scores: demoDtiScores(campaignId, units),
  measurements: [...demoMeasurements(), ...facts],
};
