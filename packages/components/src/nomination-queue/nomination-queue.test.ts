import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AppraisalSummary } from '@thidua/schemas';
import { addWorkingDays, appraisalDeadline, appraisalDueDate } from '@thidua/schemas/logic';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import type { ThiduaClient, VersionedProposal } from '@thidua/sdk';
import '../provider/thidua-provider.js';
import { appraiserToken, nominationsApi, person, proposerToken, submitted, team, tokenClient } from '../appraisal-test-helpers.js';
import { $, cells, clean } from '../test-helpers.js';
import './nomination-queue.js';
import type { AppraisalOpenDetail, NominationQueue, QueueFilterDetail } from './nomination-queue.js';

// Units only this file proposes for: the server is shared by every nomination test of the run.
const TAM_SON = 'phuong-tam-son';
const THUAN_THANH = 'phuong-thuan-thanh';

const root = (el: NominationQueue) => el.shadowRoot!;
/** Loaded: a table, an empty message or the error, and not reloading. */
const ready = (el: NominationQueue) =>
  waitUntil(
    () => root(el).querySelector('[part="table"], [part="empty"], slot[name="empty"], [role="alert"]') && !root(el).querySelector('[aria-busy="true"]'),
    'the queue did not load',
    { timeout: 8000 },
  );
const rows = (el: NominationQueue) => [...root(el).querySelectorAll<HTMLTableRowElement>('tr[part="row"]')];
const references = (el: NominationQueue) => rows(el).map((r) => clean(r.querySelector('[part="open"] .code')!.textContent));
const count = (el: NominationQueue) => clean($(el, '[part="count"]')!.textContent);
const header = (el: NominationQueue, key: string) => $(el, `thead th.${key}`)!;
const select = async (el: NominationQueue, part: string, value: string) => {
  const s = $(el, `[part="${part}"]`) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const day = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

/** The queue in a provider with an appraiser's token, as the department's page holds it. */
async function inProvider(token: string, attributes = '') {
  const { direct } = await nominationsApi();
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // Attributes as a page writes them (the template is the page's markup, not data).
  wrapper.innerHTML = `<thidua-provider api-base="${direct}" token="${token}"><nomination-queue campaign="bn2026" ${attributes}></nomination-queue></thidua-provider>`;
  const el = wrapper.querySelector('nomination-queue')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

describe('<nomination-queue>', () => {
  let appraiser: string;
  let client: ThiduaClient;
  /** Tam Sơn: three dossiers, one taken into appraisal; Thuận Thành: one with three nominees. */
  let made: { a: VersionedProposal; b: VersionedProposal; c: VersionedProposal; d: VersionedProposal };
  /** What the server lists for the two units, as `.rows`. */
  let listed: AppraisalSummary[];

  before(async () => {
    appraiser = await appraiserToken();
    ({ client } = await tokenClient(appraiser));
    const tamSon = (await tokenClient(await proposerToken(TAM_SON))).client;
    const thuanThanh = (await tokenClient(await proposerToken(THUAN_THANH))).client;
    const a = await submitted(tamSon, TAM_SON, [team('Tổ Công nghệ số cộng đồng khu phố Đình Bảng')]);
    const b = await submitted(tamSon, TAM_SON, [person('Nguyễn', 'Thị', 'Hoa', 'Phường Tam Sơn'), team('Tổ Công nghệ số cộng đồng khu phố Tam Sơn')]);
    const c = await submitted(tamSon, TAM_SON, [person('Lê', 'Văn', 'Đức', 'Phường Tam Sơn')]);
    await client.appraisals.act(b.proposal.id, { type: 'startAppraisal' }, { etag: (await client.appraisals.get(b.proposal.id)).etag });
    const d = await submitted(thuanThanh, THUAN_THANH, [
      person('Phạm', 'Thị', 'Yến', 'Phường Thuận Thành'),
      person('Đỗ', '', 'Anh', 'Phường Thuận Thành'),
      team('Tổ Công nghệ số cộng đồng khu phố Hồ'),
    ]);
    made = { a, b, c, d };
    listed = [
      ...(await client.appraisals.list({ proposingUnitId: TAM_SON, limit: 50 })).items,
      ...(await client.appraisals.list({ proposingUnitId: THUAN_THANH, limit: 50 })).items,
    ];
  });

  it('lists a unit’s dossiers in a real table: reference, unit, award, round, nominees, status, complete date, deadline in working days', async () => {
    const el = await inProvider(appraiser, `unit="${TAM_SON}"`);
    expect(clean($(el, 'caption')!.textContent)).to.equal('Hồ sơ đề nghị khen thưởng cần thẩm định');
    expect([...root(el).querySelectorAll('thead th')].map((th) => [clean(th.textContent), th.getAttribute('scope')])).to.deep.equal([
      ['Số hồ sơ', 'col'],
      ['Đơn vị đề nghị', 'col'],
      ['Hình thức khen thưởng', 'col'],
      ['Đợt', 'col'],
      ['Số người được đề nghị', 'col'],
      ['Trạng thái', 'col'],
      ['Ngày hồ sơ đầy đủ', 'col'],
      ['Hạn thẩm định', 'col'],
    ]);
    // The most pressing first, said by aria-sort on its header.
    expect(header(el, 'dueOn').getAttribute('aria-sort')).to.equal('ascending');
    expect([...root(el).querySelectorAll('thead th')].filter((th) => th.getAttribute('aria-sort') !== 'none')).to.have.length(1);
    expect(rows(el)).to.have.length(3);
    expect(count(el)).to.equal('3 hồ sơ.');

    const summary = listed.find((s) => s.id === made.b.proposal.id)!;
    const row = rows(el).find((r) => r.querySelector('th')!.dataset.key === made.b.proposal.id)!;
    const deadline = summary.deadline!;
    // The server's deadline is the shared rule's: 25 working days from the day the dossier was complete.
    expect(deadline.dueOn).to.equal(appraisalDueDate(deadline.completeOn, bacNinh2026.workingCalendar!));
    expect(cells(row)).to.deep.equal([
      `Xem ${made.b.proposal.reference}`,
      'Phường Tam Sơn',
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Tổng kết — Ngày Chuyển đổi số 10/10/2026',
      '2',
      'Đang thẩm định',
      day(summary.dossierCompleteAt),
      `Còn ${deadline.workingDaysLeft} ngày làm việc Hạn ${deadline.dueOn.split('-').reverse().join('/')}`,
    ]);
    expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
    expect(row.querySelector('[part="deadline"] svg')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('sorts by a column with a click and with Enter on its header’s button, aria-sort following', async () => {
    const el = await fixture<NominationQueue>(html`<nomination-queue .rows=${listed}></nomination-queue>`);
    await ready(el);
    const sorted: QueueFilterDetail['sort'][] = [];
    el.addEventListener('thidua-filter', (e) => sorted.push((e as CustomEvent<QueueFilterDetail>).detail.sort));
    const units = () => rows(el).map((r) => cells(r)[1]);

    header(el, 'unit').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'unit').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'dueOn').getAttribute('aria-sort')).to.equal('none');
    expect(units()).to.deep.equal(['Phường Tam Sơn', 'Phường Tam Sơn', 'Phường Tam Sơn', 'Phường Thuận Thành']);
    header(el, 'unit').querySelector('button')!.click();
    await el.updateComplete;
    expect(header(el, 'unit').getAttribute('aria-sort')).to.equal('descending');
    expect(units()[0]).to.equal('Phường Thuận Thành');

    // The keyboard: Tab reaches the header's button, Enter sorts (the largest dossiers first).
    header(el, 'round').querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(header(el, 'nominations').querySelector('button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'nominations').getAttribute('aria-sort')).to.equal('descending');
    expect(rows(el).map((r) => cells(r)[4])).to.deep.equal(['3', '2', '1', '1']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rows(el).map((r) => cells(r)[4])).to.deep.equal(['1', '1', '2', '3']);
    expect(sorted).to.deep.equal([
      { key: 'unit', order: 'ascending' },
      { key: 'unit', order: 'descending' },
      { key: 'nominations', order: 'descending' },
      { key: 'nominations', order: 'ascending' },
    ]);
    expect(el.getAttribute('sort')).to.equal('nominations');
    await expect(el).to.be.accessible();
  });

  it('filters by status and unit on the server and at once over the rows loaded; the search ignores diacritics', async () => {
    const { client: counted, requests } = await tokenClient(appraiser);
    const el = await fixture<NominationQueue>(html`<nomination-queue campaign="bn2026" unit=${TAM_SON} .client=${counted}></nomination-queue>`);
    await ready(el);
    expect(requests.at(-1)).to.contain(`proposingUnitId=${TAM_SON}`);
    await select(el, 'status-filter', 'underAppraisal');
    // At once, from the rows loaded, while the server is asked the same.
    expect(references(el)).to.deep.equal([made.b.proposal.reference]);
    await ready(el);
    expect(requests.at(-1)).to.match(/status=underAppraisal/);
    expect(references(el)).to.deep.equal([made.b.proposal.reference]);
    expect(el.getAttribute('status')).to.equal('underAppraisal');

    // Clearing goes back to the whole list; the focus goes to the search box.
    $(el, '[part="clear"]')!.click();
    await el.updateComplete;
    await ready(el);
    expect(root(el).activeElement).to.equal($(el, '[part="search"]'));
    // The unit too: every dossier the appraiser has.
    expect(el.unit).to.equal('');
    expect(references(el)).to.include.members([made.a, made.b, made.c, made.d].map((m) => m.proposal.reference));

    // Data mode: the search over reference, unit, award and round, without diacritics or with others'.
    const data = await fixture<NominationQueue>(html`<nomination-queue .rows=${listed}></nomination-queue>`);
    await ready(data);
    const search = $(data, '[part="search"]') as HTMLInputElement;
    const type = async (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
      await data.updateComplete;
    };
    await type('thuan thanh');
    expect(references(data)).to.deep.equal([made.d.proposal.reference]);
    expect(count(data)).to.equal('1 trong số 4 hồ sơ đã tải khớp bộ lọc.');
    await type('TAM-SƠN');
    expect(references(data)).to.have.length(3);
    await type(made.c.proposal.reference!.toLowerCase());
    expect(references(data)).to.deep.equal([made.c.proposal.reference]);
    await type('khong co dau ai');
    expect(clean($(data, '[part="empty"]')!.textContent)).to.equal('Không có hồ sơ nào khớp bộ lọc đã chọn.');
    expect($(data, '[part="table"]')).to.equal(null);
    await expect(data).to.be.accessible();
    await type('');
    await select(data, 'unit-filter', THUAN_THANH);
    expect(references(data)).to.deep.equal([made.d.proposal.reference]);
    expect([...($(data, '[part="unit-filter"]') as HTMLSelectElement).options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Tất cả đơn vị',
      'Phường Tam Sơn',
      'Phường Thuận Thành',
    ]);
  });

  it('loads more a page at a time, says how many came and focuses the first of them', async () => {
    const el = await inProvider(appraiser, `unit="${TAM_SON}" page-size="2"`);
    expect(rows(el)).to.have.length(2);
    expect(count(el)).to.equal('2 hồ sơ, còn hồ sơ chưa tải.');
    const more = $(el, '[part="more"]')!;
    expect(clean(more.textContent)).to.equal('Tải thêm hồ sơ');
    await expect(el).to.be.accessible();
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 3, 'the next page did not load');
    await el.updateComplete;
    expect(count(el)).to.equal('Đã tải thêm 1 hồ sơ. 3 hồ sơ.');
    expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
    expect($(el, '[part="more"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(rows(el)[2]!.querySelector('th'));
    expect(new Set(references(el)).size).to.equal(3);
  });

  it('shows each deadline by an icon and words: working days left, due soon, due today, overdue, none running', async () => {
    // The server's rows, their deadlines as the shared rule gives them on other days (the server's clock is today's).
    const calendar = bacNinh2026.workingCalendar!;
    const base = listed.find((s) => s.id === made.a.proposal.id)!;
    const at = (completeOn: string, today: string, id: string): AppraisalSummary => ({
      ...base,
      id,
      reference: `${base.reference.slice(0, -4)}${id.slice(-4)}`,
      deadline: { completeOn, ...appraisalDeadline({ completeOn, today, calendar }) },
    });
    const completeOn = '2026-09-01';
    const dueOn = addWorkingDays(completeOn, 25, calendar);
    const rowsGiven = [
      at(completeOn, completeOn, '00000000-0000-4000-8000-000000000001'),
      at(completeOn, addWorkingDays(completeOn, 22, calendar), '00000000-0000-4000-8000-000000000002'),
      at(completeOn, dueOn, '00000000-0000-4000-8000-000000000003'),
      at(completeOn, addWorkingDays(dueOn, 3, calendar), '00000000-0000-4000-8000-000000000004'),
      { ...base, id: '00000000-0000-4000-8000-000000000005', reference: `${base.reference.slice(0, -4)}0005`, status: 'returned' as const, deadline: null },
    ];
    const el = await fixture<NominationQueue>(html`<nomination-queue .rows=${rowsGiven}></nomination-queue>`);
    await ready(el);
    const due = `Hạn ${dueOn.split('-').reverse().join('/')}`;
    const badges = rows(el).map((r) => [r.querySelector('th')!.dataset.key!.slice(-1), cells(r)[7], r.querySelector('[part="deadline"]')?.className.trim() ?? '']);
    // One due date: the given order stays (the sort is stable); no deadline running goes last.
    expect(badges).to.deep.equal([
      ['1', `Còn 25 ngày làm việc ${due}`, 'deadline onTime'],
      ['2', `Sắp đến hạn: còn 3 ngày làm việc ${due}`, 'deadline dueSoon'],
      ['3', `Đến hạn hôm nay ${due}`, 'deadline dueSoon'],
      ['4', `Quá hạn 3 ngày làm việc ${due}`, 'deadline overdue'],
      ['5', 'Không tính thời hạn', ''],
    ]);
    // Each state its own shape.
    const shapes = new Set(rows(el).slice(0, 4).map((r) => r.querySelector('[part="deadline"] path')!.getAttribute('d')));
    expect(shapes.size).to.equal(3);
    await select(el, 'deadline-filter', 'overdue');
    expect(rows(el).map((r) => r.querySelector('th')!.dataset.key!.slice(-1))).to.deep.equal(['4']);
    await select(el, 'deadline-filter', 'dueSoon');
    expect(rows(el).map((r) => r.querySelector('th')!.dataset.key!.slice(-1))).to.deep.equal(['2', '3']);
    await expect(el).to.be.accessible();
  });

  it('opens a dossier with `appraisal-open`, or through `href-template` links a cancelled event keeps from being followed', async () => {
    const opened: AppraisalOpenDetail[] = [];
    const el = await fixture<NominationQueue>(
      html`<nomination-queue .rows=${listed} @appraisal-open=${(e: CustomEvent<AppraisalOpenDetail>) => opened.push(e.detail)}></nomination-queue>`,
    );
    await ready(el);
    const row = rows(el).find((r) => r.querySelector('th')!.dataset.key === made.d.proposal.id)!;
    const button = row.querySelector<HTMLButtonElement>('button[part="open"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.deep.equal([{ proposalId: made.d.proposal.id, reference: made.d.proposal.reference, status: 'submitted' }]);

    const linked = await fixture<NominationQueue>(html`<nomination-queue .rows=${listed} href-template="#tham-dinh?id={id}"></nomination-queue>`);
    await ready(linked);
    const link = rows(linked)[0]!.querySelector<HTMLAnchorElement>('a[part="open"]')!;
    expect(link.getAttribute('href')).to.equal(`#tham-dinh?id=${rows(linked)[0]!.querySelector('th')!.dataset.key}`);
    const cancel = (e: Event) => e.preventDefault();
    linked.addEventListener('appraisal-open', cancel);
    const before = location.hash;
    link.click();
    expect(location.hash).to.equal(before);
    linked.removeEventListener('appraisal-open', cancel);
    link.click();
    expect(location.hash).to.equal(new URL(link.href).hash);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('says so when no dossier waits for appraisal, or lets the page say it', async () => {
    // The Department of Justice appraises no award.
    const el = await inProvider(await appraiserToken('so-tu-phap'));
    expect(clean($(el, '[part="empty"]')!.textContent)).to.equal('Chưa có hồ sơ nào cần thẩm định.');
    expect(count(el)).to.equal('0 hồ sơ.');
    await expect(el).to.be.accessible();
  });

  it('shows the loading state until the server answers', async () => {
    const { client: hanging } = await tokenClient(appraiser, { hang: true });
    const el = await fixture<NominationQueue>(html`<nomination-queue .client=${hanging}></nomination-queue>`);
    await el.updateComplete;
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(count(el)).to.equal('Đang tải hồ sơ cần thẩm định…');
    await expect(el).to.be.accessible();
  });

  it('says why loading failed, and retries', async () => {
    const el = await inProvider('khong-phai-ma-truy-cap');
    expect(clean($(el, '.error-title')!.textContent)).to.equal('Không tải được danh sách hồ sơ cần thẩm định');
    expect(clean($(el, '[part="error"]')!.textContent)).to.equal('Mã truy cập không hợp lệ hoặc đã bị thu hồi. Vui lòng liên hệ đơn vị quản lý để được cấp lại.');
    await expect(el).to.be.accessible();
    let failing = true;
    const { client: flaky } = await tokenClient(appraiser, { fail: () => failing });
    const retried = await fixture<NominationQueue>(html`<nomination-queue unit=${TAM_SON} .client=${flaky}></nomination-queue>`);
    await ready(retried);
    expect(clean($(retried, '[part="error"]')!.textContent)).to.equal('Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.');
    failing = false;
    $(retried, '[part="retry"]')!.click();
    await retried.updateComplete;
    await ready(retried);
    expect(rows(retried)).to.have.length(3);
  });

  it('speaks English', async () => {
    const el = await inProvider(appraiser, `unit="${TAM_SON}" lang="en"`);
    expect(clean($(el, 'caption')!.textContent)).to.equal('Award proposals to appraise');
    expect(count(el)).to.equal('3 proposals.');
    const row = rows(el).find((r) => r.querySelector('th')!.dataset.key === made.b.proposal.id)!;
    expect(cells(row)[5]).to.equal('Under appraisal');
    expect(cells(row)[7]).to.match(/^\d+ working days left Due \d\d\/\d\d\/\d{4}$/);
    await expect(el).to.be.accessible();
  });

  it('renders a long queue a window at a time, then every row; the table says the whole count and each row its place', async function () {
    // axe over a few hundred rows, twice, on a machine the other tests share.
    this.timeout(30000);
    const many = Array.from({ length: 250 }, (_, i) => ({
      ...listed[i % listed.length]!,
      id: `00000000-0000-4000-8000-${String(700000 + i).padStart(12, '0')}`,
      reference: `BN2026-W-${String(i + 1).padStart(4, '0')}`,
    }));
    const el = await fixture<NominationQueue>(html`<nomination-queue .rows=${many}></nomination-queue>`);
    const table = $(el, '[part="table"]')!;
    // The first window, at once; a screen reader hears the whole table's size and each row's place in it.
    expect(rows(el).length).to.be.within(100, 249);
    expect(table.getAttribute('aria-rowcount')).to.equal('251');
    expect(root(el).querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
    expect(rows(el).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(rows(el).map((_, i) => String(i + 2)));
    expect(count(el)).to.contain('250');
    await expect(el).to.be.accessible();
    await waitUntil(() => rows(el).length === 250, 'the rest of the rows were not rendered', { timeout: 10000 });
    expect(references(el)).to.deep.equal(many.map((r) => r.reference));
    expect(rows(el).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(many.map((_, i) => String(i + 2)));
    // Tab goes on from the first window's last row to the next; PageDown scrolls the page over the rows; the last row takes the focus.
    rows(el)[99]!.querySelector<HTMLElement>('[part="open"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.closest('tr')?.getAttribute('aria-rowindex')).to.equal('102');
    (root(el).activeElement as HTMLElement).blur();
    const top = scrollY;
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => scrollY > top, 'PageDown did not scroll the page');
    const last = rows(el)[249]!.querySelector<HTMLElement>('[part="open"]')!;
    last.focus();
    expect(root(el).activeElement).to.equal(last);
    await waitUntil(() => last.getBoundingClientRect().top < innerHeight && last.getBoundingClientRect().bottom > 0, 'the last row was not scrolled into view');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('stacks each dossier as a card with labelled cells on a 360 px phone, without sideways scrolling', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await inProvider(appraiser, `unit="${TAM_SON}"`);
      const row = rows(el)[0]!;
      expect(getComputedStyle(row).display).to.equal('grid');
      expect([...row.querySelectorAll('.label')].map((l) => getComputedStyle(l).display)).to.deep.equal(Array(8).fill('block'));
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      const table = $(el, '[part="table"]')!;
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
      for (const control of root(el).querySelectorAll<HTMLElement>('select, input, button[part="sort"], [part="open"]')) {
        expect(control.getBoundingClientRect().right, control.textContent!).to.be.at.most(360);
        expect(control.getBoundingClientRect().height, control.textContent!).to.be.at.least(24);
      }
      // A long unit's name among a filter's options widens nothing.
      const long = await fixture<NominationQueue>(
        html`<nomination-queue .rows=${listed.map((r) => ({ ...r, proposingUnit: { id: 'so-nong-nghiep-moi-truong', name: { vi: 'Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh (Chi cục Phát triển nông thôn)', en: 'x' } } }))}></nomination-queue>`,
      );
      await ready(long);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      long.remove();
      // The sort buttons stay: a phone sorts too.
      header(el, 'unit').querySelector('button')!.click();
      await el.updateComplete;
      expect(header(el, 'unit').getAttribute('aria-sort')).to.equal('ascending');
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('keeps statuses, deadlines and the sorted column visible in forced-colors (high contrast) mode', async () => {
    const el = await inProvider(appraiser, `unit="${TAM_SON}"`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const badge = rows(el)[0]!.querySelector<HTMLElement>('[part="status"]')!;
      expect(getComputedStyle(badge).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(badge).borderTopColor).to.equal(getComputedStyle(badge).color);
      const deadline = rows(el)[0]!.querySelector<HTMLElement>('[part="deadline"]')!;
      expect(getComputedStyle(deadline).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(deadline.querySelector('svg')!).stroke).to.equal(getComputedStyle(deadline).color);
      // The sorted column's mark is a border, which forced colours keep (they drop shadows).
      const sorted = getComputedStyle(header(el, 'dueOn').querySelector('button')!);
      expect(sorted.borderBottomStyle).to.equal('solid');
      expect(sorted.borderBottomColor).to.not.equal(getComputedStyle(header(el, 'unit').querySelector('button')!).borderBottomColor);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
