import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { IndicatorDetail, Outcome, ProgressStatus } from '@thidua/schemas';
import '../provider/thidua-provider.js';
import { $, apiUrl, countingClient, dmy, fetchDetail, isoDay, percent, text } from '../test-helpers.js';
import './kpi-progress.js';
import type { KpiProgress } from './kpi-progress.js';

const bar = (el: Element) => $(el, '[role="progressbar"]');
/** The detailed variant's sources, as [term, description] pairs. */
const terms = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part="source"] dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]);
const settled = (el: KpiProgress) =>
  waitUntil(() => !$(el, '.loading'), 'the element stayed in its loading state', { timeout: 8000 });

const outcomeWords: Record<Outcome, string> = { met: 'Đạt', notMet: 'Không đạt', noData: 'Không có số liệu' };

const words: Record<ProgressStatus, string> = {
  achieved: 'Đã đạt',
  onTrack: 'Đúng tiến độ',
  atRisk: 'Có nguy cơ chậm',
  offTrack: 'Chậm tiến độ',
  noData: 'Chưa có số liệu',
};

/** A static card of 62 % against "at least 90 %", on a path from `start` to `deadline` days from today. */
const onPath = (start: number, deadline: number) =>
  fixture<KpiProgress>(html`<kpi-progress
    label="Hồ sơ xử lý trực tuyến"
    value="62"
    target="90"
    unit="percent"
    start=${isoDay(start)}
    deadline=${isoDay(deadline)}
  ></kpi-progress>`);

describe('<kpi-progress> static mode', () => {
  it('shows title, value, target with comparator and deadline, and the status, in Vietnamese by default', async () => {
    const deadline = isoDay(100);
    const el = await onPath(-100, 100);
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ xử lý trực tuyến');
    expect(text(el, '[part="value"]')).to.equal(percent(62));
    expect(text(el, '[part="target"]')).to.equal(`Mục tiêu: ≥ ${percent(90)} (tối thiểu ${percent(90)}) · hạn ${dmy(deadline)}`);
    expect(text(el, '[part~="status"]')).to.equal('Đúng tiến độ');
    await expect(el).to.be.accessible();
  });

  it('judges the value against the straight path from start to deadline: on track, at risk, off track', async () => {
    // 62/90 is 69 % of the way; half the time gone expects 50 %, three quarters 75 %, nine tenths 90 %.
    const onTrack = await onPath(-100, 100);
    const atRisk = await onPath(-150, 50);
    const offTrack = await onPath(-180, 20);
    expect(text(onTrack, '[part~="status"]')).to.equal('Đúng tiến độ');
    expect(text(atRisk, '[part~="status"]')).to.equal('Có nguy cơ chậm');
    expect(text(offTrack, '[part~="status"]')).to.equal('Chậm tiến độ');
    await expect(atRisk).to.be.accessible();
    await expect(offTrack).to.be.accessible();
  });

  it('gives each of the five statuses its own icon, words and colour', async () => {
    const cards = {
      achieved: await fixture<KpiProgress>(html`<kpi-progress label="Số hóa hồ sơ" value="100" target="100" unit="percent"></kpi-progress>`),
      onTrack: await onPath(-100, 100),
      atRisk: await onPath(-150, 50),
      offTrack: await onPath(-180, 20),
      noData: await fixture<KpiProgress>(html`<kpi-progress label="Chữ ký số" target="40" unit="percent"></kpi-progress>`),
    };
    const icons = new Set<string>();
    const colours = new Set<string>();
    for (const [status, el] of Object.entries(cards) as [ProgressStatus, KpiProgress][]) {
      const pill = $(el, '[part~="status"]')!;
      expect(pill.textContent!.trim(), status).to.equal(words[status]);
      expect($(el, '[part="base"]')!.classList.contains(status), status).to.equal(true);
      icons.add(pill.querySelector('svg path')!.getAttribute('d')!);
      colours.add(getComputedStyle(pill).color);
    }
    expect(icons.size).to.equal(5);
    expect(colours.size).to.equal(5);
  });

  it('says neither on track nor off track when there is no start date to draw the path from', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="62" target="90" unit="percent" deadline=${isoDay(30)}></kpi-progress>`);
    expect($(el, '[part~="status"]')).to.equal(null);
    expect(bar(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is off track once the deadline has passed unmet, start date or not', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="62" target="90" unit="percent" deadline=${isoDay(-5)}></kpi-progress>`);
    expect(text(el, '[part~="status"]')).to.equal('Chậm tiến độ');
  });

  it('speaks English under lang="en"', async () => {
    const deadline = isoDay(100);
    const el = await fixture<KpiProgress>(html`<kpi-progress
      lang="en"
      label="Procedure dossiers processed online"
      value="62"
      target="90"
      unit="percent"
      comparator="gt"
      start=${isoDay(-100)}
      deadline=${deadline}
    ></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal(percent(62, 'en-GB'));
    expect(text(el, '[part="target"]')).to.equal(`Target: > 90% (above 90%) · by ${dmy(deadline)}`);
    expect(text(el, '[part~="status"]')).to.equal('On track');
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal(`62% — target above 90% by ${dmy(deadline)}`);
    await expect(el).to.be.accessible();
  });

  it('follows the nearest ancestor lang and a later change of its own lang', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><kpi-progress value="5" target="10" unit="count"></kpi-progress></div>`);
    const el = wrapper.querySelector('kpi-progress')!;
    await el.updateComplete;
    expect(text(el, '[part="target"]')).to.equal('Target: ≥ 10 (at least 10)');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≥ 10 (tối thiểu 10)');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '[part="target"]')).to.equal('Target: ≥ 10 (at least 10)');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('exposes a named progress bar with value, range and a spoken sentence', async () => {
    const deadline = isoDay(100);
    const el = await fixture<KpiProgress>(html`<kpi-progress
      label="Hồ sơ xử lý trực tuyến"
      value="62"
      target="90"
      unit="percent"
      comparator="gt"
      deadline=${deadline}
    ></kpi-progress>`);
    const progressbar = bar(el)!;
    expect(progressbar.getAttribute('aria-valuemin')).to.equal('0');
    expect(progressbar.getAttribute('aria-valuemax')).to.equal('100');
    expect(progressbar.getAttribute('aria-valuenow')).to.equal('69'); // 62 / 90
    expect(progressbar.getAttribute('aria-valuetext')).to.equal(`${percent(62)} — mục tiêu trên ${percent(90)} trước ${dmy(deadline)}`);
    // Named by the title it shows (WCAG 2.5.3, label in name).
    expect(progressbar.getAttribute('aria-label')).to.equal('Hồ sơ xử lý trực tuyến');
    // The fill is sized through the CSSOM (no style attribute in the template), to 62/90 of the track.
    expect($(el, '[part="indicator"]')!.style.width).to.equal('68.89%');
  });

  it('counts progress from a baseline when one is given', async () => {
    // From 40 toward 90, 62 is 22 of 50: 44 % of the way, not 69 %.
    const el = await fixture<KpiProgress>(html`<kpi-progress
      label="Hồ sơ"
      value="62"
      target="90"
      unit="percent"
      baseline="40"
      start=${isoDay(-100)}
      deadline=${isoDay(100)}
    ></kpi-progress>`);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('44');
    expect($(el, '[part="indicator"]')!.style.width).to.equal('44%');
    expect(text(el, '[part~="status"]')).to.equal('Có nguy cơ chậm');
  });

  it('names the bar generically when there is no title', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress value="3" target="4"></kpi-progress>`);
    expect(bar(el)!.getAttribute('aria-label')).to.equal('Tiến độ thực hiện chỉ tiêu');
    await expect(el).to.be.accessible();
  });

  it('does not count a strict "trên 90 %" target as met at exactly 90 %', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Phi địa giới" value="90" target="90" unit="percent" comparator=">"></kpi-progress>`);
    expect($(el, '[part="base"]')!.classList.contains('achieved')).to.equal(false);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('99');
    expect($(el, '[part="indicator"]')!.style.width).to.equal('98%');
    expect(text(el, '[part="target"]')).to.contain(`(trên ${percent(90)})`);

    el.comparator = '≥';
    await el.updateComplete;
    expect(text(el, '[part~="status"]')).to.equal('Đã đạt');
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('100');
    expect($(el, '[part="indicator"]')!.style.width).to.equal('100%');
  });

  it('formats a DTI index with its four published decimals, as the ranking table does', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Chỉ số DTI" value="0.7012" target="0.75" unit="index"></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal('0,7012');
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≥ 0,7500 (tối thiểu 0,7500)');
    const round = await fixture<KpiProgress>(html`<kpi-progress label="Chỉ số DTI" value="0.7" target="0.75" unit="index"></kpi-progress>`);
    expect(text(round, '[part="value"]')).to.equal('0,7000', 'not 0,7: one rule for an index’s decimals');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '[part="value"]')).to.equal('0.7012');
  });

  it('words a rank target as a top-N and counts a lower rank as better', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Xếp hạng DTI" value="7" target="10" unit="rank" comparator="<="></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal('hạng 7');
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≤ hạng 10 (trong nhóm 10 đứng đầu)');
    expect(text(el, '[part~="status"]')).to.equal('Đã đạt');
  });

  it('reads a rank "< 10" as the top 9, never as "below 10th", in both languages', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Xếp hạng DTI" value="12" target="10" unit="rank" comparator="lt"></kpi-progress>`);
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: < hạng 10 (trong nhóm 9 đứng đầu)');
    expect(bar(el)!.getAttribute('aria-valuetext')).to.contain('mục tiêu trong nhóm 9 đứng đầu');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '[part="target"]')).to.equal('Target: < rank 10 (in the top 9)');
    const worse = await fixture<KpiProgress>(html`<kpi-progress lang="en" label="Rank" value="12" target="10" unit="rank" comparator="gte"></kpi-progress>`);
    expect(text(worse, '[part="target"]')).to.equal('Target: ≥ rank 10 (rank 10 or lower)');
    await expect(el).to.be.accessible();
  });

  it('is not on track when it has fallen below the level it had reached, and its bar does not read 94 %', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress
      label="Hồ sơ xử lý trực tuyến"
      value="85"
      target="90"
      baseline="95"
      comparator="gte"
      unit="percent"
      start="2025-01-01"
      deadline="2026-12-31"
      measured-on="2026-06-30"
    ></kpi-progress>`);
    expect(text(el, '[part="status"]')).to.equal('Chậm tiến độ');
    expect($(el, '[part="base"]')!.classList.contains('offTrack')).to.equal(true);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('0');
    await expect(el).to.be.accessible();
    el.variant = 'detailed';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part="path"]')].map((p) => p.textContent!.trim())).to.include(
      'Đã giảm xuống dưới mức đã đạt lúc xuất phát.',
    );
    await expect(el).to.be.accessible();
  });

  it('reads a decimal comma or point in its number attributes', async () => {
    const comma = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="62,5" target="90" unit="percent" deadline="2020-01-01"></kpi-progress>`);
    expect(text(comma, '[part="value"]')).to.equal(percent(62.5));
    expect(text(comma, '[part="status"]')).to.equal('Chậm tiến độ');
    const point = await fixture<KpiProgress>(html`<kpi-progress label="DTI" value="0.8002" target="0,75" unit="index"></kpi-progress>`);
    expect(text(point, '[part="value"]')).to.equal('0,8002');
    expect(text(point, '[part="status"]')).to.equal('Đã đạt');
    await expect(comma).to.be.accessible();
  });

  it('says plainly that a value cannot be read, rather than "no data"', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="sáu mươi" target="90" unit="percent"></kpi-progress>`);
    expect(text(el, '[part="status"]')).to.equal('Không đọc được số liệu');
    expect(text(el, '[part="error"]')).to.equal('Giá trị “sáu mươi” không phải là một số (ví dụ 62,5 hoặc 62.5).');
    expect(el.shadowRoot!.textContent).not.to.contain('Chưa có số liệu');
    expect(bar(el)).to.equal(null);
    await expect(el).to.be.accessible();
    el.setAttribute('target', '9O');
    el.setAttribute('value', '62');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '[part="error"]')).to.equal('The target “9O” is not a number (for example 62.5 or 62,5).');
  });

  it('prints an unknown unit after the number, with Vietnamese grouping', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="1234" target="2000" unit="hồ sơ"></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal('1.234 hồ sơ');
  });

  it('shows a no-data state without a bar when there is no value', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Chữ ký số" target="40" unit="percent"></kpi-progress>`);
    expect(text(el, '.noData [part="status"]')).to.equal('Chưa có số liệu');
    expect(bar(el)).to.equal(null);
    expect(text(el, '[part="target"]')).to.contain(`tối thiểu ${percent(40)}`);
    await expect(el).to.be.accessible();
  });

  it('keeps the bar and the status visible in forced-colors (high contrast) mode', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="50" target="100"></kpi-progress>`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(getComputedStyle(bar(el)!).borderTopStyle).to.equal('solid');
      const fill = getComputedStyle($(el, '[part="indicator"]')!);
      expect(fill.forcedColorAdjust).to.equal('none');
      expect(fill.backgroundColor).to.not.equal(getComputedStyle(bar(el)!).backgroundColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('takes its colours from custom properties and lets a page style its parts', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('kpi-progress.themed::part(value) { color: rgb(4, 5, 6); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = await fixture<KpiProgress>(html`<kpi-progress class="themed" label="Số hóa" value="100" target="100"></kpi-progress>`);
      el.style.setProperty('--kpi-color-achieved', 'rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part~="status"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part="indicator"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part="value"]')!).color).to.equal('rgb(4, 5, 6)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('renders data as text, never as markup', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="<img src=x onerror=alert(1)>" value="1" target="2"></kpi-progress>`);
    expect($(el, '[part="label"] img')).to.equal(null);
    expect(text(el, '[part="label"]')).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<kpi-progress variant="detailed"> static mode', () => {
  it('adds days left, the share of the way against the path, the baseline and the source', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress
      variant="detailed"
      label="Hồ sơ xử lý trực tuyến"
      value="62"
      target="90"
      unit="percent"
      baseline="40"
      start=${isoDay(-100)}
      measured-on=${isoDay(-10)}
      deadline=${isoDay(100)}
      source="Báo cáo của Văn phòng UBND tỉnh"
    ></kpi-progress>`);
    expect(text(el, '[part="days-left"]')).to.equal('Còn 100 ngày');
    // 44 % of the way by a date 90 days into a 200-day path, which expects 45 %.
    expect(text(el, '[part="path"]')).to.equal(`Đã đi được ${percent(44)} chặng đường; theo lộ trình cần ${percent(45)}.`);
    expect(text(el, '[part~="status"]')).to.equal('Có nguy cơ chậm');
    expect(text(el, '[part="baseline"]')).to.equal(`Mốc xuất phát: ${percent(40)} (${dmy(isoDay(-100))})`);
    expect(terms(el)).to.deep.equal([
      ['Nguồn số liệu', 'Báo cáo của Văn phòng UBND tỉnh'],
      ['Ngày số liệu', dmy(isoDay(-10))],
    ]);
    await expect(el).to.be.accessible();
  });

  it('says how long ago a passed deadline was, and when it is today', async () => {
    const past = await fixture<KpiProgress>(html`<kpi-progress variant="detailed" value="1" target="2" deadline=${isoDay(-43)}></kpi-progress>`);
    expect(text(past, '[part="days-left"]')).to.equal('Quá hạn 43 ngày');
    const today = await fixture<KpiProgress>(html`<kpi-progress variant="detailed" value="1" target="2" deadline=${isoDay(0)}></kpi-progress>`);
    expect(text(today, '[part="days-left"]')).to.equal('Hôm nay là hạn chót');
    today.lang = 'en';
    await today.updateComplete;
    expect(text(today, '[part="days-left"]')).to.equal('Due today');
    past.lang = 'en';
    await past.updateComplete;
    expect(text(past, '[part="days-left"]')).to.equal('43 days overdue');
  });

  it('keeps the compact card to title, value, status, bar and target', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress value="62" target="90" deadline=${isoDay(10)} baseline="40" start=${isoDay(-10)}></kpi-progress>`);
    expect($(el, '[part="detail"]')).to.equal(null);
    el.variant = 'detailed';
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.exist;
  });
});

describe('<kpi-progress> with data from the API (.data)', () => {
  let detail: IndicatorDetail;

  before(async () => {
    // While the 2026 plan ran; after its end the card shows the final result (see below).
    detail = await fetchDetail('bn2026-09', undefined, '2026-06-30');
  });

  it('shows the indicator, the unit and the status the server assessed, making no request', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress .data=${detail}></kpi-progress>`);
    const assessment = detail.indicator.assessment!;
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    expect(text(el, '[part="eyebrow"]')).to.equal('Chỉ tiêu 9 · Tỉnh Bắc Ninh');
    expect(text(el, '[part="value"]')).to.equal(percent(detail.indicator.latestMeasurement!.value));
    expect(text(el, '[part~="status"]')).to.equal(words[assessment.status]);
    // The target is the one the assessment names: the 2026 plan's, not an older one.
    const target = detail.indicator.targets.find((t) => t.id === assessment.targetId)!;
    expect(text(el, '[part="target"]')).to.equal(`Mục tiêu: ≥ ${percent(target.value)} (tối thiểu ${percent(target.value)}) · hạn ${dmy(target.deadline)}`);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal(String(Math.min(99, Math.round(assessment.progress! * 100))));
    expect(text(el, '[part="meta"]')).to.equal(
      `Số liệu ngày ${dmy(detail.indicator.latestMeasurement!.measuredOn)} · Số liệu minh họa, không phải số liệu chính thức`,
    );
    await expect(el).to.be.accessible();
  });

  it("takes the status from the server's assessment rather than judging again", async () => {
    const assessment = { ...detail.indicator.assessment!, status: 'atRisk' as const };
    const el = await fixture<KpiProgress>(html`<kpi-progress .data=${{ ...detail, indicator: { ...detail.indicator, assessment } }}></kpi-progress>`);
    expect(text(el, '[part~="status"]')).to.equal('Có nguy cơ chậm');
  });

  it('draws the trend from the history and says it in words, with the sources and the last update', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress variant="detailed" .data=${detail}></kpi-progress>`);
    const history = detail.indicator.history;
    expect(history.length).to.be.greaterThan(1);
    const sparkline = $(el, '[part="sparkline"]')!;
    expect(sparkline.getAttribute('aria-hidden')).to.equal('true');
    expect(sparkline.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(history.length);
    const first = history[0]!;
    const last = history.at(-1)!;
    expect(text(el, '[part="trend"]')).to.equal(
      `Xu hướng: cải thiện, từ ${percent(first.value)} (${dmy(first.measuredOn)}) đến ${percent(last.value)} (${dmy(last.measuredOn)})`,
    );
    const [document, figures, updated] = terms(el);
    expect(document![0]).to.equal('Nguồn chỉ tiêu');
    expect(document![1]).to.match(/^Kế hoạch phát động phong trào thi đua .*, mục III\.9$/);
    expect(figures).to.deep.equal(['Nguồn số liệu', detail.indicator.latestMeasurement!.source]);
    expect(updated![0]).to.equal('Cập nhật');
    expect(updated![1]).to.match(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(el).to.be.accessible();
  });

  it('says a falling rank is an improvement', async () => {
    const history = [
      { ...detail.indicator.history[0]!, value: 12, measuredOn: '2024-12-31' },
      { ...detail.indicator.history[0]!, value: 7, measuredOn: '2025-12-31' },
    ];
    const target = { ...detail.indicator.targets[0]!, value: 10, comparator: 'lte' as const };
    const data: IndicatorDetail = {
      ...detail,
      indicator: {
        ...detail.indicator,
        unit: 'rank',
        targets: [target],
        history,
        latestMeasurement: history[1]!,
        assessment: { targetId: target.id, status: 'achieved', progress: 1, expected: 1, daysLeft: 10, belowBaseline: false },
      },
    };
    const el = await fixture<KpiProgress>(html`<kpi-progress variant="detailed" .data=${data}></kpi-progress>`);
    expect(text(el, '[part="trend"]')).to.equal('Xu hướng: cải thiện, từ hạng 12 (31/12/2024) đến hạng 7 (31/12/2025)');
  });
});

describe('<kpi-progress> after its campaign has ended', () => {
  const read = async (path: string): Promise<IndicatorDetail> => (await fetch(`${await apiUrl()}${path}`)).json();

  it('shows met or not met against the campaign’s own target, with the figure judged', async () => {
    const notMet = await fixture<KpiProgress>(html`<kpi-progress variant="detailed" .data=${await read('/v1/indicators/bn2026-09?asOf=2026-11-25')}></kpi-progress>`);
    await settled(notMet);
    expect(text(notMet, '[part="status"]')).to.equal('Không đạt');
    expect([...$(notMet, '[part="base"]')!.classList]).to.include.members(['ended', 'offTrack']);
    expect(text(notMet, '[part="value"]')).to.equal(percent(62));
    expect(text(notMet, '[part="target"]')).to.contain('hạn 10/10/2026');
    expect(text(notMet, '[part="days-left"]')).to.equal('Kết quả cuối cùng, theo số liệu ngày 30/06/2026');
    await expect(notMet).to.be.accessible();
    const met = await fixture<KpiProgress>(html`<kpi-progress lang="en" .data=${await read('/v1/indicators/bn2026-07?asOf=2026-11-25')}></kpi-progress>`);
    await settled(met);
    expect(text(met, '[part="status"]')).to.equal('Met');
    await expect(met).to.be.accessible();
  });

  it('keeps indicator 14 on the 2026 plan’s target, and shows the 2030 scheme’s only when asked for that programme', async () => {
    const api = await apiUrl();
    const own = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-14" api-base=${api}></kpi-progress>`);
    await settled(own);
    expect(text(own, '[part="target"]')).to.contain('hạn 10/10/2026');
    expect(text(own, '[part="status"]')).to.equal('Không đạt');
    const scheme = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-14" campaign="bn2030" api-base=${api}></kpi-progress>`);
    await settled(scheme);
    expect(text(scheme, '[part="target"]')).to.contain('hạn 31/12/2030');
    expect(text(scheme, '[part="status"]')).not.to.equal('Không đạt');
    await expect(scheme).to.be.accessible();
  });
});

describe('<kpi-progress> live mode', () => {
  let api: string;

  before(async () => {
    api = await apiUrl();
  });

  it('loads a seeded indicator from the API through api-base', async () => {
    const detail = await fetchDetail('bn2026-09');
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" api-base=${api}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    expect(text(el, '[part="eyebrow"]')).to.equal('Chỉ tiêu 9 · Tỉnh Bắc Ninh');
    expect(text(el, '[part="value"]')).to.equal(percent(62));
    // Judged on the server's today: after the plan's end, its final result.
    const { assessment, result } = detail.indicator;
    expect(text(el, '[part~="status"]')).to.equal(result ? outcomeWords[result.outcome] : words[assessment!.status]);
    expect(text(el, '[part="meta"]')).to.equal('Số liệu ngày 30/06/2026 · Số liệu minh họa, không phải số liệu chính thức');
    await expect(el).to.be.accessible();
  });

  it('uses the client and language of an enclosing <thidua-provider>', async () => {
    const provider = await fixture(html`<thidua-provider api-base=${api} lang="en">
      <kpi-progress indicator="bn2026-19"></kpi-progress>
    </thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    await settled(el);
    await el.updateComplete;
    expect(text(el, '[part="label"]')).to.equal('Provincial digital transformation index (DTI)');
    expect(text(el, '[part="value"]')).to.equal('0.7012');
    expect(text(el, '[part="target"]')).to.equal('Target: ≥ 0.7500 (at least 0.7500) · by 10/10/2026');
    await expect(el).to.be.accessible();
  });

  it('shows "no data" for a unit that has not reported', async () => {
    const detail = await fetchDetail('bn2026-09', 'phuong-tu-son');
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" org-unit="phuong-tu-son" api-base=${api}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="eyebrow"]')).to.equal('Chỉ tiêu 9 · Phường Từ Sơn');
    // Once the plan has ended: "no figure by the deadline" rather than "not yet".
    expect(text(el, '.noData [part="status"]')).to.equal(detail.indicator.result ? 'Không có số liệu' : 'Chưa có số liệu');
    expect(bar(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button for an unknown indicator', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="no-such-indicator" api-base=${api}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[role="alert"] [part="error"]')).to.equal('Không tìm thấy chỉ tiêu "no-such-indicator".');
    expect(text(el, '[part="retry"]')).to.equal('Thử lại');
    expect(bar(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when no API is configured', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress lang="en" indicator="bn2026-09"></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="error"]')).to.equal('No data server is configured (api-base).');
  });

  it('shows a busy skeleton while loading', async () => {
    const { client } = await countingClient({ hang: true });
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ xử lý trực tuyến" indicator="bn2026-09" .client=${client}></kpi-progress>`);
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.querySelector('.sk')).to.exist;
    expect(text(el, '.note')).to.equal('Đang tải số liệu…');
    expect(bar(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tries again when the retry button is pressed', async () => {
    const { client, requests } = await countingClient({ failFirst: 1 });
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" .client=${client}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="error"]')).to.equal('Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.');
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => bar(el), 'no progress bar after retry', { timeout: 8000 });
    expect(requests).to.have.length(2);
    expect(text(el, '[part="value"]')).to.equal(percent(62));
  });

  it('loads again through reload()', async () => {
    const { client, requests } = await countingClient();
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" .client=${client}></kpi-progress>`);
    await settled(el);
    await el.reload();
    expect(requests).to.have.length(2);
    expect(text(el, '[part="value"]')).to.equal(percent(62));
  });

  it('announces load and failure with events', async () => {
    const events: string[] = [];
    const listen = (e: Event) => events.push(e.type);
    const wrapper = await fixture(html`<div @thidua-load=${listen} @thidua-error=${listen}>
      <kpi-progress indicator="bn2026-01" api-base=${api}></kpi-progress>
      <kpi-progress indicator="no-such-indicator" api-base=${api}></kpi-progress>
    </div>`);
    await waitUntil(() => events.length === 2, 'expected two events', { timeout: 8000 });
    expect(events.sort()).to.deep.equal(['thidua-error', 'thidua-load']);
    expect(wrapper.querySelectorAll('kpi-progress').length).to.equal(2);
  });

  it('shows the detailed variant of a loaded indicator', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress variant="detailed" indicator="bn2026-09" api-base=${api}></kpi-progress>`);
    await settled(el);
    await el.updateComplete;
    expect($(el, '[part="sparkline"]')).to.exist;
    expect(text(el, '[part="source"]')).to.contain('mục III.9');
    await expect(el).to.be.accessible();
  });

  it('makes at most 2 requests for the 19 cards of a page inside one provider', async () => {
    const { client, requests } = await countingClient();
    const ids = Array.from({ length: 19 }, (_, i) => `bn2026-${String(i + 1).padStart(2, '0')}`);
    const provider = await fixture(html`<thidua-provider .client=${client}>
      ${ids.map((id) => html`<kpi-progress indicator=${id}></kpi-progress>`)}
    </thidua-provider>`);
    const cards = [...provider.querySelectorAll('kpi-progress')];
    await Promise.all(cards.map(settled));
    expect(cards.map((card) => text(card, '[part="eyebrow"]'))).to.deep.equal(ids.map((id) => `Chỉ tiêu ${Number(id.slice(-2))} · Tỉnh Bắc Ninh`));
    expect(requests.length).to.be.at.most(2);
    expect(requests[0]).to.contain('/v1/indicators?ids=');
  });
});
