import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { IndicatorDetail } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import '../provider/thidua-provider.js';
import './kpi-progress.js';
import type { KpiProgress } from './kpi-progress.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const bar = (el: Element) => $(el, '[role="progressbar"]');
/** What Chromium's Intl prints for a percentage given as 0–100 (vi-VN may put a space before %). */
const percent = (value: number, locale = 'vi-VN') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);

const settled = (el: KpiProgress) =>
  waitUntil(() => !$(el, '.loading'), 'the element stayed in its loading state', { timeout: 8000 });

/** A client that answers from memory, for states the seeded server cannot produce on demand. */
function stubClient(get: ThiduaClient['indicators']['get']): ThiduaClient {
  return {
    baseUrl: 'https://example.invalid',
    indicators: { get, list: () => Promise.reject(new Error('not used')) },
  };
}

describe('<kpi-progress> static mode', () => {
  it('shows title, value, target with comparator and deadline in Vietnamese by default', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress
      label="Hồ sơ thủ tục hành chính xử lý trực tuyến"
      value="62"
      target="90"
      unit="percent"
      deadline="2026-10-10"
    ></kpi-progress>`);
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    expect(text(el, '[part="value"]')).to.equal(percent(62));
    expect(text(el, '[part="target"]')).to.equal(`Mục tiêu: ≥ ${percent(90)} (tối thiểu ${percent(90)}) · hạn 10/10/2026`);
    expect(text(el, '[part~="status"]')).to.equal('Chưa đạt mục tiêu');
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress
      lang="en"
      label="Procedure dossiers processed online"
      value="62"
      target="90"
      unit="percent"
      comparator="gt"
      deadline="2026-10-10"
    ></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal(percent(62, 'en-GB'));
    expect(text(el, '[part="target"]')).to.equal('Target: > 90% (above 90%) · by 10/10/2026');
    expect(text(el, '[part~="status"]')).to.equal('Target not yet met');
    expect(bar(el)!.getAttribute('aria-valuetext')).to.equal('62% — target above 90% by 10/10/2026');
    await expect(el).to.be.accessible();
  });

  it('follows the nearest ancestor lang and a later change of its own lang', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><kpi-progress value="5" target="10" unit="count"></kpi-progress></div>`);
    const el = wrapper.querySelector('kpi-progress')!;
    expect(text(el, '[part="target"]')).to.equal('Target: ≥ 10 (at least 10)');
    el.setAttribute('lang', 'vi');
    await el.updateComplete;
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≥ 10 (tối thiểu 10)');
  });

  it('exposes a named progress bar with value, range and a spoken sentence', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress
      label="Hồ sơ xử lý trực tuyến"
      value="62"
      target="90"
      unit="percent"
      comparator="gt"
      deadline="2026-10-10"
    ></kpi-progress>`);
    const progressbar = bar(el)!;
    expect(progressbar.getAttribute('aria-valuemin')).to.equal('0');
    expect(progressbar.getAttribute('aria-valuemax')).to.equal('100');
    expect(progressbar.getAttribute('aria-valuenow')).to.equal('69'); // 62 / 90
    expect(progressbar.getAttribute('aria-valuetext')).to.equal(`${percent(62)} — mục tiêu trên ${percent(90)} trước 10/10/2026`);
    const name = el.shadowRoot!.getElementById(progressbar.getAttribute('aria-labelledby')!);
    expect(name?.textContent).to.equal('Hồ sơ xử lý trực tuyến');
    // The fill is sized through the CSSOM (no style attribute in the template), to 62/90 of the track.
    const fill = $(el, '[part="indicator"]')!;
    expect(fill.style.inlineSize).to.equal('68.89%');
  });

  it('names the bar generically when there is no title', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress value="3" target="4"></kpi-progress>`);
    expect(bar(el)!.getAttribute('aria-label')).to.equal('Tiến độ thực hiện chỉ tiêu');
    await expect(el).to.be.accessible();
  });

  it('does not count a strict "trên 90 %" target as met at exactly 90 %', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Phi địa giới" value="90" target="90" unit="percent" comparator=">"></kpi-progress>`);
    expect(text(el, '[part~="status"]')).to.equal('Chưa đạt mục tiêu');
    expect($(el, '[part~="status"]')!.classList.contains('met')).to.equal(false);
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('99');
    expect($(el, '[part="indicator"]')!.style.inlineSize).to.equal('98%');
    expect(text(el, '[part="target"]')).to.contain(`(trên ${percent(90)})`);

    el.comparator = '≥';
    await el.updateComplete;
    expect(text(el, '[part~="status"]')).to.equal('Đạt mục tiêu');
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('100');
  });

  it('shows a met target with an icon and words, not colour alone', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Số hóa hồ sơ" value="100" target="100" unit="percent"></kpi-progress>`);
    const status = $(el, '[part~="status"]')!;
    expect(status.querySelector('svg')).to.exist;
    expect(status.textContent!.trim()).to.equal('Đạt mục tiêu');
    expect($(el, '[part="indicator"]')!.style.inlineSize).to.equal('100%');
    await expect(el).to.be.accessible();
  });

  it('formats a DTI index with up to four decimals', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Chỉ số DTI" value="0.7012" target="0.75" unit="index"></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal('0,7012');
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≥ 0,75 (tối thiểu 0,75)');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el, '[part="value"]')).to.equal('0.7012');
  });

  it('words a rank target as a top-N and counts a lower rank as better', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Xếp hạng DTI" value="7" target="10" unit="rank" comparator="<="></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal('hạng 7');
    expect(text(el, '[part="target"]')).to.equal('Mục tiêu: ≤ hạng 10 (trong nhóm 10 đứng đầu)');
    expect(text(el, '[part~="status"]')).to.equal('Đạt mục tiêu');
  });

  it('prints an unknown unit after the number, with Vietnamese grouping', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Hồ sơ" value="1234" target="2000" unit="hồ sơ"></kpi-progress>`);
    expect(text(el, '[part="value"]')).to.equal('1.234 hồ sơ');
  });

  it('shows a no-data state without a bar when there is no value', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="Chữ ký số" target="40" unit="percent"></kpi-progress>`);
    expect(text(el, '[part="no-data"]')).to.equal('Chưa có số liệu');
    expect(bar(el)).to.equal(null);
    expect(text(el, '[part="target"]')).to.contain(`tối thiểu ${percent(40)}`);
    await expect(el).to.be.accessible();
  });

  it('keeps the bar visible in forced-colors (high contrast) mode', async () => {
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

  it('renders data as text, never as markup', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress label="<img src=x onerror=alert(1)>" value="1" target="2"></kpi-progress>`);
    expect($(el, '[part="label"] img')).to.equal(null);
    expect(text(el, '[part="label"]')).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('<kpi-progress> live mode', () => {
  let api: string;

  before(async () => {
    ({ url: api } = await (await fetch('/__thidua_api.json')).json());
  });

  it('loads a seeded indicator from the API through api-base', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" api-base=${api}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="label"]')).to.equal('Hồ sơ thủ tục hành chính xử lý trực tuyến');
    expect(text(el, '[part="eyebrow"]')).to.equal('Chỉ tiêu 9 · Tỉnh Bắc Ninh');
    expect(text(el, '[part="value"]')).to.equal(percent(62));
    expect(text(el, '[part="target"]')).to.equal(`Mục tiêu: ≥ ${percent(90)} (tối thiểu ${percent(90)}) · hạn 10/10/2026`);
    expect(text(el, '[part="meta"]')).to.equal('Số liệu ngày 30/06/2026 · Số liệu minh họa, không phải số liệu chính thức');
    expect(bar(el)!.getAttribute('aria-valuenow')).to.equal('69');
    await expect(el).to.be.accessible();
  });

  it('uses the client and language of an enclosing <thidua-provider>', async () => {
    const provider = await fixture(html`<thidua-provider api-base=${api} lang="en">
      <kpi-progress indicator="bn2026-19"></kpi-progress>
    </thidua-provider>`);
    const el = provider.querySelector('kpi-progress')!;
    await settled(el);
    expect(text(el, '[part="label"]')).to.equal('Provincial digital transformation index (DTI)');
    expect(text(el, '[part="value"]')).to.equal('0.7012');
    expect(text(el, '[part="target"]')).to.equal('Target: ≥ 0.75 (at least 0.75) · by 10/10/2026');
    await expect(el).to.be.accessible();
  });

  it('shows "no data" for a unit that has not reported', async () => {
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" org-unit="so-noi-vu" api-base=${api}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="eyebrow"]')).to.equal('Chỉ tiêu 9 · Sở Nội vụ');
    expect(text(el, '[part="no-data"]')).to.equal('Chưa có số liệu');
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
    const el = await fixture<KpiProgress>(html`<kpi-progress
      label="Hồ sơ xử lý trực tuyến"
      indicator="bn2026-09"
      .client=${stubClient(() => new Promise<IndicatorDetail>(() => {}))}
    ></kpi-progress>`);
    const base = $(el, '[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.querySelector('.skeleton')).to.exist;
    expect(text(el, '.visually-hidden')).to.equal('Đang tải số liệu…');
    expect(bar(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tries again when the retry button is pressed', async () => {
    let calls = 0;
    const real = await fetch(`${api}/v1/indicators/bn2026-09`).then((r) => r.json() as Promise<IndicatorDetail>);
    const client = stubClient(async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('down'), { status: 503, code: 'internal', requestId: 'req-42' });
      return real;
    });
    const el = await fixture<KpiProgress>(html`<kpi-progress indicator="bn2026-09" .client=${client}></kpi-progress>`);
    await settled(el);
    expect(text(el, '[part="error"]')).to.equal('Máy chủ dữ liệu báo lỗi (mã 503). Vui lòng thử lại sau.');
    expect(text(el, '[role="alert"] .meta')).to.equal('Mã yêu cầu: req-42');
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => bar(el), 'no progress bar after retry');
    expect(calls).to.equal(2);
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
});
