/**
 * A generated province at national scale, for the server benchmarks: the
 * seeded catalog (its campaign, documents, indicators, 13 departments and
 * their scores kept as they are, so the departments' ranking is the same
 * group at both sizes) plus communes and wards and their village community
 * digital-technology teams up to `units` units, each with DTI scores for
 * 2024 and 2025, and quarterly figures of the commune-level indicators for
 * every commune and ward.
 *
 * Names are Vietnamese and realistic: many communes share a name (as "Tân
 * Lập" does across the country; the ids differ), some are long, and scores
 * are rounded to two decimals per sub-index so ties are frequent. Every
 * figure is invented (`demo: true`), reproducible from a fixed seed.
 *
 *   node bench/generate-province.mjs [units=10000] > province-10000.json
 *
 * or `generateProvince({ units })` to load it through the server's seed path
 * (`seedCatalog`, what `thidua seed --catalog` runs).
 */
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { seededSequence } from '@thidua/schemas/testing/sequence';

const first = ['Tân', 'Hòa', 'Phú', 'An', 'Bình', 'Thạnh', 'Long', 'Phước', 'Hưng', 'Đông', 'Tây', 'Nam', 'Bắc', 'Vĩnh', 'Xuân', 'Quảng', 'Đức', 'Thái', 'Minh', 'Trung', 'Hồng', 'Yên', 'Đại', 'Cẩm', 'Ea', 'Đắk', 'Nà', 'Mường'];
const second = ['Lập', 'Hòa', 'Phú', 'An', 'Thành', 'Lợi', 'Hiệp', 'Xuân', 'Hưng', 'Sơn', 'Tiến', 'Lộc', 'Thịnh', 'Mỹ', 'Quang', 'Thuận', 'Bình', 'Hải', 'Khánh', 'Nghĩa', 'Kar', 'Glei', 'Pơ', 'Chà'];
// A few of the country's longest commune names, and made-up long ones, so that tables wrap.
const long = [
  'Đắk Pxi Tây Nguyên Mới',
  'Nghĩa Trung Lương Sơn Đông',
  'Phước Hưng Long Điền Thạnh Mỹ',
  'Cư Kty Ea Kao Krông Ana',
  'Quảng Phú Cầu Xuân Lâm Thượng',
];
const villages = ['Thôn', 'Bản', 'Ấp', 'Tổ dân phố', 'Khu phố', 'Buôn', 'Plei', 'Làng'];

const sequence = seededSequence;

const round2 = (x) => Math.round(x * 100) / 100;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const source = 'Dữ liệu minh họa (demo) — tỉnh sinh tự động cho benchmark';

/**
 * The seeded catalog grown to `units` organisation units (at least the
 * seeded 32). A third of the new units are communes and wards, the rest
 * community teams under them.
 */
export function generateProvince({ units: total = 10_000 } = {}) {
  const base = bacNinh2026;
  const province = base.units.find((u) => u.kind === 'province');
  const campaignId = base.campaigns[0].id;
  const index = base.scoreIndices[0];
  const extra = Math.max(0, total - base.units.length);
  const communeCount = Math.ceil(extra / 3);
  const teamCount = extra - communeCount;
  const next = sequence(`province-${total}`);
  const pick = (list) => list[Math.floor(next() * list.length)];

  const communes = [];
  for (let i = 0; i < communeCount; i++) {
    const ward = next() < 0.3;
    const name = i % 97 === 0 ? long[(i / 97) % long.length] : `${pick(first)} ${pick(second)}`;
    communes.push({
      id: `${ward ? 'phuong' : 'xa'}-g${String(i + 1).padStart(5, '0')}`,
      name: { vi: `${ward ? 'Phường' : 'Xã'} ${name}`, en: `${name} ${ward ? 'Ward' : 'Commune'}` },
      kind: ward ? 'ward' : 'commune',
      level: 'commune',
      parentId: province.id,
    });
  }
  const teams = [];
  for (let i = 0; i < teamCount; i++) {
    const parent = communes[i % communes.length];
    const n = Math.floor(i / communes.length) + 1;
    const village = pick(villages);
    teams.push({
      id: `to-cns-g${String(i + 1).padStart(5, '0')}`,
      name: {
        vi: `Tổ công nghệ số cộng đồng ${village} ${n}, ${parent.name.vi}`,
        en: `Community digital technology team, ${village} ${n}, ${parent.name.en}`,
      },
      kind: 'communityTeam',
      level: 'commune',
      parentId: parent.id,
    });
  }
  const added = [...communes, ...teams];

  // Two decimals per sub-index: among thousands of units many totals tie.
  const scores = [];
  for (const unit of added) {
    const r = sequence(unit.id);
    const level = 0.3 + r() * 0.55;
    const growth = -0.04 + r() * 0.1;
    for (const [period, at] of [['2024', level], ['2025', level + growth]]) {
      const subScores = {};
      for (const s of index.subIndices) subScores[s.id] = round2(clamp(at + (r() - 0.5) * 0.2, 0.1, 0.99));
      const points = index.subIndices.reduce((sum, s) => sum + s.maxPoints, 0);
      const value = index.subIndices.reduce((sum, s) => sum + subScores[s.id] * s.maxPoints, 0) / points;
      scores.push({ campaignId, indexId: index.id, unitId: unit.id, period, value: Math.round(value * 10_000) / 10_000, subScores, source, demo: true });
    }
  }

  // Quarterly figures of the indicators with a commune-level target, for every commune and ward.
  const communeIndicators = base.indicators.filter((i) => i.campaignId === campaignId && i.targets.some((t) => t.level === 'commune'));
  const quarters = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30'];
  const measurements = [];
  for (const unit of communes) {
    for (const indicator of communeIndicators) {
      const r = sequence(`${unit.id}/${indicator.id}`);
      let value = 20 + r() * 50;
      for (const [q, measuredOn] of quarters.entries()) {
        value = clamp(value + r() * 8, 0, 100);
        measurements.push({
          id: `g-${indicator.id}-${unit.id}-${q}`,
          indicatorId: indicator.id,
          unitId: unit.id,
          value: Math.round(value * 10) / 10,
          measuredOn,
          source,
          demo: true,
        });
      }
    }
  }

  return {
    ...base,
    units: [...base.units, ...added],
    scores: [...base.scores, ...scores],
    measurements: [...base.measurements, ...measurements],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const units = Number(process.argv[2] ?? 10_000);
  process.stdout.write(JSON.stringify(generateProvince({ units })));
}
