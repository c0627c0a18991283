import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Catalog,
  RankingQuery,
  bandOf,
  compareVietnamese,
  competitionRanks,
  vietnameseCollator,
  VIETNAMESE_ORDER,
  csvCell,
  foldForSearch,
  inRankingGroup,
  matchesSearch,
  nameOrder,
  rankChange,
  rankScores,
  scoreKey,
  sortByVietnamese,
  sortEntries,
  toCsv,
  topEntries,
  validate,
  weightedTotal,
  type Band,
  type RankedUnit,
  type RankingEntry,
  type UnitScore,
} from '../src/index.js';
import { bacNinh2026 } from '../src/catalogs/bac-ninh-2026.js';

const unit = (id: string, vi: string, kind: RankedUnit['kind'] = 'ward'): RankedUnit => ({ id, name: { vi }, kind });
const score = (u: RankedUnit, value: number, subScores?: Record<string, number>): UnitScore => ({ unit: u, value, subScores });

const bands: Band[] = [
  // Deliberately not in order: the thresholds decide, not the list's order.
  { id: 'fair', label: { vi: 'Khá', en: 'Fair' }, min: 0.5 },
  { id: 'excellent', label: { vi: 'Xuất sắc', en: 'Excellent' }, min: 0.8 },
  { id: 'poor', label: { vi: 'Kém', en: 'Poor' }, min: 0 },
  { id: 'good', label: { vi: 'Tốt', en: 'Good' }, min: 0.65 },
  { id: 'average', label: { vi: 'Trung bình', en: 'Average' }, min: 0.35 },
];

describe('competitionRanks', () => {
  it('gives ties one rank and skips the next (1, 2, 2, 4)', () => {
    assert.deepEqual(competitionRanks([0.8, 0.7, 0.7, 0.6], { direction: 'higher' }), [1, 2, 2, 4]);
    assert.deepEqual(competitionRanks([0.6, 0.7, 0.8, 0.7], { direction: 'higher' }), [4, 2, 1, 2]);
    assert.deepEqual(competitionRanks([5, 5, 5], { direction: 'higher' }), [1, 1, 1]);
    assert.deepEqual(competitionRanks([], { direction: 'higher' }), []);
  });

  it('ranks the smallest first when lower is better, and the nearest to the target for "closest"', () => {
    assert.deepEqual(competitionRanks([12, 3, 7, 3], { direction: 'lower' }), [4, 1, 3, 1]);
    assert.deepEqual(competitionRanks([95, 100, 104, 96], { direction: 'closest', target: 100 }), [4, 1, 2, 2]);
  });

  it('ties 0 with -0, and ranks NaN after every number, tied with NaN', () => {
    assert.deepEqual(competitionRanks([0, -0, 0.5, 0], { direction: 'lower' }), [1, 1, 4, 1]);
    assert.deepEqual(competitionRanks([Number.NaN, 0.2, Number.NaN, 0.9], { direction: 'higher' }), [3, 2, 3, 1]);
  });

  it('keys a score by its 12 significant digits, small, large or negative', () => {
    for (const x of [0.1 + 0.2, 0.7012, 1 / 3, -2 / 3, 123456.7890123456, 1e-31 / 3, 7e31 / 3, 1e-40 / 3, 1e40 / 3, Number.MAX_VALUE]) {
      assert.equal(scoreKey(x), Number(x.toPrecision(12)), String(x));
    }
    assert.equal(scoreKey(0), 0);
    assert.ok(Number.isNaN(scoreKey(Number.NaN)));
  });

  it('treats sums equal but for floating-point noise as a tie', () => {
    assert.notEqual(0.1 + 0.2, 0.3);
    assert.deepEqual(competitionRanks([0.1 + 0.2, 0.3, 0.29], { direction: 'higher' }), [1, 1, 3]);
  });
});

describe('compareVietnamese', () => {
  const collator = vietnameseCollator();
  const sign = (x: number) => Math.sign(x);

  it('orders every letter, tone, case, digit and listed punctuation mark as Intl.Collator("vi") does', () => {
    const letters = VIETNAMESE_ORDER.alphabet.flatMap((l) =>
      ((VIETNAMESE_ORDER.vowels as readonly string[]).includes(l) ? VIETNAMESE_ORDER.tones : ['']).map((t) => (l + t).normalize('NFC')),
    );
    const chars = [...VIETNAMESE_ORDER.punctuation, ...'0123456789', ...letters, ...letters.map((l) => l.toUpperCase())];
    for (const x of chars) for (const y of chars) assert.equal(sign(compareVietnamese(x, y)), sign(collator.compare(x, y)), `${x} ${y}`);
  });

  it('agrees with the collator on names that differ in a tone, a case, a length or a character it leaves to the collator', () => {
    const pairs: [string, string][] = [
      ['Phường Đồng Nguyên', 'Phường Dương Nội'],
      ['Xã Tiên Du', 'xã Tiên Du'],
      ['Tài', 'Tai'],
      ['Phường 1', 'Phường 10'],
      ['Phường 9', 'Phường 10'],
      ['Sở Y tế', 'Sở Y tế (cũ)'],
      // A combining mark changes the letter before it (a + \u0302 is â, which sorts after ă): that letter alone must not decide.
      ['Xa\u0306c', 'Xad'],
      ['Xa\u0302', 'Xă'],
      // NFD against NFC, and a character with no weight (a non-breaking space, Han).
      ['Tiê\u0300n', 'Tiền'],
      ['Từ\u00a0Sơn', 'Từ Sơn'],
      ['Hà Nội 河', 'Hà Nội'],
      ['', 'a'],
      ['Đ', ''],
    ];
    for (const [a, b] of pairs) {
      assert.equal(sign(compareVietnamese(a, b)), sign(collator.compare(a, b)), `${a} | ${b}`);
      assert.equal(sign(compareVietnamese(b, a)), sign(collator.compare(b, a)), `${b} | ${a}`);
    }
  });

  it('agrees with the collator on 200,000 generated pairs with shared beginnings', () => {
    // A deterministic generator: the same pairs on every run.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const pool = [...' -,.()0123456789aAàáảãạăắâấầbcdđĐeéêếệghiíklmnoóôốơớờpqrstuúưứừvxyýzZ', '\u0306', '\u0301', '\u00a0', ';', 'é'.normalize('NFD')];
    const text = () => Array.from({ length: random(7) }, () => pool[random(pool.length)]).join('');
    for (let k = 0; k < 200_000; k++) {
      const stem = text();
      const a = stem + text();
      const b = stem + text();
      assert.equal(sign(compareVietnamese(a, b)), sign(collator.compare(a, b)), JSON.stringify([a, b]));
    }
  });
});

describe('sortByVietnamese', () => {
  it('sorts as the collator does, names alike in their first 8 letters and names it leaves to the collator included, stably', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const pool = [...' -0123456789aàăằâbcdđeêghiklmnoôơờpqrstuưứvxyz', 'A', 'Đ', '\u0306', '\u00a0'];
    const stems = ['', 'Phường ', 'Phường Đồng ', 'Xã Tiên Du ', 'Sở Khoa học '];
    const names = Array.from({ length: 3000 }, () => stems[random(stems.length)] + Array.from({ length: random(6) }, () => pool[random(pool.length)]).join(''));
    const items = names.map((name, i) => ({ name, i }));
    const collator = vietnameseCollator();
    const expected = [...items].sort((a, b) => collator.compare(a.name, b.name) || a.i - b.i);
    assert.deepEqual(sortByVietnamese([...items], (x) => x.name), expected);
  });
});

describe('rankScores', () => {
  const a = unit('a', 'Phường Đồng Nguyên');
  const b = unit('b', 'Phường Dương Nội');
  const c = unit('c', 'Xã Tiên Du', 'commune');
  const d = unit('d', 'Phường Zeta');
  const e = unit('e', 'Phường Mới');

  it('ranks by value with ties listed in Vietnamese name order, bands and previous ranks', () => {
    const entries = rankScores(
      [score(d, 0.7), score(a, 0.7), score(c, 0.91), score(b, 0.7), score(e, 0.4)],
      [score(a, 0.81), score(b, 0.6), score(c, 0.6), score(d, 0.5)],
      { direction: 'higher', bands },
    );
    assert.deepEqual(
      entries.map((x) => [x.rank, x.unit.id, x.tied, x.band]),
      [
        [1, 'c', false, 'excellent'],
        // D before Đ before Z: plain sort() would put Đ after Z.
        [2, 'b', true, 'good'],
        [2, 'a', true, 'good'],
        [2, 'd', true, 'good'],
        [5, 'e', false, 'average'],
      ],
    );
    assert.deepEqual(entries.find((x) => x.unit.id === 'a')!.previous, { rank: 1, value: 0.81 });
    // b and c tied at 0.6 last year: both were second.
    assert.deepEqual(entries.find((x) => x.unit.id === 'b')!.previous, { rank: 2, value: 0.6 });
    assert.deepEqual(entries.find((x) => x.unit.id === 'c')!.previous, { rank: 2, value: 0.6 });
    assert.equal(entries.find((x) => x.unit.id === 'e')!.previous, null);
  });

  it("finds each unit's previous score whether both periods list the units in the same order or not", () => {
    const now = [score(a, 0.9), score(b, 0.8), score(c, 0.7)];
    const then = [score(a, 0.5), score(b, 0.8), score(c, 0.6)];
    const previous = (list: UnitScore[]) => rankScores(now, list, { direction: 'higher' }).map((x) => [x.unit.id, x.previous]);
    const expected = [
      ['a', { rank: 3, value: 0.5 }],
      ['b', { rank: 1, value: 0.8 }],
      ['c', { rank: 2, value: 0.6 }],
    ];
    assert.deepEqual(previous(then), expected);
    assert.deepEqual(previous([then[2]!, then[0]!, then[1]!]), expected);
    // Same length, another unit in one place: looked up by id, and the missing one has none.
    assert.deepEqual(previous([then[0]!, score(d, 0.99), then[2]!]), [expected[0], ['b', null], ['c', { rank: 2, value: 0.6 }]]);
  });

  it('reports the change in places (positive = up) and in score', () => {
    assert.deepEqual(rankChange({ rank: 2, value: 0.7, previous: { rank: 5, value: 0.61 } }), { rank: 3, value: 0.09 });
    assert.deepEqual(rankChange({ rank: 4, value: 0.5, previous: { rank: 1, value: 0.8 } }), { rank: -3, value: -0.3 });
    assert.equal(rankChange({ rank: 1, value: 0.5, previous: null }), null);
  });
});

describe('bands', () => {
  it('places a value in the band with the highest threshold it reaches, inclusive', () => {
    assert.equal(bandOf(0.8, bands)?.label.vi, 'Xuất sắc');
    assert.equal(bandOf(0.7999, bands)?.label.vi, 'Tốt');
    assert.equal(bandOf(0.5, bands)?.label.vi, 'Khá');
    assert.equal(bandOf(0.349, bands)?.label.vi, 'Kém');
    assert.equal(bandOf(-1, bands), undefined);
    assert.equal(bandOf(0.9, []), undefined);
  });

  it('weights sub-scores by their points', () => {
    const subIndices = [
      { id: 'x', title: { vi: 'X' }, maxPoints: 100 },
      { id: 'y', title: { vi: 'Y' }, maxPoints: 300 },
    ];
    assert.equal(weightedTotal({ x: 0.4, y: 0.8 }, subIndices), 0.7);
  });
});

describe('groups', () => {
  it('puts departments and agencies in one group, communes and wards in another, and never the province', () => {
    assert.equal(inRankingGroup('department', 'departments'), true);
    assert.equal(inRankingGroup('agency', 'departments'), true);
    assert.equal(inRankingGroup('ward', 'departments'), false);
    assert.equal(inRankingGroup('ward', 'communes'), true);
    assert.equal(inRankingGroup('commune', 'communes'), true);
    assert.equal(inRankingGroup('enterprise', 'all'), true);
    assert.equal(inRankingGroup('province', 'all'), false);
  });
});

describe('sorting a ranking by any column', () => {
  const units = ['Phường Ánh Sáng', 'Phường Anh Đào', 'Xã Đông', 'Xã Dung', 'Xã Zô', 'Phường Ủy'].map((n, i) => unit(`u${i}`, n));
  const entries = rankScores(
    units.map((u, i) => score(u, [0.9, 0.8, 0.8, 0.6, 0.5, 0.4][i]!, i === 5 ? {} : { awareness: [0.5, 0.9, 0.7, 0.2, 0.3][i]! })),
    units.slice(1).map((u, i) => score(u, [0.9, 0.7, 0.5, 0.6, 0.1][i]!)),
    { direction: 'higher', bands },
  );
  const names = nameOrder(entries, (e) => e.unit.name.vi, 'vi');
  const ids = (list: RankingEntry[]) => list.map((e) => e.unit.name.vi);

  it('sorts names in Vietnamese order, both ways', () => {
    const asc = sortEntries(entries, { key: 'name', order: 'ascending' }, { names });
    assert.deepEqual(ids(asc), ['Phường Anh Đào', 'Phường Ánh Sáng', 'Phường Ủy', 'Xã Dung', 'Xã Đông', 'Xã Zô']);
    assert.deepEqual(ids(sortEntries(entries, { key: 'name', order: 'descending' }, { names })), [...ids(asc)].reverse());
  });

  it('keeps tied units in rank order when sorting by value', () => {
    const byValue = sortEntries(entries, { key: 'value', order: 'ascending' }, { names });
    assert.deepEqual(byValue.map((e) => e.value), [0.4, 0.5, 0.6, 0.8, 0.8, 0.9]);
    assert.deepEqual(byValue.slice(3, 5).map((e) => e.rank), [2, 2]);
  });

  it('puts rows without a value in the column last, in either order', () => {
    const up = sortEntries(entries, { key: 'change', order: 'descending' }, { names });
    assert.equal(up.at(-1)!.unit.name.vi, 'Phường Ánh Sáng'); // new: no previous rank
    // Two units held their place (2nd → 2nd, 4th → 4th): the better-ranked first.
    assert.deepEqual(up.slice(0, 2).map((e) => e.unit.name.vi), ['Xã Đông', 'Xã Dung']);
    const down = sortEntries(entries, { key: 'change', order: 'ascending' }, { names });
    assert.equal(down[0]!.unit.name.vi, 'Xã Zô'); // 3rd → 5th
    assert.equal(down.at(-1)!.unit.name.vi, 'Phường Ánh Sáng');
    const bySub = sortEntries(entries, { key: 'sub:awareness', order: 'descending' }, { names });
    assert.deepEqual(bySub.map((e) => e.subScores.awareness ?? null), [0.9, 0.7, 0.5, 0.3, 0.2, null]);
  });

  it('sorts by band from the best band down', () => {
    const byBand = sortEntries(entries, { key: 'band', order: 'descending' }, { names, bands });
    assert.deepEqual(byBand.map((e) => e.band), ['excellent', 'excellent', 'excellent', 'fair', 'fair', 'average']);
  });

  it('keeps a tie at the cut whole in a top-N', () => {
    assert.deepEqual(topEntries(entries, 2).map((e) => e.rank), [1, 2, 2]);
    assert.deepEqual(topEntries(entries, 1).map((e) => e.rank), [1]);
  });
});

describe('search', () => {
  const nfd = 'Phường Từ Sơn'.normalize('NFD');

  it('folds diacritics, đ and either Unicode form to the same text', () => {
    assert.notEqual(nfd, 'Phường Từ Sơn');
    assert.equal(foldForSearch('Phường Từ Sơn'), 'phuong tu son');
    assert.equal(foldForSearch(nfd), 'phuong tu son');
    assert.equal(foldForSearch('  Xã  Đồng   Nguyên '), 'xa dong nguyen');
  });

  it('finds "Từ Sơn" from "Tu Son", from an NFD query, and from the words in any order', () => {
    const folded = foldForSearch('Phường Từ Sơn');
    assert.equal(matchesSearch(folded, 'Tu Son'), true);
    assert.equal(matchesSearch(folded, 'Từ Sơn'.normalize('NFD')), true);
    assert.equal(matchesSearch(folded, 'từ sơn'), true);
    assert.equal(matchesSearch(folded, 'son tu'), true);
    assert.equal(matchesSearch(folded, ''), true);
    assert.equal(matchesSearch(folded, 'Tam Sơn'), false);
    assert.equal(matchesSearch(foldForSearch('Xã Đông Tiến'), 'dong'), true);
  });
});

describe('CSV', () => {
  it('starts with a byte order mark, ends rows in CRLF and quotes what needs quoting', () => {
    const csv = toCsv([
      ['Hạng', 'Đơn vị', 'Điểm'],
      [1, 'Sở Văn hóa, Thể thao và Du lịch', 0.8002],
      [2, 'Tổ "Công nghệ số"', -0.01],
    ]);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.equal(csv, '\uFEFFHạng,Đơn vị,Điểm\r\n1,"Sở Văn hóa, Thể thao và Du lịch",0.8002\r\n2,"Tổ ""Công nghệ số""",-0.01\r\n');
  });

  it('never lets a text cell run as a spreadsheet formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+84'), "'+84");
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(Number.NaN), '');
  });
});

describe('rankings in the catalog', () => {
  const catalog = bacNinh2026;
  const dti = catalog.scoreIndices?.find((i) => i.id === 'dti');

  it('holds the DTI with its sub-indices (1,000 points) and five bands as data', () => {
    assert.ok(dti);
    assert.equal(dti.subIndices.reduce((s, x) => s + x.maxPoints, 0), 1000);
    assert.deepEqual(
      [...dti.bands].sort((a, b) => b.min - a.min).map((b) => b.label.vi),
      ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Kém'],
    );
  });

  it('scores every department, commune and ward for 2024 and 2025, all flagged demo, with ties in both groups', () => {
    const scores = catalog.scores ?? [];
    // Departments, agencies, communes and wards; not the province nor an organisation such as the Youth Union.
    const ranked = catalog.units.filter((u) => ['department', 'agency', 'commune', 'ward'].includes(u.kind));
    assert.ok(ranked.length >= 31, String(ranked.length));
    for (const period of ['2024', '2025']) {
      assert.deepEqual(
        new Set(scores.filter((s) => s.period === period).map((s) => s.unitId)),
        new Set(ranked.map((u) => u.id)),
        period,
      );
    }
    assert.ok(scores.every((s) => s.demo && /demo/i.test(s.source)));
    for (const group of ['departments', 'communes'] as const) {
      const values = scores
        .filter((s) => s.period === '2025' && inRankingGroup(catalog.units.find((u) => u.id === s.unitId)!.kind, group))
        .map((s) => s.value);
      assert.ok(new Set(values).size < values.length, `${group}: a tie in 2025`);
    }
    // Every total is the weighted sum of its sub-scores, to the 4 decimals the DTI is published with.
    for (const s of scores) assert.equal(s.value, Math.round(weightedTotal(s.subScores!, dti!.subIndices) * 1e4) / 1e4);
  });

  it('stays valid without rankings, and names the field of a dangling score reference', () => {
    const { scoreIndices: _i, scores: _s, ...withoutRankings } = catalog;
    assert.equal(validate(Catalog, withoutRankings).success, true);
    const broken = structuredClone(catalog);
    broken.scores![0]!.unitId = 'nowhere';
    broken.scores![1]!.indexId = 'no-index';
    broken.scores![2]!.subScores = { ...broken.scores![2]!.subScores, guesswork: 0.5 };
    broken.scores!.push({ ...broken.scores![3]! });
    broken.scoreIndices!.push({ ...broken.scoreIndices![0]!, id: 'bn2026-09' });
    const result = validate(Catalog, broken);
    assert.equal(result.success, false);
    const paths = !result.success ? result.issues.map((i) => i.path.join('.')) : [];
    assert.ok(paths.includes('scores.0.unitId'), paths.join());
    assert.ok(paths.includes('scores.1.indexId'), paths.join());
    assert.ok(paths.includes('scores.2.subScores.guesswork'), paths.join());
    assert.ok(paths.includes(`scores.${broken.scores!.length - 1}`), paths.join());
    assert.ok(paths.includes('scoreIndices.1.id'), paths.join());
  });
});

describe('RankingQuery', () => {
  it('words a bad period and group by field, in Vietnamese and in English', () => {
    const vi = validate(RankingQuery, { metric: 'dti', period: '25', group: 'provinces' });
    assert.equal(vi.success, false);
    if (vi.success) return;
    const byPath = new Map(vi.issues.map((i) => [i.path.join('.'), i.message]));
    assert.match(byPath.get('period')!, /năm gồm 4 chữ số/);
    assert.ok(byPath.has('group'));
    const en = validate(RankingQuery, { metric: 'DTI', period: '2025' }, 'en');
    assert.equal(en.success, false);
    if (!en.success) assert.match(en.issues[0]!.message, /lower-case letters/);
    assert.equal(validate(RankingQuery, { metric: 'dti' }).success, true);
  });
});
