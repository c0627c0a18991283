/**
 * The DTI of a province's departments and communes as catalog data: the
 * index, its sub-indices and bands, and DEMO scores for two years.
 *
 * Sub-indices: the eight scored sub-indices of the 2022 provincial DTI
 * framework with their points (DOMAIN.md). Bắc Ninh assesses departments on
 * 6 main indices and districts on 8; the demo uses the provincial eight for
 * both, so one table can compare them.
 *
 * Bands: the five bands Bắc Ninh publishes (Xuất sắc, Tốt, Khá, Trung bình,
 * Kém). Their thresholds are NOT in the source documents: the ones below are
 * demonstration thresholds, to be replaced by the province's own.
 *
 * Scores: invented, flagged `demo: true`, reproducible (a fixed pseudo-random
 * sequence per unit), with ties placed on purpose so that every table shows
 * how tied units share a rank.
 */
import type { OrganisationUnit } from '../organisation-unit.js';
import type { Score, ScoreIndex } from '../ranking.js';
import { weightedTotal } from '../ranking-logic.js';
import { seededSequence } from '../testing/sequence.js';

export const DTI_INDEX_ID = 'dti';

const subIndices: ScoreIndex['subIndices'] = [
  { id: 'awareness', title: { vi: 'Chuyển đổi nhận thức', en: 'Digital awareness' }, maxPoints: 100 },
  { id: 'institutions', title: { vi: 'Kiến tạo thể chế số', en: 'Digital institutions' }, maxPoints: 100 },
  { id: 'infrastructure', title: { vi: 'Hạ tầng và nền tảng số', en: 'Digital infrastructure' }, maxPoints: 100 },
  { id: 'workforce', title: { vi: 'Nhân lực số', en: 'Digital workforce' }, maxPoints: 100 },
  { id: 'cybersecurity', title: { vi: 'An toàn thông tin mạng', en: 'Cybersecurity' }, maxPoints: 100 },
  { id: 'digital-government', title: { vi: 'Chính quyền số', en: 'Digital government' }, maxPoints: 200 },
  { id: 'digital-economy', title: { vi: 'Kinh tế số', en: 'Digital economy' }, maxPoints: 150 },
  { id: 'digital-society', title: { vi: 'Xã hội số', en: 'Digital society' }, maxPoints: 150 },
];

/** The DTI as a score index of `campaignId`, with demonstration band thresholds. */
export function dtiIndex(campaignId: string): ScoreIndex {
  return {
    id: DTI_INDEX_ID,
    campaignId,
    title: { vi: 'Chỉ số chuyển đổi số (DTI)', en: 'Digital transformation index (DTI)' },
    direction: 'higher',
    subIndices,
    // Demonstration thresholds: the province's real ones are not in the sources.
    bands: [
      { id: 'excellent', label: { vi: 'Xuất sắc', en: 'Excellent' }, min: 0.8 },
      { id: 'good', label: { vi: 'Tốt', en: 'Good' }, min: 0.65 },
      { id: 'fair', label: { vi: 'Khá', en: 'Fair' }, min: 0.5 },
      { id: 'average', label: { vi: 'Trung bình', en: 'Average' }, min: 0.35 },
      { id: 'poor', label: { vi: 'Kém', en: 'Poor' }, min: 0 },
    ],
  };
}

const sequence = seededSequence;

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.min(0.99, Math.max(0.1, x));

/**
 * Pairs that score exactly alike in a year: the second unit is given the
 * first's sub-scores. Two tie among the departments in 2025 and two among the
 * communes and wards, so both tables show a shared rank and a skipped one.
 */
const ties: Record<string, [string, string][]> = {
  '2024': [['so-y-te', 'so-xay-dung']],
  '2025': [
    ['so-tu-phap', 'so-tai-chinh'],
    ['phuong-vo-cuong', 'xa-tien-du'],
  ],
};

/**
 * Demo levels (2024, 2025) of a few units: the demo portal's own department
 * climbs into the top three, and one ward falls in the lowest band so that
 * every band appears.
 */
const strengths: Record<string, [number, number]> = {
  'so-khoa-hoc-cong-nghe': [0.72, 0.83],
  'phuong-yen-dung': [0.36, 0.31],
  'van-phong-ubnd-tinh': [0.84, 0.86],
  'so-noi-vu': [0.81, 0.845],
};

const source = 'Dữ liệu minh họa (demo) — không phải kết quả đánh giá chính thức';

/** Demo DTI scores for 2024 and 2025 of every department, commune and ward among `units`. */
export function demoDtiScores(campaignId: string, units: readonly OrganisationUnit[]): Score[] {
  const ranked = units.filter((u) => ['department', 'agency', 'commune', 'ward'].includes(u.kind));
  const subs = new Map<string, Record<string, number>>();
  for (const unit of ranked) {
    const next = sequence(unit.id);
    const [before, after] = strengths[unit.id] ?? [0.38 + next() * 0.48, 0];
    const growth = after ? after - before : -0.03 + next() * 0.1;
    for (const [period, level] of [['2024', before], ['2025', before + growth]] as const) {
      const scores: Record<string, number> = {};
      for (const s of subIndices) scores[s.id] = round2(clamp(level + (next() - 0.5) * 0.2));
      subs.set(`${unit.id}/${period}`, scores);
    }
  }
  for (const [period, pairs] of Object.entries(ties)) {
    for (const [from, to] of pairs) {
      const copied = subs.get(`${from}/${period}`);
      if (copied && subs.has(`${to}/${period}`)) subs.set(`${to}/${period}`, { ...copied });
    }
  }
  return ranked.flatMap((unit) =>
    ['2024', '2025'].map((period) => {
      const subScores = subs.get(`${unit.id}/${period}`)!;
      return {
        campaignId,
        indexId: DTI_INDEX_ID,
        unitId: unit.id,
        period,
        value: Math.round(weightedTotal(subScores, subIndices) * 10_000) / 10_000,
        subScores,
        source,
        demo: true,
      };
    }),
  );
}
