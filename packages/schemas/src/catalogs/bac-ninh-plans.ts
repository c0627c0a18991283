/**
 * Bắc Ninh's targets from the documents before and after the 2026 plan (the
 * 2023 IT plan, the 2024–2025 movement, the 2024–2030 digital-transformation
 * scheme), the figures published about it, and the demo histories the seeded
 * catalog carries. Data only; see bac-ninh-2026.ts for how they combine.
 */
import type { Campaign, SourceDocument } from '../campaign.js';
import type { Comparator, Indicator, MeasurementUnit, Target } from '../indicator.js';
import type { Measurement } from '../measurement.js';
import type { AdministrativeLevel } from '../organisation-unit.js';

export const doc = {
  plan2023: 'bn-qd-08-2023',
  movement2025: 'bn-thi-dua-cds-2024-2025',
  scheme2030: 'bn-nq-230-de-an-cds-2024-2030',
  report2023: 'bn-tong-ket-tttt-2023',
  dtiResults: 'bo-tttt-ket-qua-dti',
} as const;

export const otherDocuments: SourceDocument[] = [
  {
    id: doc.plan2023,
    title: {
      vi: 'Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan Nhà nước, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng năm 2023',
      en: 'Plan for IT in state agencies, digital government and cybersecurity, 2023',
    },
    issuer: 'UBND tỉnh Bắc Ninh',
    reference: 'Quyết định số 08/QĐ-UBND',
  },
  {
    id: doc.movement2025,
    title: {
      vi: 'Phong trào thi đua "Chuyển đổi số giai đoạn 2024–2025" tỉnh Bắc Ninh',
      en: 'Bắc Ninh emulation movement "Digital transformation 2024–2025"',
    },
    issuer: 'UBND tỉnh Bắc Ninh',
  },
  {
    id: doc.scheme2030,
    title: {
      vi: 'Đề án Chuyển đổi số tỉnh Bắc Ninh giai đoạn 2024–2030, tầm nhìn đến năm 2030',
      en: 'Bắc Ninh digital transformation scheme 2024–2030',
    },
    issuer: 'HĐND tỉnh Bắc Ninh',
    reference: 'Nghị quyết số 230/NQ-HĐND',
  },
  {
    id: doc.report2023,
    title: {
      vi: 'Tổng kết công tác năm 2023 ngành Thông tin và Truyền thông Bắc Ninh',
      en: 'Bắc Ninh information and communications sector, 2023 review',
    },
    issuer: 'Sở Thông tin và Truyền thông Bắc Ninh',
  },
  {
    id: doc.dtiResults,
    title: { vi: 'Kết quả Chỉ số chuyển đổi số cấp tỉnh (DTI) các năm 2020–2022', en: 'Provincial DTI results 2020–2022' },
    issuer: 'Bộ Thông tin và Truyền thông',
  },
];

type TargetRow = [year: 2023 | 2025 | 2030, level: AdministrativeLevel, comparator: Comparator, value: number, document: string];
const deadlineOf = (year: number) => `${year}-12-31`;

function targets(indicatorId: string, rows: TargetRow[]): Target[] {
  return rows.map(([year, level, comparator, value, sourceDocumentId]) => ({
    id: `${indicatorId}-${year}-${level}`,
    value,
    comparator,
    deadline: deadlineOf(year),
    level,
    sourceDocumentId,
  }));
}

/** Earlier and later targets of indicators of the 2026 plan, by the plan's number. */
export function extraTargetsFor(code: number, indicatorId: string): Target[] {
  const rows: Record<number, TargetRow[]> = {
    // Dossiers processed online: 50 % in 2023; at least 95/90/85 % by level in 2025.
    9: [
      [2023, 'province', 'gte', 50, doc.plan2023],
      [2025, 'province', 'gte', 95, doc.movement2025],
      [2025, 'district', 'gte', 90, doc.movement2025],
      [2025, 'commune', 'gte', 85, doc.movement2025],
    ],
    // Online payment: at least 98 % at every level in 2025.
    13: [
      [2025, 'province', 'gte', 98, doc.movement2025],
      [2025, 'district', 'gte', 98, doc.movement2025],
      [2025, 'commune', 'gte', 98, doc.movement2025],
    ],
    // Work dossiers handled online, by level: 2023, 2025 and 2030.
    14: [
      [2023, 'province', 'gte', 98, doc.plan2023],
      [2023, 'district', 'gte', 95, doc.plan2023],
      [2023, 'commune', 'gte', 95, doc.plan2023],
      [2025, 'province', 'gte', 90, doc.scheme2030],
      [2025, 'district', 'gte', 80, doc.scheme2030],
      [2025, 'commune', 'gte', 80, doc.scheme2030],
      [2030, 'province', 'gte', 100, doc.scheme2030],
      [2030, 'district', 'gte', 90, doc.scheme2030],
      [2030, 'commune', 'gte', 90, doc.scheme2030],
    ],
  };
  const extra = targets(indicatorId, rows[code] ?? []);
  // The plan's own aim for the DTI before 2026: "trên 0,7 năm 2025".
  if (code === 19) {
    extra.push({ id: `${indicatorId}-2025-province`, value: 0.7, comparator: 'gt', deadline: deadlineOf(2025), level: 'province', sourceDocumentId: 'bn-kh-thi-dua-cds-2026', sourceSection: 'I.1' });
  }
  return extra;
}

const provinceId = 'bac-ninh';
const domains2030 = [
  { id: 'digital-government', title: { vi: 'Chính quyền số', en: 'Digital government' } },
  { id: 'digital-economy', title: { vi: 'Kinh tế số', en: 'Digital economy' } },
  { id: 'digital-society', title: { vi: 'Xã hội số', en: 'Digital society' } },
  { id: 'overall', title: { vi: 'Xếp hạng chuyển đổi số', en: 'Digital transformation ranking' } },
];

export const programmeCampaigns: Campaign[] = [
  {
    id: 'bn2023',
    title: { vi: 'Ứng dụng CNTT, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng năm 2023', en: 'IT, digital government and cybersecurity 2023' },
    issuer: { vi: 'UBND tỉnh Bắc Ninh', en: 'Bắc Ninh Provincial People’s Committee' },
    ownerUnitId: provinceId,
    startsOn: '2023-01-01',
    endsOn: '2023-12-31',
    sourceDocumentId: doc.plan2023,
    domains: [{ id: 'digital-government', title: { vi: 'Chính quyền số', en: 'Digital government' } }],
    achievementCategories: [],
    rounds: [],
  },
  {
    id: 'bn2030',
    title: { vi: 'Đề án Chuyển đổi số tỉnh Bắc Ninh giai đoạn 2024–2030', en: 'Bắc Ninh digital transformation scheme 2024–2030' },
    issuer: { vi: 'HĐND tỉnh Bắc Ninh', en: 'Bắc Ninh Provincial People’s Council' },
    ownerUnitId: provinceId,
    startsOn: '2024-01-01',
    endsOn: '2030-12-31',
    sourceDocumentId: doc.scheme2030,
    domains: domains2030,
    achievementCategories: [],
    rounds: [],
  },
];

type IndicatorRow = [id: string, campaignId: string, code: string, domainId: string, vi: string, en: string, unit: MeasurementUnit, targets: TargetRow[], appliesTo?: AdministrativeLevel[]];

// The province's own economy, ranking and coverage of its communes: nobody below it reports them.
const provinceOnly: AdministrativeLevel[] = ['province'];

const indicatorRows: IndicatorRow[] = [
  ['bn2023-dvctt-ho-so', 'bn2023', '1', 'digital-government', 'Dịch vụ công trực tuyến phát sinh hồ sơ', 'Online public services that generate dossiers', 'percent', [[2023, 'province', 'gte', 80, doc.plan2023]]],
  ['bn2023-hop-truc-tuyen', 'bn2023', '2', 'digital-government', 'Cuộc họp thực hiện qua hội nghị truyền hình trực tuyến', 'Meetings held by video conference', 'percent', [
    [2023, 'province', 'gte', 70, doc.plan2023],
    [2023, 'district', 'gte', 40, doc.plan2023],
  ]],
  ['bn2023-hai-long', 'bn2023', '3', 'digital-government', 'Người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính', 'Citizens and businesses satisfied with how procedures are handled', 'percent', [[2023, 'province', 'gte', 90, doc.plan2023]]],
  ['bn2030-dvctt-da-phuong-tien', 'bn2030', '1', 'digital-government', 'Dịch vụ công trực tuyến được cung cấp trên nhiều phương tiện truy cập, kể cả thiết bị di động', 'Online public services available on several devices, including mobile', 'percent', [
    [2025, 'province', 'gte', 80, doc.scheme2030],
    [2030, 'province', 'gte', 100, doc.scheme2030],
  ]],
  ['bn2030-giam-tthc', 'bn2030', '2', 'digital-government', 'Cắt giảm thủ tục hành chính', 'Reduction in the number of administrative procedures', 'percent', [[2030, 'province', 'gte', 30, doc.scheme2030]]],
  ['bn2030-kinh-te-so', 'bn2030', '3', 'digital-economy', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy as a share of GRDP', 'grdpShare', [
    [2025, 'province', 'gte', 20, doc.scheme2030],
    [2030, 'province', 'gte', 35, doc.scheme2030],
  ], provinceOnly],
  ['bn2030-kinh-te-so-nganh', 'bn2030', '4', 'digital-economy', 'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực', 'Digital economy share within each sector', 'percent', [[2025, 'province', 'gte', 10, doc.movement2025]], provinceOnly],
  ['bn2030-nang-suat', 'bn2030', '5', 'digital-economy', 'Tăng năng suất lao động hằng năm', 'Yearly growth of labour productivity', 'growthRate', [[2025, 'province', 'gte', 10, doc.movement2025]], provinceOnly],
  ['bn2030-cap-quang-ho', 'bn2030', '6', 'digital-society', 'Hộ gia đình được phủ hạ tầng băng rộng cáp quang', 'Households covered by fibre broadband', 'percent', [[2025, 'province', 'gt', 90, doc.movement2025]]],
  ['bn2030-cap-quang-xa', 'bn2030', '7', 'digital-society', 'Xã được phủ hạ tầng băng rộng cáp quang', 'Communes covered by fibre broadband', 'percent', [[2025, 'province', 'gte', 100, doc.movement2025]], provinceOnly],
  ['bn2030-tai-khoan-tt', 'bn2030', '8', 'digital-society', 'Dân số trong độ tuổi lao động có tài khoản thanh toán điện tử', 'Working-age people with an electronic payment account', 'percent', [
    [2025, 'province', 'gt', 50, doc.movement2025],
    [2030, 'province', 'gt', 80, doc.scheme2030],
  ]],
  // "Top 10 provinces" is a rank of at most 10.
  ['bn2030-xep-hang-dti', 'bn2030', '9', 'overall', 'Thứ hạng Chỉ số chuyển đổi số (DTI) cấp tỉnh', 'Provincial rank on the Digital Transformation Index (DTI)', 'rank', [
    [2025, 'province', 'lte', 10, doc.scheme2030],
    [2030, 'province', 'lte', 10, doc.scheme2030],
  ], provinceOnly],
];

export const programmeIndicators: Indicator[] = indicatorRows.map(([id, campaignId, code, domainId, vi, en, unit, rows, appliesTo], i) => ({
  id,
  campaignId,
  code,
  order: i,
  domainId,
  title: { vi, en },
  unit,
  ...(appliesTo ? { appliesTo } : {}),
  targets: targets(id, rows),
}));

type Fact = Omit<Measurement, 'recordedAt'>;
const fact = (indicatorId: string, value: number, measuredOn: string, source: string): Fact => ({
  id: `fact-${indicatorId}-${measuredOn}`,
  indicatorId,
  unitId: provinceId,
  value,
  measuredOn,
  source,
  demo: false,
});

/** Published figures, not demo data: DTI ranks 2020–2022 and the digital economy's share in 2022. */
export const facts: Fact[] = [
  fact('bn2030-xep-hang-dti', 3, '2020-12-31', 'Bộ TT&TT, Chỉ số DTI cấp tỉnh năm 2020: hạng 3/63'),
  fact('bn2030-xep-hang-dti', 4, '2021-12-31', 'Bộ TT&TT, Chỉ số DTI cấp tỉnh năm 2021: hạng 4/63'),
  fact('bn2030-xep-hang-dti', 7, '2022-12-31', 'Bộ TT&TT, Chỉ số DTI cấp tỉnh năm 2022 (công bố 2023): hạng 7/63'),
  fact('bn2030-kinh-te-so', 56.83, '2022-12-31', 'Sở TT&TT Bắc Ninh, tổng kết năm 2023: kinh tế số 56,83% GRDP năm 2022'),
];

const QUARTERS = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'];
export const DEMO_SOURCE = 'Dữ liệu minh họa (demo) — không phải số liệu chính thức';

/**
 * A quarterly demo history ending at `last` on `until`: it climbs from
 * `first` with a little unevenness, so trend lines look like real reporting.
 * Deterministic, so seeding twice writes the same rows.
 */
export function demoHistory(
  indicatorId: string,
  unitId: string,
  unit: MeasurementUnit,
  first: number,
  last: number,
  until: string,
): Fact[] {
  const dates = QUARTERS.filter((d) => d <= until);
  const digits = unit === 'index' ? 4 : 1;
  return dates.map((measuredOn, i) => {
    const t = dates.length === 1 ? 1 : i / (dates.length - 1);
    const wobble = i === dates.length - 1 || i === 0 ? 0 : ((((i * 7919 + indicatorId.length * 31 + unitId.length * 17) % 11) - 5) / 100) * Math.abs(last - first);
    const value = Number((first + (last - first) * Math.sqrt(t) + wobble).toFixed(digits));
    const max = unit === 'index' ? 1 : 100;
    return {
      id: `demo-${indicatorId}-${unitId}-${measuredOn}`,
      indicatorId,
      unitId,
      value: Math.min(max, Math.max(0, value)),
      measuredOn,
      source: DEMO_SOURCE,
      demo: true,
    };
  });
}
