import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  STANDARD_RANKING_GROUPS,
  csvCell,
  toCsv,
  figureDecimals,
  foldForSearch,
  groupOfKind,
  inGroup,
  inRankingGroup,
  matchesSearch,
  rankScores,
  rankingView,
  type RankedUnit,
  type RankingEntry,
  type RankingGroupDefinition,
} from '../src/index.js';

const unit = (id: string, vi: string, kind: RankedUnit['kind'] = 'province', en?: string): RankedUnit => ({ id, name: en ? { vi, en } : { vi }, kind });

/** Published national DTI-like scores of a few provinces, names as dti.gov.vn writes them. */
const provinces: RankingEntry[] = rankScores(
  [
    { unit: unit('ha-noi', 'Hà Nội', 'province', 'Hanoi'), value: 0.8 },
    { unit: unit('hue', 'Thừa Thiên - Huế'), value: 0.75 },
    { unit: unit('brvt', 'Bà Rịa - Vũng Tàu'), value: 0.7 },
    { unit: unit('da-nang', 'Đà Nẵng'), value: 0.75 },
    { unit: unit('an-giang', 'An Giang'), value: 0.5 },
    { unit: unit('bac-ninh', 'Bắc Ninh'), value: 0.6 },
  ],
  [],
  { direction: 'higher' },
);
const ids = (view: readonly RankingEntry[]) => view.map((e) => e.unit.id);
const find = (query: string) => ids(rankingView(provinces, { locale: 'vi', query }));

describe('search ignores punctuation and spacing', () => {
  it('finds "Thừa Thiên - Huế" however the hyphen and spaces are typed', () => {
    for (const q of ['Thừa Thiên-Huế', 'Thừa Thiên - Huế', 'Thừa Thiên Huế', 'thua thien-hue', 'ThừaThiênHuế', 'Huế', 'thien – hue']) {
      assert.deepEqual(find(q), ['hue'], q);
    }
  });

  it('finds "Bà Rịa - Vũng Tàu" typed "Bà Rịa-Vũng Tàu", "BR-VT" finds nothing, words in any order still match', () => {
    assert.deepEqual(find('Bà Rịa-Vũng Tàu'), ['brvt']);
    assert.deepEqual(find('Ba Ria–Vung Tau'), ['brvt']);
    assert.deepEqual(find('vung tau, ba ria'), ['brvt']);
    assert.deepEqual(find('BR-VT'), []);
  });

  it('folds punctuation to single spaces', () => {
    assert.equal(foldForSearch('  Thừa Thiên - Huế. '), 'thua thien hue');
    assert.equal(foldForSearch('TP. Hồ Chí Minh (cũ)'), 'tp ho chi minh cu');
    assert.equal(matchesSearch(foldForSearch('Thừa Thiên - Huế'), ''), true);
  });
});

describe('rankingView: top N → search → sort → keep the highlighted unit', () => {
  it('keeps rank order and every entry by default', () => {
    assert.deepEqual(ids(rankingView(provinces, { locale: 'vi' })), ['ha-noi', 'da-nang', 'hue', 'brvt', 'bac-ninh', 'an-giang']);
  });

  it('keeps a tie at the cut whole, and adds the host unit after the top places', () => {
    assert.deepEqual(ids(rankingView(provinces, { locale: 'vi', top: 2 })), ['ha-noi', 'da-nang', 'hue']);
    assert.deepEqual(ids(rankingView(provinces, { locale: 'vi', top: 2, highlight: 'an-giang' })), ['ha-noi', 'da-nang', 'hue', 'an-giang']);
    // Searching shows what was found, not the host unit.
    assert.deepEqual(ids(rankingView(provinces, { locale: 'vi', top: 2, highlight: 'an-giang', query: 'nẵng' })), ['da-nang']);
  });

  it('searches within the top places, then sorts by name in Vietnamese order or by value', () => {
    // In Vietnamese order a < ă: "Bà Rịa" comes before "Bắc Ninh", Đ after D.
    const byName = rankingView(provinces, { locale: 'vi', sort: { key: 'name', order: 'ascending' } });
    assert.deepEqual(ids(byName), ['an-giang', 'brvt', 'bac-ninh', 'da-nang', 'ha-noi', 'hue']);
    const lowFirst = rankingView(provinces, { locale: 'vi', sort: { key: 'value', order: 'ascending' }, top: 4 });
    assert.deepEqual(ids(lowFirst), ['brvt', 'da-nang', 'hue', 'ha-noi']);
    assert.deepEqual(ids(rankingView(provinces, { locale: 'en', query: 'hanoi' })), ['ha-noi']);
  });
});

describe('groups are data', () => {
  it('`all` holds every kind, provinces included, when data is filtered with inGroup', () => {
    assert.equal(inGroup('province', 'all'), true);
    assert.equal(inGroup('enterprise', 'all'), true);
    assert.equal(inGroup('ward', 'communes'), true);
    assert.equal(inGroup('ward', 'departments'), false);
    assert.equal(inGroup('ward', 'no-such-group'), false);
    // A province's campaign never ranks the province against its own units.
    assert.equal(inRankingGroup('province', 'all'), false);
  });

  it('a province may define its own groups', () => {
    const groups: RankingGroupDefinition[] = [...STANDARD_RANKING_GROUPS, { id: 'enterprises', label: { vi: 'Doanh nghiệp' }, kinds: ['enterprise'] }];
    assert.equal(inGroup('enterprise', 'enterprises', groups), true);
    assert.equal(groupOfKind('enterprise', groups), 'enterprises');
    assert.equal(groupOfKind('enterprise'), undefined);
    assert.equal(groupOfKind('agency'), 'departments');
  });
});

describe('one rule for a figure’s decimals', () => {
  it('an index shows the four decimals it is published with, zeros kept', () => {
    assert.deepEqual(figureDecimals('index'), { minimumFractionDigits: 4, maximumFractionDigits: 4 });
    assert.equal(new Intl.NumberFormat('vi-VN', figureDecimals('index')).format(0.7), '0,7000');
  });

  it('declared decimals win; percentages and counts show up to two; ranks none', () => {
    assert.deepEqual(figureDecimals('index', 2), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    assert.deepEqual(figureDecimals('percent'), { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    assert.deepEqual(figureDecimals('count', 0), { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    assert.deepEqual(figureDecimals('rank'), { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    assert.deepEqual(figureDecimals('index', 1.5), { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  });
});

describe('CSV cells with published decimals', () => {
  it('writes a fixed number of decimals, a negative number unprefixed, nothing for a missing value', () => {
    assert.equal(csvCell({ value: 1, decimals: 4 }), '1.0000');
    assert.equal(csvCell({ value: -0.01234, decimals: 4 }), '-0.0123');
    assert.equal(csvCell({ value: Number.NaN, decimals: 4 }), '');
    assert.equal(toCsv([[{ value: 0.7, decimals: 4 }, 'Bắc Ninh']]), '\uFEFF0.7000,Bắc Ninh\r\n');
  });
});
