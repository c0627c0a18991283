import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { IndicatorList, ProgressStatus } from '@thidua/schemas';
import type { KpiProgress } from '../kpi-progress/kpi-progress.js';
import '../provider/thidua-provider.js';
import { $, apiUrl, countingClient, dmy, fetchList, text } from '../test-helpers.js';
import './kpi-board.js';
import type { KpiBoard } from './kpi-board.js';

const statuses: ProgressStatus[] = ['achieved', 'onTrack', 'atRisk', 'offTrack', 'noData'];
const words: Record<ProgressStatus, string> = {
  achieved: 'đã đạt',
  onTrack: 'đúng tiến độ',
  atRisk: 'có nguy cơ chậm',
  offTrack: 'chậm tiến độ',
  noData: 'chưa có số liệu',
};

const ready = (board: KpiBoard) =>
  waitUntil(() => board.shadowRoot!.querySelector('[part="caption"]') || board.shadowRoot!.querySelector('[role="alert"]'), 'the board did not load', {
    timeout: 8000,
  });
const cards = (board: KpiBoard) => [...board.shadowRoot!.querySelectorAll<KpiProgress>('kpi-progress')];
const filters = (board: KpiBoard) => [...board.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')];
const headings = (board: KpiBoard) => [...board.shadowRoot!.querySelectorAll('[part="heading"]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
/** Every card has rendered its data (the API view is a chunk of the card's own). */
const cardsRendered = (board: KpiBoard) =>
  waitUntil(() => cards(board).every((card) => card.shadowRoot?.querySelector('[part="eyebrow"]')), 'the cards did not render', { timeout: 8000 });

/** How many indicators of a list are in each status, by the same rule as the cards. */
function countsOf(list: IndicatorList) {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const item of list.items) {
    const status = item.latestMeasurement ? item.assessment?.status : 'noData';
    if (status) counts[status] += 1;
  }
  return counts;
}

describe('<kpi-board>', () => {
  let list: IndicatorList;

  before(async () => {
    list = await fetchList('bn2026', '?asOf=2026-06-30');
  });

  it('loads a campaign in one request and shows every indicator in a card, grouped by domain in the campaign order', async () => {
    const { client, requests } = await countingClient();
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" as-of="2026-06-30" .client=${client}></kpi-board>`);
    await ready(board);
    await cardsRendered(board);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.contain('/v1/campaigns/bn2026/indicators?asOf=2026-06-30');
    expect(cards(board)).to.have.length(19);
    expect(text(board, '[part="caption"]')).to.equal('Tiến độ của Tỉnh Bắc Ninh · đánh giá ngày 30/06/2026');

    const expected = list.campaign.domains
      .map((domain) => [domain.title.vi, list.items.filter((item) => item.domainId === domain.id).length] as const)
      .filter(([, n]) => n > 0)
      .map(([title, n]) => `${title} (${n})`);
    expect(headings(board)).to.deep.equal(expected);
    const firstGroup = board.shadowRoot!.querySelector('[part="group"]')!;
    const heading = firstGroup.querySelector('[part="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    // The board is the landmark, named after campaign, unit and date; its groups are not landmarks.
    const base = $(board, '[part="base"]')!;
    expect(base.getAttribute('role')).to.equal('region');
    expect(base.getAttribute('aria-label')).to.equal('Chuyển đổi số trên địa bàn tỉnh Bắc Ninh đến năm 2026 — Tỉnh Bắc Ninh, ngày 30/06/2026');
    expect(firstGroup.hasAttribute('aria-labelledby') || firstGroup.hasAttribute('aria-label')).to.equal(false);
    // The cards were given their data: still the one request.
    expect(requests).to.have.length(1);
    await expect(board).to.be.accessible();
  });

  it('counts the indicators in each status, with icon and words', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    const counts = countsOf(list);
    const [all, ...byStatus] = filters(board);
    expect(all!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tất cả 19');
    expect(byStatus.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(statuses.map((s) => `${counts[s]} ${words[s]}`));
    for (const button of byStatus) expect(button.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect($(board, '[part="summary"]')!.getAttribute('role')).to.equal('group');
    expect($(board, '[part="summary"]')!.getAttribute('aria-label')).to.equal('Lọc chỉ tiêu theo trạng thái');
  });

  it('filters by status with toggle buttons, and says how many it shows', async () => {
    const events: string[] = [];
    const board = await fixture<KpiBoard>(html`<kpi-board
      campaign="bn2026"
      as-of="2026-06-30"
      api-base=${await apiUrl()}
      @thidua-filter=${(e: CustomEvent<{ status: string }>) => events.push(e.detail.status)}
    ></kpi-board>`);
    await ready(board);
    const counts = countsOf(list);
    const status = statuses.find((s) => counts[s] > 0 && counts[s] < 19)!;
    const button = filters(board)[statuses.indexOf(status) + 1]!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await board.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(filters(board)[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(board.getAttribute('status')).to.equal(status);
    expect(cards(board)).to.have.length(counts[status]);
    expect(text(board, '[role="status"]')).to.equal(`Đang hiển thị ${counts[status]}/19 chỉ tiêu`);
    await expect(board).to.be.accessible();

    // Pressing it again shows everything.
    button.click();
    await board.updateComplete;
    expect(cards(board)).to.have.length(19);
    expect(filters(board)[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(board.hasAttribute('status')).to.equal(false);
    expect(events).to.deep.equal([status, '']);
  });

  it('is used with the keyboard alone', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    filters(board)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(board.shadowRoot!.activeElement).to.equal(filters(board)[1]);
    await sendKeys({ press: 'Enter' });
    await board.updateComplete;
    expect(board.status).to.equal('achieved');
    await sendKeys({ press: 'Space' });
    await board.updateComplete;
    expect(board.status).to.equal('');
  });

  it('starts filtered by its status attribute, and says when nothing is in that status', async () => {
    const counts = countsOf(list);
    const empty = statuses.find((s) => counts[s] === 0);
    const board = await fixture<KpiBoard>(html`<kpi-board
      campaign="bn2026"
      as-of="2026-06-30"
      status=${empty ?? 'achieved'}
      api-base=${await apiUrl()}
    ></kpi-board>`);
    await ready(board);
    if (empty) {
      expect(cards(board)).to.have.length(0);
      expect(text(board, '[part="message"]')).to.equal('Không có chỉ tiêu nào ở trạng thái này.');
    } else {
      expect(cards(board)).to.have.length(counts.achieved);
    }
    board.status = '';
    await board.updateComplete;
    expect(cards(board)).to.have.length(19);
    board.status = 'noData';
    await board.updateComplete;
    expect(cards(board)).to.have.length(counts.noData);
    if (counts.noData === 0) expect(text(board, '[part="message"]')).to.equal('Không có chỉ tiêu nào ở trạng thái này.');
    await expect(board).to.be.accessible();
  });

  it("shows a commune's progress with org-unit, and its missing figures as no data", async () => {
    const [kinhBac, tuSon] = await Promise.all([
      fetchList('bn2026', '?unit=phuong-kinh-bac&asOf=2026-06-30'),
      fetchList('bn2026', '?unit=phuong-tu-son&asOf=2026-06-30'),
    ]);
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" org-unit="phuong-kinh-bac" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    await cardsRendered(board);
    expect(text(board, '[part="caption"]')).to.equal(`Tiến độ của Phường Kinh Bắc · đánh giá ngày ${dmy(kinhBac.asOf)}`);
    expect(text(cards(board)[0]!, '[part="eyebrow"]')).to.contain('Phường Kinh Bắc');
    expect(filters(board).map((b) => b.textContent!.replace(/\s+/g, ' ').trim()).slice(1)).to.deep.equal(
      statuses.map((s) => `${countsOf(kinhBac)[s]} ${words[s]}`),
    );

    board.orgUnit = 'phuong-tu-son';
    await ready(board);
    await waitUntil(() => text(board, '[part="caption"]')?.includes('Từ Sơn'), 'the board did not load the other unit', { timeout: 8000 });
    expect(filters(board)[5]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${tuSon.items.length} chưa có số liệu`);
    await expect(board).to.be.accessible();
  });

  it("shows a department what it reports, not the province's own figures (its DTI, its economy)", async () => {
    const codesOn = (board: KpiBoard) => cards(board).map((card) => /Chỉ tiêu (\d+)/.exec(text(card, '[part="eyebrow"]') ?? '')?.[1]);
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" org-unit="so-khoa-hoc-cong-nghe" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    await cardsRendered(board);
    expect(text(board, '[part="caption"]')).to.contain('Sở Khoa học và Công nghệ');
    const shown = codesOn(board);
    expect(shown).to.include.members(['2', '8', '18']);
    expect(shown).to.not.include.members(['1']);
    expect(shown.filter((code) => code === '16' || code === '19')).to.deep.equal([]);
    await expect(board).to.be.accessible();

    // A list handed over as .data is held to the same catalog data.
    const department = (await fetchList('bn2026', '?unit=so-khoa-hoc-cong-nghe&asOf=2026-06-30')).unit;
    const given = await fixture<KpiBoard>(html`<kpi-board .data=${{ ...list, unit: department }}></kpi-board>`);
    await cardsRendered(given);
    expect(codesOn(given)).to.deep.equal(shown);
  });

  it('speaks English under lang="en", cards included', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board lang="en" campaign="bn2026" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    await cardsRendered(board);
    expect(text(board, '[part="caption"]')).to.equal('Progress of Bắc Ninh Province · assessed on 30/06/2026');
    expect(filters(board)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('All 19');
    expect(headings(board)[0]).to.equal(`${list.campaign.domains[0]!.title.en} (${list.items.filter((i) => i.domainId === list.campaign.domains[0]!.id).length})`);
    expect(text(cards(board)[0]!, '[part="eyebrow"]')).to.equal('Indicator 1 · Bắc Ninh Province');
    board.lang = 'vi';
    await board.updateComplete;
    await cards(board)[0]!.updateComplete;
    expect(text(cards(board)[0]!, '[part="eyebrow"]')).to.equal('Chỉ tiêu 1 · Tỉnh Bắc Ninh');
    await expect(board).to.be.accessible();
  });

  it('renders from .data without a request, with the cards in the chosen variant', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board variant="detailed" heading-level="2" .data=${list}></kpi-board>`);
    await cardsRendered(board);
    expect(cards(board)).to.have.length(19);
    await Promise.all(cards(board).map((card) => card.updateComplete));
    expect(cards(board).every((card) => card.shadowRoot!.querySelector('[part="detail"]'))).to.equal(true);
    expect(board.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    await expect(board).to.be.accessible();
  });

  it('lets a page style its cards from outside through the parts it exports (kpi-board::part(card-…))', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      kpi-board.branded::part(card) { border-color: rgb(1, 2, 3); }
      kpi-board.branded::part(card-label) { color: rgb(4, 5, 6); }
      kpi-board.branded::part(card-indicator) { background: rgb(7, 8, 9); }
      kpi-board.branded::part(card-trend) { font-style: italic; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const board = await fixture<KpiBoard>(html`<kpi-board class="branded" variant="detailed" .data=${list}></kpi-board>`);
      await cardsRendered(board);
      await Promise.all(cards(board).map((card) => card.updateComplete));
      const part = (card: KpiProgress, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
      for (const card of cards(board)) {
        expect(getComputedStyle(part(card, 'base')!).borderTopColor).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(part(card, 'label')!).color).to.equal('rgb(4, 5, 6)');
      }
      const withBar = cards(board).filter((card) => part(card, 'indicator'));
      expect(withBar.length).to.be.greaterThan(0);
      for (const card of withBar) expect(getComputedStyle(part(card, 'indicator')!).backgroundColor).to.equal('rgb(7, 8, 9)');
      const withTrend = cards(board).filter((card) => part(card, 'trend'));
      expect(withTrend.length).to.be.greaterThan(0);
      for (const card of withTrend) expect(getComputedStyle(part(card, 'trend')!).fontStyle).to.equal('italic');
      // The board's own parts are still its own: a card's part name does not leak onto them.
      expect(getComputedStyle($(board, '[part="base"]')!).borderTopColor).to.not.equal('rgb(1, 2, 3)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('says so when a campaign has no indicators', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board .data=${{ ...list, items: [] }}></kpi-board>`);
    expect(text(board, '[part="message"]')).to.equal('Phong trào này chưa có chỉ tiêu nào.');
    expect($(board, '[part="summary"]')).to.equal(null);
    await expect(board).to.be.accessible();
  });

  it('shows a busy placeholder while loading', async () => {
    const { client } = await countingClient({ hang: true });
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" .client=${client}></kpi-board>`);
    const base = $(board, '[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(text(board, '.caption')).to.equal('Đang tải các chỉ tiêu…');
    expect(board.shadowRoot!.querySelectorAll('.placeholder').length).to.be.greaterThan(0);
    await expect(board).to.be.accessible();
  });

  it('shows an error with a retry button, and loads on retry', async () => {
    const { client, requests } = await countingClient({ failFirst: 1 });
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" .client=${client}></kpi-board>`);
    await ready(board);
    expect(text(board, '[role="alert"] [part="error"]')).to.equal('Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.');
    await expect(board).to.be.accessible();
    $(board, '[part="retry"]')!.click();
    await waitUntil(() => cards(board).length === 19, 'no cards after retry', { timeout: 8000 });
    expect(requests).to.have.length(2);
  });

  it('names an unknown campaign, and a missing one', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="khong-co" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    expect(text(board, '[part="error"]')).to.equal('Không tìm thấy phong trào thi đua "khong-co" hoặc đơn vị được chọn.');
    const none = await fixture<KpiBoard>(html`<kpi-board lang="en" api-base=${await apiUrl()}></kpi-board>`);
    await ready(none);
    expect(text(none, '[part="error"]')).to.equal('No campaign is given (campaign).');
  });

  it('uses the client of an enclosing <thidua-provider>', async () => {
    const { client, requests } = await countingClient();
    const provider = await fixture(html`<thidua-provider .client=${client}><kpi-board campaign="bn2026"></kpi-board></thidua-provider>`);
    const board = provider.querySelector('kpi-board')!;
    await ready(board);
    expect(cards(board)).to.have.length(19);
    expect(requests).to.have.length(1);
  });

  it('keeps the pressed filter visible in forced-colors (high contrast) mode', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board status="achieved" .data=${list}></kpi-board>`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const [all, achieved] = filters(board);
      expect(getComputedStyle(achieved!).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(achieved!).backgroundColor).to.not.equal(getComputedStyle(all!).backgroundColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('gives repeated boards on one page landmarks of their own names', async () => {
    const api = await apiUrl();
    const page = await fixture<HTMLElement>(html`<div>
      <kpi-board campaign="bn2026" as-of="2026-06-30" api-base=${api}></kpi-board>
      <kpi-board campaign="bn2026" org-unit="phuong-kinh-bac" as-of="2026-06-30" api-base=${api}></kpi-board>
    </div>`);
    const boards = [...page.querySelectorAll<KpiBoard>('kpi-board')];
    await Promise.all(boards.map(ready));
    await Promise.all(boards.map(cardsRendered));
    const names = boards.map((b) => $(b, '[part="base"]')!.getAttribute('aria-label'));
    expect(new Set(names).size).to.equal(2);
    await expect(page).to.be.accessible();
  });

  it('shows a unit only the indicators of its level', async () => {
    const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" org-unit="phuong-kinh-bac" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>`);
    await ready(board);
    await cardsRendered(board);
    const codes = cards(board).map((card) => text(card, '[part="eyebrow"]')!.split(' · ')[0]);
    expect(codes).to.have.length(14);
    for (const code of ['2', '8', '16', '18', '19']) expect(codes).not.to.include(`Chỉ tiêu ${code}`);
    expect(codes).to.include('Chỉ tiêu 1');
    expect(filters(board)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tất cả 14');
    // A list given as .data holds more: the board still keeps to the unit's level.
    const province = await fetchList('bn2026', '?asOf=2026-06-30');
    const ward = await fetchList('bn2026', '?unit=phuong-kinh-bac&asOf=2026-06-30');
    const given = await fixture<KpiBoard>(html`<kpi-board .data=${{ ...province, unit: ward.unit }}></kpi-board>`);
    expect(cards(given)).to.have.length(14);
    await expect(board).to.be.accessible();
  });

  it('wraps the six filter buttons compactly on a 375 px phone, not one per line', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      // As a portal page lays it out: 1rem each side, a sans-serif font (the demo's).
      const page = await fixture<HTMLElement>(html`<div style="padding: 0 1rem; font: 16px/1.5 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif">
        <kpi-board campaign="bn2026" as-of="2026-06-30" api-base=${await apiUrl()}></kpi-board>
      </div>`);
      const board = page.querySelector('kpi-board')!;
      await ready(board);
      const buttons = filters(board);
      expect(buttons).to.have.length(6);
      const rows = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      expect(rows.size, `${rows.size} rows`).to.be.at.most(3);
      const summary = $(board, '[part="summary"]')!;
      expect(summary.scrollWidth).to.be.at.most(summary.clientWidth);
      for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(44);
      await expect(board).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  describe('after the campaign has ended', () => {
    let ended: IndicatorList;
    before(async () => {
      ended = await fetchList('bn2026', '?asOf=2026-11-25');
    });
    const outcomes = () => {
      const counts = { met: 0, notMet: 0, noData: 0 };
      for (const item of ended.items) counts[item.result?.outcome ?? 'noData'] += 1;
      return counts;
    };

    it('says it has ended and when the final review was, and shows each indicator met or not met with counts', async () => {
      const board = await fixture<KpiBoard>(html`<kpi-board campaign="bn2026" as-of="2026-11-25" api-base=${await apiUrl()}></kpi-board>`);
      await ready(board);
      await cardsRendered(board);
      expect(text(board, '[part="caption"]')).to.equal('Kết quả cuối cùng của Tỉnh Bắc Ninh, theo số liệu đến hạn của từng chỉ tiêu');
      expect(text(board, '[part="ended"]')).to.equal('Phong trào đã kết thúc ngày 10/10/2026. Tổng kết ngày 10/10/2026.');
      const counts = outcomes();
      expect(counts.met).to.be.above(0);
      expect(counts.notMet).to.be.above(0);
      expect(filters(board).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Tất cả 19',
        `${counts.met} đạt`,
        `${counts.notMet} không đạt`,
        `${counts.noData} không có số liệu`,
      ]);
      expect($(board, '[part="summary"]')!.getAttribute('aria-label')).to.equal('Lọc chỉ tiêu theo kết quả');
      const said = cards(board).map((card) => text(card, '[part="status"]'));
      expect(said.filter((w) => w === 'Đạt')).to.have.length(counts.met);
      expect(said.filter((w) => w === 'Không đạt')).to.have.length(counts.notMet);
      expect(said).not.to.include('Chậm tiến độ');
      await expect(board).to.be.accessible();

      filters(board)[2]!.click();
      await board.updateComplete;
      expect(board.getAttribute('status')).to.equal('notMet');
      expect(cards(board)).to.have.length(counts.notMet);
      expect(text(board, '.shown')).to.equal(`Đang hiển thị ${counts.notMet}/19 chỉ tiêu`);
      await expect(board).to.be.accessible();
    });

    it('speaks English, and judges indicator 14 by the plan’s own target', async () => {
      const board = await fixture<KpiBoard>(html`<kpi-board lang="en" campaign="bn2026" as-of="2026-11-25" api-base=${await apiUrl()}></kpi-board>`);
      await ready(board);
      await cardsRendered(board);
      expect(text(board, '[part="ended"]')).to.equal('The campaign ended on 10/10/2026. Final review on 10/10/2026.');
      expect(filters(board)[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${outcomes().met} met`);
      const fourteen = cards(board).find((card) => text(card, '[part="eyebrow"]')!.startsWith('Indicator 14 '))!;
      expect(text(fourteen, '[part="target"]')).to.contain('by 10/10/2026');
      await expect(board).to.be.accessible();
    });
  });
});
