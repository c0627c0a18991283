import { expect, fixture, html } from '@open-wc/testing';
import type { KpiBoard } from '../kpi-board/kpi-board.js';
import '../kpi-board/kpi-board.js';
import type { KpiProgress } from '../kpi-progress/kpi-progress.js';
import { fetchList, isoDay, text } from '../test-helpers.js';
import { common as enCommon } from './en/common.js';
import { setStrings, stringsFor, type Catalogue } from './index.js';

// The catalogue's typing: an English module that misses a key does not compile (`pnpm typecheck`).
// @ts-expect-error `status.noData` and every other key but `achieved` are missing.
const incomplete: Catalogue['common'] = { ...enCommon, status: { achieved: 'Achieved' } };
void incomplete;

/** A static card that is off track: its deadline passed unmet. */
const offTrackCard = (lang = 'vi') =>
  fixture<KpiProgress>(html`<kpi-progress lang=${lang} label="Hồ sơ" value="62" target="90" unit="percent" deadline=${isoDay(-5)}></kpi-progress>`);

// Runs in a page of its own: the overrides made here reach no other test file.
describe('overriding the kit’s strings (setStrings)', () => {
  it('changes a wording on the cards already shown and on those made later, leaving the rest', async () => {
    const shown = await offTrackCard();
    expect(text(shown, '[part~="status"]')).to.equal('Chậm tiến độ');

    setStrings('vi', { common: { status: { offTrack: 'Chưa đạt' } } });
    await shown.updateComplete;
    expect(text(shown, '[part~="status"]')).to.equal('Chưa đạt');
    expect(text(shown, '[part="target"]')).to.match(/^Mục tiêu: ≥ /);

    const later = await offTrackCard();
    expect(text(later, '[part~="status"]')).to.equal('Chưa đạt');
    await expect(later).to.be.accessible();
  });

  it('applies to one language only, and overrides a function string with a function', async () => {
    const en = await offTrackCard('en');
    expect(text(en, '[part~="status"]')).to.equal('Off track');

    setStrings('en', { common: { status: { offTrack: 'Behind' }, deadline: (date) => `due ${date}` } });
    await en.updateComplete;
    expect(text(en, '[part~="status"]')).to.equal('Behind');
    expect(text(en, '[part="target"]')).to.contain(`· due ${isoDay(-5).split('-').reverse().join('/')}`);
    // Vietnamese keeps its own override, and its other strings.
    const vi = await offTrackCard();
    expect(text(vi, '[part~="status"]')).to.equal('Chưa đạt');
    expect(text(vi, '[part="target"]')).to.contain('hạn ');
  });

  it('adds up: a later call changes only the keys it gives', async () => {
    setStrings('vi', { common: { status: { atRisk: 'Cần đẩy nhanh' } } });
    const strings = stringsFor('vi', 'common') as Catalogue['common'];
    expect(strings.status.atRisk).to.equal('Cần đẩy nhanh');
    expect(strings.status.offTrack).to.equal('Chưa đạt');
    expect(strings.status.achieved).to.equal('Đã đạt');
  });

  it('reaches every namespace: the board’s words and the status filters built from the card’s', async () => {
    setStrings('vi', { board: { all: 'Toàn bộ' } });
    const board = await fixture<KpiBoard>(html`<kpi-board .data=${await fetchList('bn2026', '?asOf=2026-06-30')}></kpi-board>`);
    expect(text(board, '[part="filter"].all')).to.match(/^Toàn bộ \d+$/);
    expect(text(board, '[part="filter"].offTrack')).to.match(/^\d+ chưa đạt$/);
  });
});
