import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { parseCsv } from '@thidua/schemas/logic';
import type { AwardPublic, OrganisationUnitKind } from '@thidua/schemas';
import { createClient, type ThiduaClient } from '@thidua/sdk';
import { $, resultsApi, cells, clean } from '../test-helpers.js';
import '../provider/thidua-provider.js';
import './award-list.js';
import type { AwardExportDetail, AwardList, AwardRow } from './award-list.js';

// ——— Awards as the public API answers them: invented, real-looking (long names, a tie of two “Nguyễn Văn An”) ———

const BANG_KHEN = { id: 'bang-khen-chu-tich-ubnd-tinh', code: 'BK', title: { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: 'Certificate of Merit of the Provincial Chairman' } };
const GIAY_KHEN = { id: 'giay-khen', code: 'GK', title: { vi: 'Giấy khen', en: 'Certificate of Commendation' } };
const round = { id: 'bn2026-dot-1', title: { vi: 'Sơ kết năm 2026', en: '2026 interim review' } };
const units: Record<string, { name: string; kind: OrganisationUnitKind }> = {
  'phuong-kinh-bac': { name: 'UBND phường Kinh Bắc', kind: 'ward' },
  'xa-tien-du': { name: 'UBND xã Tiên Du', kind: 'commune' },
  'so-khoa-hoc-cong-nghe': { name: 'Sở Khoa học và Công nghệ', kind: 'department' },
  'tinh-doan': { name: 'Tỉnh đoàn Bắc Ninh', kind: 'organisation' },
};

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const decision = { id: '10000000-0000-4000-8000-000000000001', number: '125/QĐ-UBND', signedOn: '2027-01-15' };
const decision2 = { id: '10000000-0000-4000-8000-000000000002', number: '37/QĐ-UBND', signedOn: '2026-12-28' };

function award(unit: string, awardee: AwardPublic['awardee'], type = BANG_KHEN, d = decision): AwardPublic {
  const u = units[unit]!;
  return {
    id: uuid(),
    campaignId: 'bn2026',
    round,
    awardType: type,
    decision: d,
    awardee,
    proposingUnit: { id: unit, name: { vi: u.name }, kind: u.kind },
    featuredModelId: null,
  };
}

const person = (familyName: string, middleName: string, givenName: string, position: string, workplace: string): AwardPublic['awardee'] => ({
  type: 'individual',
  name: [familyName, middleName, givenName].filter(Boolean).join(' '),
  familyName,
  middleName,
  givenName,
  position,
  workplace,
});

export const awards: AwardPublic[] = [
  award('tinh-doan', {
    type: 'collective',
    name: 'Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)',
    kind: 'communityTeam',
  }),
  award('phuong-kinh-bac', person('Nguyễn', 'Văn', 'An', 'Công chức Văn hóa - Xã hội', 'UBND phường Kinh Bắc')),
  award('xa-tien-du', person('Nguyễn', 'Văn', 'An', 'Trưởng thôn', 'Thôn Đông Xuyên, xã Tiên Du')),
  award('so-khoa-hoc-cong-nghe', person('Tôn Nữ', 'Thị Phương', 'Thảo', 'Phó Trưởng phòng Chuyển đổi số', 'Sở Khoa học và Công nghệ tỉnh Bắc Ninh')),
  award('so-khoa-hoc-cong-nghe', { type: 'collective', name: 'Phòng Bưu chính, Viễn thông và Chuyển đổi số', kind: 'unit' }),
  award('phuong-kinh-bac', person('Đặng', 'Thị Hồng', 'Nhung', 'Đoàn viên', 'Chi đoàn khu phố Đọ Xá'), GIAY_KHEN, decision2),
  award('xa-tien-du', { type: 'collective', name: 'Hợp tác xã Nông nghiệp số Tiên Du', kind: 'enterprise' }, GIAY_KHEN, decision2),
];

// ——— Reading the element ———

const root = (el: AwardList) => el.shadowRoot!;
/** Loaded: a table, the empty message or the error, and nothing loading. */
const ready = (el: AwardList) =>
  waitUntil(
    () => root(el).querySelector('[part="table"], [part="empty"], [role="alert"]') && !root(el).querySelector('[aria-busy="true"]'),
    'the list did not load',
    { timeout: 8000 },
  );
const names = (el: AwardList) => [...root(el).querySelectorAll('tr[part="row"] .name')].map((n) => clean(n.textContent));
const count = (el: AwardList) => clean($(el, '[part="count"]')!.textContent);
const withData = () => fixture<AwardList>(html`<award-list .data=${{ items: awards }}></award-list>`);

/** Shift+Tab, as a person presses it. */
async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Types into the search box as a person does, one key at a time. */
async function type(el: AwardList, text: string) {
  $(el, '[part="search"]')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Clicks the download and reads the file the browser was handed (its blob URL), as bytes. */
async function download(el: AwardList): Promise<{ bytes: Uint8Array; filename: string; detail: AwardExportDetail }> {
  const urls: string[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create.call(URL, blob);
    urls.push(url);
    return url;
  };
  try {
    const exported = new Promise<AwardExportDetail>((resolve) => el.addEventListener('thidua-export', (e) => resolve((e as CustomEvent<AwardExportDetail>).detail), { once: true }));
    $(el, '[part="download"]')!.click();
    const detail = await exported;
    await waitUntil(() => urls.length === 1, 'no file was handed to the browser');
    const bytes = new Uint8Array(await (await fetch(urls[0]!)).arrayBuffer());
    return { bytes, filename: detail.filename, detail };
  } finally {
    URL.createObjectURL = create;
  }
}

describe('<award-list> from `.data`', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('lists every awardee in a real table: caption, column and row headers, long names whole, the tie of two namesakes kept apart', async () => {
    const el = await withData();
    await ready(el);
    const table = $(el, 'table')!;
    expect(clean($(el, 'caption')!.textContent)).to.equal('Danh sách tập thể, cá nhân được khen thưởng');
    expect([...table.querySelectorAll('thead th')].map((th) => [clean(th.textContent), th.getAttribute('scope')])).to.deep.equal([
      ['STT', 'col'],
      ['Tập thể, cá nhân được khen thưởng', 'col'],
      ['Hình thức khen thưởng', 'col'],
      ['Quyết định', 'col'],
      ['Đơn vị đề nghị', 'col'],
    ]);
    const rows = [...root(el).querySelectorAll('tr[part="row"]')];
    expect(rows).to.have.length(7);
    expect(names(el)[0]).to.equal('Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)');
    // The namesakes: both listed, in the published order, told apart by position, workplace and proposer.
    expect(cells(rows[1]!)).to.deep.equal([
      '2',
      'Nguyễn Văn An Cá nhân, Công chức Văn hóa - Xã hội, UBND phường Kinh Bắc',
      'Bằng khen của Chủ tịch UBND tỉnh Sơ kết năm 2026',
      'Số 125/QĐ-UBND ngày 15/01/2027',
      'UBND phường Kinh Bắc',
    ]);
    expect(cells(rows[2]!)[1]).to.equal('Nguyễn Văn An Cá nhân, Trưởng thôn, Thôn Đông Xuyên, xã Tiên Du');
    expect(cells(rows[2]!)[4]).to.equal('UBND xã Tiên Du');
    expect(rows[1]!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(cells(rows[5]!)[3]).to.equal('Số 37/QĐ-UBND ngày 28/12/2026');
    expect(count(el)).to.equal('7 tập thể, cá nhân được khen thưởng.');
    // Nothing personal reaches the page, even from what the API's shape would allow.
    expect(root(el).textContent).to.not.match(/@|\b0\d{3} \d{3}/);
    await expect(el).to.be.accessible();
  });

  it('finds “nguyen van” in “Nguyễn Văn”, and “dang thi hong” in “Đặng Thị Hồng”: the search ignores diacritics and đ', async () => {
    const el = await withData();
    await ready(el);
    await type(el, 'nguyen van');
    expect(names(el)).to.deep.equal(['Nguyễn Văn An', 'Nguyễn Văn An']);
    expect(count(el)).to.equal('Hiển thị 2 trong số 7 tập thể, cá nhân được khen thưởng.');
    expect(el.query).to.equal('nguyen van');
    ($(el, '[part="search"]') as HTMLInputElement).select();
    await sendKeys({ type: 'dang thi hong' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Đặng Thị Hồng Nhung']);
    // The proposer's name and the workplace are searched too.
    el.query = 'so khoa hoc';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tôn Nữ Thị Phương Thảo', 'Phòng Bưu chính, Viễn thông và Chuyển đổi số']);
    await expect(el).to.be.accessible();
  });

  it('filters by award and by kind of proposing unit, says so, and clears back to the search box', async () => {
    const el = await withData();
    await ready(el);
    const filters: unknown[] = [];
    el.addEventListener('thidua-filter', (e) => filters.push((e as CustomEvent).detail));
    const award = $(el, '[part="award-filter"]') as HTMLSelectElement;
    expect([...award.options].map((o) => o.textContent!.trim())).to.deep.equal(['Tất cả hình thức', 'Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen']);
    award.value = 'giay-khen';
    award.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Đặng Thị Hồng Nhung', 'Hợp tác xã Nông nghiệp số Tiên Du']);
    expect(el.getAttribute('award-type')).to.equal('giay-khen');
    const kind = $(el, '[part="unit-kind-filter"]') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.textContent!.trim())).to.deep.equal(['Tất cả loại đơn vị', 'Sở, ban, ngành', 'Xã', 'Phường', 'Tổ chức chính trị - xã hội']);
    kind.value = 'ward' satisfies OrganisationUnitKind;
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Đặng Thị Hồng Nhung']);
    expect(filters).to.deep.equal([
      { awardType: 'giay-khen', unitKind: '', query: '' },
      { awardType: 'giay-khen', unitKind: 'ward', query: '' },
    ]);
    $(el, '[part="clear"]')!.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(7);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="search"]'));
    expect(el.hasAttribute('award-type')).to.equal(false);
  });

  it('says when nothing matches (filtered-empty), and when nothing was awarded yet (empty)', async () => {
    const el = await fixture<AwardList>(html`<award-list .data=${{ items: awards }} query="khong co ai ten nay"></award-list>`);
    await ready(el);
    expect(clean($(el, '[part="empty"]')!.textContent)).to.equal('Không có ai khớp với tìm kiếm hoặc bộ lọc đã chọn.');
    expect(count(el)).to.equal('Hiển thị 0 trong số 7 tập thể, cá nhân được khen thưởng.');
    expect($(el, '[part="clear"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    const empty = await fixture<AwardList>(html`<award-list .data=${{ items: [] }}></award-list>`);
    await ready(empty);
    expect(clean($(empty, '[part="empty"]')!.textContent)).to.equal('Chưa có tập thể, cá nhân nào được khen thưởng.');
    expect($(empty, '[part="download"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(empty).to.be.accessible();
  });

  it('downloads what is shown as a CSV that Excel opens in Vietnamese: byte order mark, one column per field, names intact', async () => {
    const el = await withData();
    await ready(el);
    await type(el, 'nguyen van an');
    const { bytes, filename, detail } = await download(el);
    expect(filename).to.equal('danh-sach-khen-thuong.csv');
    expect(detail.blob.type).to.equal('text/csv;charset=utf-8');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).to.deep.equal([
      'STT', 'Tên tập thể, cá nhân', 'Tập thể / cá nhân', 'Chức vụ', 'Đơn vị công tác', 'Hình thức khen thưởng',
      'Số quyết định', 'Ngày quyết định', 'Đợt khen thưởng', 'Đơn vị đề nghị', 'Loại đơn vị đề nghị',
    ]);
    expect(rows.slice(1)).to.deep.equal([
      ['1', 'Nguyễn Văn An', 'Cá nhân', 'Công chức Văn hóa - Xã hội', 'UBND phường Kinh Bắc', 'Bằng khen của Chủ tịch UBND tỉnh', '125/QĐ-UBND', '2027-01-15', 'Sơ kết năm 2026', 'UBND phường Kinh Bắc', 'Phường'],
      ['2', 'Nguyễn Văn An', 'Cá nhân', 'Trưởng thôn', 'Thôn Đông Xuyên, xã Tiên Du', 'Bằng khen của Chủ tịch UBND tỉnh', '125/QĐ-UBND', '2027-01-15', 'Sơ kết năm 2026', 'UBND xã Tiên Du', 'Xã'],
    ]);
    expect(count(el)).to.contain('Đã tạo tệp CSV gồm 2 dòng.');
  });

  it('keeps a long collective’s name, with its commas, in one CSV cell', async () => {
    const el = await withData();
    await ready(el);
    const { bytes } = await download(el);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).to.have.length(8);
    expect(rows[1]![1]).to.equal('Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)');
    expect(rows[1]![2]).to.equal('Tập thể');
    expect(rows[1]![3]).to.equal('');
  });

  it('is used by keyboard alone: Tab reaches search, filters and download in order; typing, arrow keys and Enter work them', async () => {
    const before = document.createElement('button');
    before.textContent = 'trước';
    document.body.append(before);
    try {
      const el = await withData();
      await ready(el);
      before.focus();
      const focused = () => el.shadowRoot!.activeElement;
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part="search"]'));
      await sendKeys({ type: 'tu son' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part="award-filter"]'));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part="unit-kind-filter"]'));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.unitKind).to.equal('department');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part="clear"]'));
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part="download"]'));
      const exported = new Promise<AwardExportDetail>((resolve) =>
        el.addEventListener('thidua-export', (e) => {
          e.preventDefault();
          resolve((e as CustomEvent<AwardExportDetail>).detail);
        }, { once: true }),
      );
      await sendKeys({ press: 'Enter' });
      expect(parseCsv((await exported).csv)).to.have.length(1);
      // Back to the clear button, and Enter clears: the focus returns to the search box, emptied.
      await shiftTab();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused()).to.equal($(el, '[part="search"]'));
      expect(($(el, '[part="search"]') as HTMLInputElement).value).to.equal('');
      expect(names(el)).to.have.length(7);
      expect(getComputedStyle($(el, '[part="search"]')!).outlineStyle).to.equal('solid');
    } finally {
      before.remove();
    }
  });

  it('stacks each awardee as a labelled card at 360 px, without sideways scrolling, controls at least 44 px', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await withData();
    await ready(el);
    const row = root(el).querySelector<HTMLElement>('tr[part="row"]')!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect($(el, 'thead')!.getBoundingClientRect().height).to.be.at.most(1);
    const labels = [...row.querySelectorAll<HTMLElement>('td > .label')].map((l) => [clean(l.textContent), getComputedStyle(l).display]);
    expect(labels).to.deep.equal([
      ['STT', 'block'],
      ['Hình thức khen thưởng', 'block'],
      ['Quyết định', 'block'],
      ['Đơn vị đề nghị', 'block'],
    ]);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    const table = $(el, 'table')!;
    expect(table.scrollWidth).to.be.at.most(table.clientWidth);
    for (const r of root(el).querySelectorAll<HTMLElement>('tr[part="row"]')) expect(r.getBoundingClientRect().right).to.be.at.most(360);
    for (const control of root(el).querySelectorAll<HTMLElement>('input, select, button')) {
      expect(control.getBoundingClientRect().height, control.id || control.textContent!).to.be.at.least(44);
      expect(control.getBoundingClientRect().right).to.be.at.most(360);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps cards, controls and focus visible in forced-colors mode', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await withData();
    await ready(el);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const row = root(el).querySelector<HTMLElement>('tr[part="row"]')!;
      expect(getComputedStyle(row).borderTopStyle).to.equal('solid');
      const button = $(el, '[part="download"]')!;
      const style = getComputedStyle(button);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.not.equal(style.backgroundColor);
      expect(style.color).to.not.equal(style.backgroundColor);
      $(el, '[part="search"]')!.focus();
      await shiftTab();
      await sendKeys({ press: 'Tab' });
      expect(getComputedStyle($(el, '[part="search"]')!).outlineStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('takes `.rows` as given, and speaks English', async () => {
    const rows: AwardRow[] = [
      {
        id: 'a',
        awardee: { type: 'individual', name: 'Lê Thị Mai', position: 'Chuyên viên', workplace: 'Sở Nội vụ' },
        awardType: { id: 'giay-khen', title: { vi: 'Giấy khen', en: 'Certificate of Commendation' } },
        decision: { number: '12/QĐ-SNV', date: '2027-02-01' },
        proposingUnit: { id: 'so-noi-vu', name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' }, kind: 'department' },
      },
    ];
    const el = await fixture<AwardList>(html`<award-list lang="en" .rows=${rows}></award-list>`);
    await ready(el);
    expect(clean($(el, 'caption')!.textContent)).to.equal('Collectives and individuals awarded');
    expect(cells(root(el).querySelector('tr[part="row"]')!)).to.deep.equal([
      '1',
      'Lê Thị Mai Individual, Chuyên viên, Sở Nội vụ',
      'Certificate of Commendation',
      'No. 12/QĐ-SNV of 01/02/2027',
      'Department of Home Affairs',
    ]);
    expect(el.shownRows).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});


// ——— From the API: a round's journey made through the real routes (web-test-runner.config.mjs, `results-api`) ———

/** A public SDK client on the results' server whose `fetch` records each URL, and can fail or never answer. */
async function publicClient({ fail = false, hang = false, slowPages = 0 } = {}) {
  const requests: string[] = [];
  const client: ThiduaClient = createClient({
    baseUrl: (await resultsApi()).url,
    retry: 0,
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      requests.push(url);
      if (hang) return new Promise<Response>(() => {});
      if (fail) return Promise.reject(new TypeError('Failed to fetch'));
      // Later pages answer late: what the first page brought is shown meanwhile.
      if (slowPages && new URL(url).searchParams.has('cursor')) return new Promise<void>((r) => setTimeout(r, slowPages)).then(() => fetch(input, init));
      return fetch(input, init);
    },
  });
  return { client, requests };
}

describe('<award-list> from the API', function () {
  // The journey (two dossiers submitted, appraised, a decision recorded, two models featured) runs once, on first use.
  this.timeout(180_000);
  before(() => resultsApi());

  it('lists a round’s awardees inside <thidua-provider>, from campaign-id and round-id: the rejected nominee is not there', async () => {
    const api = await resultsApi();
    const wrapper = await fixture<HTMLElement>(html`<thidua-provider api-base=${api.url}>
      <award-list campaign-id=${api.campaignId} round-id=${api.roundId}></award-list>
    </thidua-provider>`);
    const el = wrapper.querySelector('award-list') as AwardList;
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('thidua-load', (e) => resolve(e as CustomEvent), { once: true }));
    await ready(el);
    expect((await loaded).detail.rows).to.have.length(api.awards);
    expect(names(el).sort()).to.deep.equal(
      ['Nguyễn Văn An', 'Nguyễn Văn An', 'Tôn Nữ Thị Phương Thảo', 'Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)'].sort(),
    );
    expect(root(el).textContent).to.not.contain('Lê Văn Chưa');
    const rows = [...root(el).querySelectorAll('tr[part="row"]')];
    expect(rows.every((r) => cells(r)[3]!.startsWith('Số 125/QĐ-UBND ngày '))).to.equal(true);
    expect(rows.every((r) => cells(r)[2]!.startsWith('Bằng khen của Chủ tịch UBND tỉnh'))).to.equal(true);
    // No date of birth, gender or contact reaches the page: the public answer has none.
    expect(root(el).textContent).to.not.match(/198\d-06-02|02\/06\/198|binh@example|0222 3822 123/);
    await type(el, 'nguyen van an');
    expect(names(el)).to.deep.equal(['Nguyễn Văn An', 'Nguyễn Văn An']);
    const kinds = [...($(el, '[part="unit-kind-filter"]') as HTMLSelectElement).options].map((o) => o.value);
    expect(kinds).to.deep.equal(['', 'commune', 'ward']);
    await expect(el).to.be.accessible();
  });

  it('follows the cursor through every page with the SDK’s `for await`, showing the first page at once', async () => {
    const api = await resultsApi();
    const { client, requests } = await publicClient({ slowPages: 400 });
    const el = await fixture<AwardList>(html`<award-list campaign-id=${api.campaignId} round-id=${api.roundId} page-size="1" .client=${client}></award-list>`);
    const loaded = new Promise((resolve) => el.addEventListener('thidua-load', resolve, { once: true }));
    // The first page, listed and searchable while the next ones load.
    await waitUntil(() => names(el).length === 1, 'the first page was not shown', { timeout: 10_000 });
    expect(count(el)).to.equal('Đã tải 1 người, tập thể; đang tải tiếp…');
    await expect(el).to.be.accessible();
    await loaded;
    await el.updateComplete;
    expect(names(el)).to.have.length(api.awards);
    const pages = requests.filter((u) => u.includes('/awards'));
    expect(pages).to.have.length(api.awards);
    expect(pages.slice(1).every((u) => new URL(u).searchParams.has('cursor'))).to.equal(true);
    expect(new URL(pages[0]!).searchParams.get('roundId')).to.equal(api.roundId);
    expect(count(el)).to.equal(`${api.awards} tập thể, cá nhân được khen thưởng.`);
    // Searching and filtering ask nothing more.
    await type(el, 'thao');
    expect(names(el)).to.deep.equal(['Tôn Nữ Thị Phương Thảo']);
    expect(requests.filter((u) => u.includes('/awards'))).to.have.length(api.awards);
  });

  it('downloads the awardees loaded from the server as CSV, Vietnamese intact', async () => {
    const api = await resultsApi();
    const { client } = await publicClient();
    const el = await fixture<AwardList>(html`<award-list campaign-id=${api.campaignId} .client=${client}></award-list>`);
    await ready(el);
    const { bytes } = await download(el);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).to.have.length(api.awards + 1);
    expect(rows.map((r) => r[1])).to.include('Tôn Nữ Thị Phương Thảo');
    expect(rows.map((r) => r[1])).to.include('Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)');
    expect(rows.find((r) => r[1] === 'Tôn Nữ Thị Phương Thảo')!.slice(2, 5)).to.deep.equal(['Cá nhân', 'Trưởng khu phố', 'Khu phố Đọ Xá, phường Kinh Bắc']);
  });

  it('shows a placeholder while loading (loading state), accessible', async () => {
    const { client } = await publicClient({ hang: true });
    const el = await fixture<AwardList>(html`<award-list campaign-id="bn2026" .client=${client}></award-list>`);
    await waitUntil(() => count(el) === 'Đang tải danh sách khen thưởng…');
    expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains a failure and retries (error state), accessible', async () => {
    const api = await resultsApi();
    const failing = await publicClient({ fail: true });
    const el = await fixture<AwardList>(html`<award-list campaign-id=${api.campaignId} .client=${failing.client}></award-list>`);
    await ready(el);
    expect(clean($(el, '[role="alert"]')!.textContent)).to.contain('Không tải được danh sách khen thưởng');
    expect(clean($(el, '[part="error"]')!.textContent)).to.equal('Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.');
    await expect(el).to.be.accessible();
    // A campaign that does not exist: the server's 404, in words.
    const { client } = await publicClient();
    const missing = await fixture<AwardList>(html`<award-list campaign-id="khong-co" .client=${client}></award-list>`);
    await ready(missing);
    expect(clean($(missing, '[part="error"]')!.textContent)).to.equal('Không tìm thấy phong trào thi đua "khong-co" hoặc đợt khen thưởng được chọn.');
    $(missing, '[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await ready(missing);
    expect($(missing, '[part="error"]')).to.not.equal(null);
  });
});
