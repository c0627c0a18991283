import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { NominationSummary, ProposalStatus, ProposalSummary } from '@thidua/schemas';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { sampleTeam } from '@thidua/schemas/testing/nominees';
import { createClient, type ThiduaClient, type VersionedProposal } from '@thidua/sdk';
import '../provider/thidua-provider.js';
import { BANG_KHEN, draft, nomination, nominationsApi, person, proposerToken, submitted, team, tokenClient } from '../appraisal-test-helpers.js';
import { $, cells, clean } from '../test-helpers.js';
import './nomination-list.js';
import type { NominationList, NominationOpenDetail } from './nomination-list.js';

// ——— Dossiers made through the SDK on the nominations server (appraisal-test-helpers.ts) ———

const GIAY_KHEN = 'giay-khen';
const campaign = bacNinh2026.campaigns[0]!;
const agency = (name: string) => nomination(sampleTeam({ name, kind: 'agency' }));

// ——— Reading the element ———

const root = (el: NominationList) => el.shadowRoot!;
/** Loaded: a table, the empty message or the error, and not reloading. */
const ready = (el: NominationList) =>
  waitUntil(
    () => root(el).querySelector('[part="table"], [part="empty"], slot[name="empty"], [role="alert"]') && !root(el).querySelector('[aria-busy="true"]'),
    'the list did not load',
    { timeout: 8000 },
  );
const proposalRows = (el: NominationList) => [...root(el).querySelectorAll<HTMLTableSectionElement>('tbody[part="proposal"]')];
/** A proposal's row header, as it reads. */
const headers = (el: NominationList) => proposalRows(el).map((tbody) => clean(tbody.querySelector('.proposal-row th .reference')!.textContent));
const nomineeNames = (tbody: Element) => [...tbody.querySelectorAll('tr[part="nominee"] .name')].map((n) => clean(n.textContent));
const count = (el: NominationList) => clean($(el, '[part="count"]')!.textContent);
const select = async (el: NominationList, part: 'round-filter' | 'status-filter', value: string) => {
  const s = $(el, `[part="${part}"]`) as HTMLSelectElement;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await ready(el);
};
const fmt = (iso: string) => {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

/** The element in a provider with a token, as a portal's page holds it. */
async function inProvider(token: string, attributes = '') {
  const { url } = await nominationsApi();
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // Attributes as a page writes them (the template below is the page's markup, not data).
  wrapper.innerHTML = `<thidua-provider api-base="${url}" token="${token}"><nomination-list campaign="bn2026" ${attributes}></nomination-list></thidua-provider>`;
  const el = wrapper.querySelector('nomination-list')!;
  await ready(el);
  await el.updateComplete;
  return el;
}

const UNIT = 'phuong-vo-cuong';

describe('<nomination-list>', () => {
  let token: string;
  /** Newest first, as listed: a draft of 12 nominees, a withdrawn one, a submitted one, a draft of three, an empty draft. */
  let made: { long: VersionedProposal; withdrawn: VersionedProposal; sent: VersionedProposal; three: VersionedProposal; empty: VersionedProposal };

  before(async () => {
    token = await proposerToken(UNIT);
    const { client } = await tokenClient(token);
    const empty = await draft(client, UNIT, []);
    const three = await draft(
      client,
      UNIT,
      [person('Nguyễn', 'Thị', 'Lan', 'UBND phường Võ Cường'), agency('Văn phòng HĐND và UBND phường Võ Cường'), team('Tổ Công nghệ số cộng đồng khu phố Bồ Sơn')],
      GIAY_KHEN,
    );
    const sent = await submitted(client, UNIT, [team('Tổ Công nghệ số cộng đồng khu phố Đông Xuyên')]);
    const toWithdraw = await submitted(client, UNIT, [person('Trần', 'Văn', 'Hải', 'Công an phường Võ Cường')], GIAY_KHEN);
    const withdrawn = await client.nominations.withdraw(toWithdraw.proposal.id, { etag: toWithdraw.etag });
    const long = await draft(
      client,
      UNIT,
      Array.from({ length: 12 }, (_, i) => team(`Tổ Công nghệ số cộng đồng thôn ${String(i + 1).padStart(2, '0')}, phường Võ Cường`)),
    );
    made = { long, withdrawn, sent, three, empty };
  });

  it('lists the unit’s proposals newest first, each with its nominees: reference, nominee, award, round, status and last change', async () => {
    const el = await inProvider(token);
    const summaries = (await (await tokenClient(token)).client.nominations.listProposals({ limit: 10 })).items;
    const summary = (id: string) => summaries.find((p) => p.id === id)!;
    const draftName = (p: VersionedProposal) => `Bản nháp tạo ${fmt(p.proposal.createdAt)}`;
    expect(headers(el)).to.deep.equal([draftName(made.long), made.withdrawn.proposal.reference, made.sent.proposal.reference, draftName(made.three), draftName(made.empty)]);
    expect(count(el)).to.equal('5 hồ sơ đề nghị.');
    expect(clean($(el, 'caption')!.textContent)).to.equal('Hồ sơ đề nghị khen thưởng của đơn vị');
    expect([...root(el).querySelectorAll('thead th')].map((th) => [clean(th.textContent), th.getAttribute('scope')])).to.deep.equal([
      ['Số hồ sơ', 'col'],
      ['Người được đề nghị', 'col'],
      ['Hình thức, đợt khen thưởng', 'col'],
      ['Trạng thái', 'col'],
      ['Cập nhật lần cuối', 'col'],
      ['Hồ sơ', 'col'],
    ]);

    const [long, withdrawn, sent, three, empty] = proposalRows(el);
    const round = 'Tổng kết — Ngày Chuyển đổi số 10/10/2026';
    const bangKhen = bacNinh2026.awardTypes!.find((a) => a.id === BANG_KHEN)!.title.vi;
    const giayKhen = bacNinh2026.awardTypes!.find((a) => a.id === GIAY_KHEN)!.title.vi;
    const sentSummary = summary(made.sent.proposal.id);
    expect(cells(sent!.querySelector('.proposal-row')!)).to.deep.equal([
      made.sent.proposal.reference,
      '1 người được đề nghị',
      `${bangKhen} ${round}`,
      'Đã gửi',
      fmt(sentSummary.updatedAt),
      `Xem hồ sơ ${made.sent.proposal.reference}`,
    ]);
    expect(sent!.querySelector('.proposal-row time')!.getAttribute('datetime')).to.equal(sentSummary.updatedAt);
    expect(cells(three!.querySelector('.proposal-row')!).slice(1, 4)).to.deep.equal(['3 người được đề nghị (1 cá nhân, 2 tập thể)', `${giayKhen} ${round}`, 'Bản nháp']);
    expect(cells(withdrawn!.querySelector('.proposal-row')!)[3]).to.equal('Đã rút');
    expect(cells(empty!.querySelector('.proposal-row')!)[1]).to.equal('Chưa có người được đề nghị');
    expect(empty!.querySelectorAll('tr[part="nominee"]')).to.have.length(0);

    // Nominees: reference (on submission), name and kind, own status, own last change.
    expect(nomineeNames(three!)).to.deep.equal(['Nguyễn Thị Lan', 'Văn phòng HĐND và UBND phường Võ Cường', 'Tổ Công nghệ số cộng đồng khu phố Bồ Sơn']);
    const nominees = (await (await tokenClient(token)).client.nominations.list({ proposal: made.three.proposal.id })).items;
    expect([...three!.querySelectorAll('tr[part="nominee"]')].map(cells)).to.deep.equal(
      nominees.map((n, i) => ['Chưa có số', `${n.nominee.name} ${['Cá nhân', 'Tập thể', 'Tổ Công nghệ số cộng đồng'][i]}`, 'Bản nháp', fmt(n.updatedAt), '']),
    );
    const sentNominee = sent!.querySelector('tr[part="nominee"]')!;
    expect(cells(sentNominee).slice(0, 3)).to.deep.equal([`${made.sent.proposal.reference}-01`, 'Tổ Công nghệ số cộng đồng khu phố Đông Xuyên Tổ Công nghệ số cộng đồng', 'Đã gửi']);
    // The nominee's name heads its row; it spans the nominee and award columns.
    const nameCell = sentNominee.querySelector('th')!;
    expect([nameCell.getAttribute('scope'), nameCell.getAttribute('colspan')]).to.deep.equal(['row', '2']);
    expect(long!.querySelectorAll('tr[part="nominee"]')).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('shows each status with its own icon and its words, never by colour alone', async () => {
    const el = await inProvider(token);
    const badges = [...root(el).querySelectorAll('.proposal-row [part="status"]')];
    const shapes = new Map<string, string>();
    for (const badge of badges) {
      const words = clean(badge.textContent);
      const path = badge.querySelector('svg[aria-hidden="true"] path')!.getAttribute('d')!;
      expect(words).to.not.equal('');
      if (shapes.has(words)) expect(shapes.get(words)).to.equal(path);
      shapes.set(words, path);
    }
    expect([...shapes.keys()].sort()).to.deep.equal(['Bản nháp', 'Đã gửi', 'Đã rút']);
    expect(new Set(shapes.values()).size, 'a shape per status').to.equal(3);
  });

  it('filters by round and status, with the attributes, asking the server for that list only', async () => {
    const { client, requests } = await tokenClient(token);
    const filters: Array<{ round: string; status: string }> = [];
    const el = await fixture<NominationList>(html`<nomination-list
      campaign="bn2026"
      .client=${client}
      @thidua-filter=${(e: CustomEvent<{ round: string; status: string }>) => filters.push(e.detail)}
    ></nomination-list>`);
    await ready(el);
    // The round filter offers the campaign's rounds, by their titles.
    const rounds = [...root(el).querySelectorAll<HTMLOptionElement>('[part="round-filter"] option')].map((o) => [o.value, clean(o.textContent)]);
    expect(rounds).to.deep.equal([['', 'Tất cả các đợt'], ...campaign.rounds.map((r) => [r.id, r.title.vi])]);
    const statuses = [...root(el).querySelectorAll<HTMLOptionElement>('[part="status-filter"] option')].map((o) => o.value);
    expect(statuses).to.deep.equal(['', 'draft', 'submitted', 'underAppraisal', 'returned', 'resubmitted', 'appraised', 'withdrawn']);
    expect($(el, '[part="filters"]')!.getAttribute('role')).to.equal('group');
    expect($(el, '[part="clear"]')).to.equal(null);

    await select(el, 'status-filter', 'draft');
    expect(el.getAttribute('status')).to.equal('draft');
    expect(proposalRows(el)).to.have.length(3);
    expect(count(el)).to.equal('3 hồ sơ đề nghị.');
    expect(requests.filter((u) => u.includes('/v1/proposals?')).at(-1)).to.contain('status=draft');
    await expect(el).to.be.accessible();

    await select(el, 'round-filter', 'bn2026-dot-1');
    expect(el.getAttribute('round')).to.equal('bn2026-dot-1');
    expect(clean($(el, '[part="empty"]')!.textContent)).to.equal('Không có hồ sơ nào khớp bộ lọc đã chọn.');
    expect(requests.filter((u) => u.includes('/v1/proposals?')).at(-1)).to.match(/round=bn2026-dot-1/);
    await expect(el).to.be.accessible();

    // Clearing both brings every proposal back and puts the focus on the first filter.
    $(el, '[part="clear"]')!.click();
    await el.updateComplete;
    await ready(el);
    expect([el.hasAttribute('round'), el.hasAttribute('status')]).to.deep.equal([false, false]);
    expect(proposalRows(el)).to.have.length(5);
    expect(root(el).activeElement).to.equal($(el, '[part="round-filter"]'));
    expect(filters).to.deep.equal([
      { round: '', status: 'draft' },
      { round: 'bn2026-dot-1', status: 'draft' },
      { round: '', status: '' },
    ]);

    // Set by the page: the same list, and the filters show the choice.
    el.status = 'withdrawn';
    await el.updateComplete;
    await ready(el);
    expect(headers(el)).to.deep.equal([made.withdrawn.proposal.reference]);
    expect(($(el, '[part="status-filter"]') as HTMLSelectElement).value).to.equal('withdrawn');
  });

  it('pages past the first page: "show older" adds the next page, announces it and focuses its first proposal', async () => {
    const { client, requests } = await tokenClient(token);
    const el = await fixture<NominationList>(html`<nomination-list campaign="bn2026" page-size="2" .client=${client}></nomination-list>`);
    await ready(el);
    expect(proposalRows(el)).to.have.length(2);
    expect(count(el)).to.equal('Đang hiển thị 2 hồ sơ mới nhất, còn hồ sơ cũ hơn.');
    const more = $(el, '[part="more"]')!;
    expect(clean(more.textContent)).to.equal('Xem thêm hồ sơ cũ hơn');
    await expect(el).to.be.accessible();

    await el.loadMore();
    await el.updateComplete;
    expect(headers(el)[2]).to.equal(made.sent.proposal.reference);
    expect(proposalRows(el)).to.have.length(4);
    expect(count(el)).to.equal('Đã tải thêm 2 hồ sơ. Đang hiển thị 4 hồ sơ mới nhất, còn hồ sơ cũ hơn.');
    expect(root(el).activeElement).to.equal(proposalRows(el)[2]!.querySelector('th'));
    // The next page followed the cursor, with the same filters and size.
    // Each request is recorded as `METHOD url`.
    const pages = requests.filter((u) => u.startsWith('GET ') && u.includes('/v1/proposals?')).map((u) => u.slice('GET '.length));
    expect(pages).to.have.length(2);
    expect(new URL(pages[1]!).searchParams.get('cursor')).to.be.a('string').and.not.equal('');
    expect(new URL(pages[1]!).searchParams.get('limit')).to.equal('2');

    $(el, '[part="more"]')!.click();
    await waitUntil(() => proposalRows(el).length === 5, 'the last page did not load');
    await el.updateComplete;
    expect(count(el)).to.equal('Đã tải thêm 1 hồ sơ. 5 hồ sơ đề nghị.');
    expect($(el, '[part="more"]')).to.equal(null);
    expect(new Set(proposalRows(el).map((row) => row.querySelector('th')!.dataset['key'])).size).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('keeps the list when a later page fails, says why, and loads it when asked again', async () => {
    let failing = true;
    const { client } = await tokenClient(token, { fail: (url) => failing && url.includes('cursor=') });
    const el = await fixture<NominationList>(html`<nomination-list campaign="bn2026" page-size="2" .client=${client}></nomination-list>`);
    await ready(el);
    await el.loadMore();
    await el.updateComplete;
    expect(proposalRows(el)).to.have.length(2);
    const alert = root(el).querySelector('.pager [role="alert"]')!;
    expect(clean(alert.textContent)).to.equal('Không tải thêm được hồ sơ. Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.');
    await expect(el).to.be.accessible();
    failing = false;
    await el.loadMore();
    await el.updateComplete;
    expect(proposalRows(el)).to.have.length(4);
    expect(root(el).querySelector('.pager [role="alert"]')).to.equal(null);
  });

  it('shows a long proposal’s other nominees a page at a time', async () => {
    const el = await inProvider(token, 'nominee-page-size="5" status="draft"');
    const long = proposalRows(el)[0]!;
    expect(nomineeNames(long)).to.have.length(5);
    const button = () => long.querySelector<HTMLButtonElement>('[part="more-nominees"]');
    const draftName = `bản nháp tạo ${fmt(made.long.proposal.createdAt)}`;
    expect(clean(button()!.textContent)).to.equal(`Xem thêm 7 người được đề nghị của ${draftName}`);
    button()!.click();
    await waitUntil(() => nomineeNames(long).length === 10, 'the next nominees did not load');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(long.querySelectorAll('tr[part="nominee"] th')[5]);
    expect(count(el)).to.equal(`Đã tải thêm 5 người được đề nghị của ${draftName}. 3 hồ sơ đề nghị.`);
    expect(clean(button()!.textContent)).to.match(/^Xem thêm 2 người được đề nghị/);
    button()!.click();
    await waitUntil(() => nomineeNames(long).length === 12, 'the last nominees did not load');
    expect(button()).to.equal(null);
    expect(nomineeNames(long)).to.deep.equal(made.long.proposal.nominations.map((n) => (n.nominee as { name: string }).name));
    await expect(el).to.be.accessible();
  });

  it('continues a draft and opens a submitted one read-only: a `nomination-open` event with the proposal and the mode', async () => {
    const opened: NominationOpenDetail[] = [];
    const el = await inProvider(token);
    el.addEventListener('nomination-open', (e) => opened.push((e as CustomEvent<NominationOpenDetail>).detail));
    const [long, , sent] = proposalRows(el);
    const continueButton = long!.querySelector<HTMLButtonElement>('button[part="open"]')!;
    expect(continueButton.classList.contains('edit')).to.equal(true);
    expect(clean(continueButton.textContent)).to.equal(`Tiếp tục soạn bản nháp tạo ${fmt(made.long.proposal.createdAt)}`);
    continueButton.click();
    const view = sent!.querySelector<HTMLButtonElement>('button[part="open"]')!;
    expect(clean(view.textContent)).to.equal(`Xem hồ sơ ${made.sent.proposal.reference}`);
    view.click();
    expect(opened).to.deep.equal([
      { proposal: made.long.proposal.id, mode: 'edit', reference: null, status: 'draft' },
      { proposal: made.sent.proposal.id, mode: 'read-only', reference: made.sent.proposal.reference, status: 'submitted' },
    ]);
    // A withdrawn proposal is read, not continued.
    const withdrawn = proposalRows(el)[1]!.querySelector<HTMLButtonElement>('[part="open"]')!;
    expect(clean(withdrawn.textContent)).to.match(/^Xem hồ sơ /);
  });

  it('with `form-href`, opens through links to the page’s form; a cancelled event keeps the link from being followed', async () => {
    const el = await inProvider(token, 'form-href="/de-nghi?proposal={id}&amp;mode={mode}"');
    const links = proposalRows(el).map((row) => row.querySelector<HTMLAnchorElement>('a[part="open"]')!);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      `/de-nghi?proposal=${made.long.proposal.id}&mode=edit`,
      `/de-nghi?proposal=${made.withdrawn.proposal.id}&mode=read-only`,
      `/de-nghi?proposal=${made.sent.proposal.id}&mode=read-only`,
      `/de-nghi?proposal=${made.three.proposal.id}&mode=edit`,
      `/de-nghi?proposal=${made.empty.proposal.id}&mode=edit`,
    ]);

    // What the browser would do with each click, seen where the page sees it (and never done: the test page stays).
    const followed: boolean[] = [];
    const opened: string[] = [];
    const onClick = (e: Event) => {
      followed.push(!e.defaultPrevented);
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    let cancel = true;
    el.addEventListener('nomination-open', (e) => {
      opened.push((e as CustomEvent<NominationOpenDetail>).detail.mode);
      if (cancel) e.preventDefault();
    });
    try {
      links[0]!.click();
      cancel = false;
      links[2]!.click();
      // A click that opens a new tab is the browser's: no event.
      links[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    } finally {
      document.removeEventListener('click', onClick);
    }
    expect(opened).to.deep.equal(['edit', 'read-only']);
    expect(followed).to.deep.equal([false, true, true]);
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard alone: filters, open, show older', async () => {
    const { client } = await tokenClient(token);
    const opened: string[] = [];
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <nomination-list
        campaign="bn2026"
        page-size="2"
        .client=${client}
        @nomination-open=${(e: CustomEvent<NominationOpenDetail>) => opened.push(e.detail.proposal)}
      ></nomination-list>
    </div>`);
    const el = page.querySelector('nomination-list')!;
    await ready(el);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal($(el, '[part="round-filter"]'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal($(el, '[part="status-filter"]'));
    // Choosing a status with the arrow keys filters at once.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.status === 'draft', 'the status was not chosen');
    await el.updateComplete;
    await ready(el);
    expect(headers(el)).to.have.length(2);
    expect(proposalRows(el).every((row) => row.querySelector('.proposal-row [part="status"]')!.textContent!.includes('Bản nháp'))).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal($(el, '[part="clear"]'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(proposalRows(el)[0]!.querySelector('[part="open"]'));
    await sendKeys({ press: 'Enter' });
    expect(opened).to.deep.equal([made.long.proposal.id]);
    await sendKeys({ press: 'Tab' });
    // The long draft's "more nominees", then the second draft's open button, then "show older".
    expect(root(el).activeElement).to.equal(proposalRows(el)[0]!.querySelector('[part="more-nominees"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal($(el, '[part="more"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => proposalRows(el).length === 3, 'the next page did not load');
    await el.updateComplete;
    // The focus is on the first proposal the page brought; Tab goes on to its open button.
    expect(root(el).activeElement).to.equal(proposalRows(el)[2]!.querySelector('th'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(proposalRows(el)[2]!.querySelector('[part="open"]'));
    await sendKeys({ press: 'Space' });
    expect(opened).to.deep.equal([made.long.proposal.id, made.empty.proposal.id]);
  });

  it('says so when the unit has no proposal, or lets the page say it', async () => {
    const fresh = await proposerToken('phuong-vu-ninh');
    const el = await inProvider(fresh);
    expect(clean($(el, '[part="empty"]')!.textContent)).to.equal('Đơn vị chưa có hồ sơ đề nghị khen thưởng nào.');
    expect(count(el)).to.equal('0 hồ sơ đề nghị.');
    expect($(el, '[part="table"]')).to.equal(null);
    expect($(el, '[part="more"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const { client } = await tokenClient(fresh);
    const withCall = await fixture<NominationList>(
      html`<nomination-list campaign="bn2026" .client=${client}><p slot="empty">Chưa có hồ sơ. <a href="/de-nghi">Lập hồ sơ đề nghị</a></p></nomination-list>`,
    );
    await ready(withCall);
    const slot = withCall.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements().map((e) => clean(e.textContent))).to.deep.equal(['Chưa có hồ sơ. Lập hồ sơ đề nghị']);
    await expect(withCall).to.be.accessible();
  });

  it('shows the loading state until the server answers', async () => {
    const { client } = await tokenClient(token, { hang: true });
    const el = await fixture<NominationList>(html`<nomination-list campaign="bn2026" .client=${client}></nomination-list>`);
    await el.updateComplete;
    expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(count(el)).to.equal('Đang tải hồ sơ đề nghị…');
    expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
    expect(root(el).querySelector('.skeleton[aria-hidden="true"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('when loading fails', () => {
    const errorOf = async (el: NominationList) => {
      await ready(el);
      return [clean($(el, '.error-title')!.textContent), clean($(el, '[part="error"]')!.textContent)];
    };

    it('says that a token is not valid', async () => {
      const el = await inProvider('khong-phai-ma-truy-cap');
      expect(await errorOf(el)).to.deep.equal([
        'Không tải được danh sách hồ sơ đề nghị',
        'Mã truy cập không hợp lệ hoặc đã bị thu hồi. Vui lòng liên hệ đơn vị quản lý để được cấp lại.',
      ]);
      expect($(el, '[role="alert"]')).to.exist;
      // Its icon at the size of the text, not of the box.
      expect($(el, '.error-title svg')!.getBoundingClientRect().height).to.be.at.most(24);
      expect(clean($(el, '.request-id')!.textContent)).to.match(/^Mã yêu cầu: \S+/);
      await expect(el).to.be.accessible();
    });

    it('says that a unit is not the token’s', async () => {
      const el = await inProvider(token, 'org-unit="phuong-kinh-bac"');
      expect((await errorOf(el))[1]).to.equal('Mã truy cập không có quyền xem nội dung này (đơn vị hoặc vai trò khác).');
      await expect(el).to.be.accessible();
    });

    it('says that a campaign does not exist', async () => {
      const { client } = await tokenClient(token);
      const el = await fixture<NominationList>(html`<nomination-list campaign="khong-co" .client=${client}></nomination-list>`);
      expect((await errorOf(el))[1]).to.equal('Không tìm thấy phong trào thi đua "khong-co".');
    });

    it('says the server cannot be reached, and retries on request', async () => {
      let failing = true;
      const { client } = await tokenClient(token, { fail: () => failing });
      const errors: unknown[] = [];
      const el = await fixture<NominationList>(html`<nomination-list campaign="bn2026" .client=${client} @thidua-error=${(e: CustomEvent) => errors.push(e.detail.error)}></nomination-list>`);
      expect((await errorOf(el))[1]).to.equal('Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.');
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
      failing = false;
      $(el, '[part="retry"]')!.click();
      await el.updateComplete;
      await ready(el);
      expect(proposalRows(el)).to.have.length(5);
    });

    it('says so in English', async () => {
      const el = await inProvider('khong-phai-ma-truy-cap', 'lang="en"');
      expect(await errorOf(el)).to.deep.equal(['Could not load the list of proposals', 'The access token is not valid or has been revoked. Please ask the managing unit for a new one.']);
    });
  });

  it('speaks English', async () => {
    const el = await inProvider(token, 'lang="en" page-size="3"');
    expect(count(el)).to.equal('Showing the 3 newest proposals; older ones follow.');
    expect(clean($(el, 'caption')!.textContent)).to.equal('The unit’s award proposals');
    expect(headers(el)[0]).to.equal(`Draft started ${fmt(made.long.proposal.createdAt)}`);
    expect(clean(proposalRows(el)[2]!.querySelector('[part="open"]')!.textContent)).to.equal(`View proposal ${made.sent.proposal.reference}`);
    expect(clean(proposalRows(el)[2]!.querySelector('.proposal-row [part="status"]')!.textContent)).to.equal('Submitted');
    expect(clean($(el, '[part="more"]')!.textContent)).to.equal('Show older proposals');
    await expect(el).to.be.accessible();
  });

  it('stacks each proposal as a card with labelled cells on a 320 px phone, without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await inProvider(token, 'page-size="3"');
      const table = $(el, '[part="table"]')!;
      const row = proposalRows(el)[2]!.querySelector('.proposal-row')!;
      expect(getComputedStyle(row).display).to.equal('grid');
      expect(getComputedStyle(row.querySelector('td')!).display).to.equal('block');
      // Each cell says what it is (its column header is hidden from sight, not from screen readers).
      const labels = [...row.querySelectorAll('.label')].map((l) => [clean(l.textContent), getComputedStyle(l).display]);
      expect(labels).to.deep.equal([
        ['Số hồ sơ', 'block'],
        ['Người được đề nghị', 'block'],
        ['Hình thức, đợt khen thưởng', 'block'],
        ['Trạng thái', 'block'],
        ['Cập nhật lần cuối', 'block'],
      ]);
      expect($(el, 'thead')!.getBoundingClientRect().height).to.be.at.most(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
      for (const control of root(el).querySelectorAll<HTMLElement>('select, button, a')) {
        expect(control.getBoundingClientRect().height, control.textContent!).to.be.at.least(44);
        expect(control.getBoundingClientRect().right).to.be.at.most(320);
      }
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('keeps statuses, cards and controls visible in forced-colors (high contrast) mode', async () => {
    const el = await inProvider(token, 'page-size="3"');
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const badge = proposalRows(el)[0]!.querySelector<HTMLElement>('.proposal-row [part="status"]')!;
      const style = getComputedStyle(badge);
      // A system colour, the same as the text's: a border, and an icon drawn in the text colour.
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.equal(style.color);
      const icon = getComputedStyle(badge.querySelector('svg')!);
      expect(icon.stroke).to.not.equal('none');
      expect(icon.stroke).to.equal(style.color);
      const open = proposalRows(el)[0]!.querySelector<HTMLElement>('[part="open"]')!;
      expect(getComputedStyle(open).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(open).borderTopColor).to.not.equal(getComputedStyle(open).backgroundColor);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  describe('from `.data`, without a server', () => {
    let data: { proposals: ProposalSummary[]; nominations: NominationSummary[] };
    before(async () => {
      const { client } = await tokenClient(token);
      data = {
        proposals: (await client.nominations.listProposals({ limit: 50 })).items,
        nominations: (await client.nominations.list({ limit: 100 })).items,
      };
    });

    it('lists what it was given, filters it, and asks nothing', async () => {
      const { client, requests } = await tokenClient(token);
      const el = await fixture<NominationList>(html`<nomination-list .client=${client} .data=${data}></nomination-list>`);
      await ready(el);
      expect(proposalRows(el)).to.have.length(5);
      expect(nomineeNames(proposalRows(el)[0]!)).to.have.length(12);
      expect($(el, '[part="more-nominees"]')).to.equal(null);
      await select(el, 'status-filter', 'submitted' satisfies ProposalStatus);
      expect(headers(el)).to.deep.equal([made.sent.proposal.reference]);
      expect(requests).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
});

// ——— Part 2: a dossier returned for completion, its reasons, and its resubmission ———

/** The appraisers' client (Sở Khoa học và Công nghệ, which appraises the Bằng khen) on the same server. */
async function appraiserClient(): Promise<ThiduaClient> {
  const token = await executeServerCommand<string, Record<string, never>>('appraiser-token', {});
  return createClient({ baseUrl: (await nominationsApi()).url, token, retry: 0 });
}

const WHOLE_REASON = 'Thiếu biên bản họp Hội đồng Thi đua - Khen thưởng của phường';
const OWN_REASON = 'Báo cáo thành tích chưa nêu số liệu năm 2026';
const TO_UNIT = 'Đề nghị bổ sung biên bản họp và số liệu, gửi lại trước ngày 30.';
const INTERNAL = 'GHI CHÚ NỘI BỘ: đối chiếu với danh sách của Sở Nội vụ';

/** A dossier submitted by `unit`, taken into appraisal and returned: a reason for the whole, one for its first nominee; a message to the unit and an internal note. */
async function returnedDossier(client: ThiduaClient, unit: string, who: string): Promise<VersionedProposal> {
  const sent = await submitted(client, unit, [person('Nguyễn', 'Thị', who, `UBND ${unit}`), team(`Tổ Công nghệ số cộng đồng khu phố ${who}`)]);
  const id = sent.proposal.id;
  const appraiser = await appraiserClient();
  let a = await appraiser.appraisals.get(id);
  a = await appraiser.appraisals.act(id, { type: 'startAppraisal' }, { etag: a.etag });
  await appraiser.appraisals.comment(id, { text: TO_UNIT, audience: 'proposer' });
  await appraiser.appraisals.comment(id, { text: INTERNAL, audience: 'internal' });
  a = await appraiser.appraisals.get(id);
  await appraiser.appraisals.act(
    id,
    { type: 'return', reason: WHOLE_REASON, nominations: [{ nominationId: sent.proposal.nominations[0]!.id, reason: OWN_REASON }] },
    { etag: a.etag },
  );
  return client.nominations.getProposal(id);
}

describe('<nomination-list>: a dossier returned for completion', function () {
  this.timeout(60_000);
  const unit = 'phuong-bac-giang';
  let token: string;
  let returned: VersionedProposal;
  before(async () => {
    token = await proposerToken(unit);
    const { client } = await tokenClient(token);
    returned = await returnedDossier(client, unit, 'Lan');
  });

  const panelOf = (el: NominationList, id: string) => root(el).querySelector<HTMLElement>(`#dossier-${CSS.escape(id)}`)!;
  const shown = (el: NominationList, id: string) =>
    waitUntil(() => panelOf(el, id) && !panelOf(el, id).hidden && panelOf(el, id).querySelector('[part="reasons"], [part="history"]'), 'the details did not show', { timeout: 8000 });

  it('shows why it was returned — the whole dossier’s reason, each nominee’s, the appraisers’ message — and its history, never an internal note', async () => {
    const el = await inProvider(token);
    const id = returned.proposal.id;
    await shown(el, id);
    const panel = panelOf(el, id);
    const toggle = root(el).querySelector<HTMLButtonElement>(`[aria-controls="dossier-${CSS.escape(id)}"]`)!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(clean(toggle.textContent)).to.equal(`Lý do, ý kiến và lịch sử của hồ sơ ${returned.proposal.reference}`);
    const reasons = clean(panel.querySelector('[part="reasons"]')!.textContent);
    expect(reasons).to.contain('Hồ sơ được trả lại để bổ sung');
    expect(reasons).to.contain(`Lý do chung: ${WHOLE_REASON}`);
    expect(reasons).to.contain(`Nguyễn Thị Lan: ${OWN_REASON}`);
    expect(clean(panel.textContent)).to.contain(TO_UNIT);
    expect(clean(panel.textContent)).to.not.contain(INTERNAL);
    const steps = [...panel.querySelectorAll('[part="history"] > li')].map((li) => clean(li.querySelector('.what')!.textContent));
    expect(steps.slice(-3)).to.deep.equal(['Gửi hồ sơ Đã gửi', 'Bắt đầu thẩm định Đang thẩm định', 'Trả lại để bổ sung Trả lại để bổ sung']);
    // The row and its badge say "returned" in words, with its own icon.
    const row = proposalRows(el).find((t) => t.querySelector(`[data-key="${id}"]`))!;
    expect(clean(row.querySelector('.proposal-row [part="status"]')!.textContent)).to.equal('Trả lại để bổ sung');
    await expect(el).to.be.accessible();
    // Hidden and shown again by the keyboard.
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(false);
  });

  it('opens a returned dossier for correction: with `form-href`, the link asks the form to edit it', async () => {
    const el = await inProvider(token, 'form-href="/de-nghi?proposal={id}&amp;mode={mode}"');
    const id = returned.proposal.id;
    const link = root(el).querySelector<HTMLAnchorElement>(`a[part="open"][href*="${id}"]`)!;
    expect(link.getAttribute('href')).to.equal(`/de-nghi?proposal=${id}&mode=edit`);
    expect(link.classList.contains('edit')).to.equal(true);
  });

  it('resubmits by keyboard alone, after an accessible confirmation that Escape cancels; the status follows', async () => {
    const el = await inProvider(token);
    const id = returned.proposal.id;
    await shown(el, id);
    const resubmit = () => root(el).querySelector<HTMLButtonElement>(`[data-resubmit="${CSS.escape(id)}"]`);
    // Tab from the toggle reaches the resubmit button.
    root(el).querySelector<HTMLButtonElement>(`[aria-controls="dossier-${CSS.escape(id)}"]`)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(resubmit());
    expect(clean(resubmit()!.textContent)).to.equal(`Gửi lại hồ sơ của hồ sơ ${returned.proposal.reference}`);
    await sendKeys({ press: 'Enter' });
    const dialog = root(el).querySelector<HTMLDialogElement>(`dialog[data-for="${CSS.escape(id)}"]`)!;
    await waitUntil(() => dialog.open, 'the confirmation did not open');
    expect(dialog.getAttribute('aria-labelledby')).to.match(/^confirm-title-/);
    expect(clean(root(el).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent)).to.equal(`Gửi lại hồ sơ ${returned.proposal.reference}?`);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Gửi lại');
    await expect(el).to.be.accessible();
    // Escape cancels: nothing is sent, the focus returns to the button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(el.shadowRoot!.activeElement).to.equal(resubmit());
    const { client } = await tokenClient(token);
    expect((await client.nominations.getProposal(id)).proposal.status).to.equal('returned');
    // Enter; a note for the appraisers, typed before the confirm button (Shift+Tab), then Tab, Enter: resubmitted with it.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open);
    const note = dialog.querySelector('textarea')!;
    expect(clean(dialog.querySelector(`label[for="${note.id}"]`)!.textContent)).to.equal('Ghi chú cho cơ quan thẩm định (không bắt buộc)');
    expect(note.getAttribute('aria-describedby')).to.equal(`${note.id}-hint`);
    expect(note.maxLength).to.equal(2000);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(note);
    const NOTE = 'Đã bổ sung biên bản họp có chữ ký';
    await sendKeys({ type: NOTE });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Gửi lại');
    await sendKeys({ press: 'Enter' });
    const row = () => proposalRows(el).find((t) => t.querySelector(`[data-key="${id}"]`))!;
    await waitUntil(() => clean(row().querySelector('.proposal-row [part="status"]')!.textContent) === 'Đã gửi lại', 'the status did not follow', { timeout: 8000 });
    expect(count(el)).to.contain(`Đã gửi lại hồ sơ ${returned.proposal.reference} cho cơ quan thẩm định.`);
    expect(resubmit()).to.equal(null);
    // The focus, whose button is gone, is on the dossier's row.
    expect(el.shadowRoot!.activeElement).to.equal(row().querySelector(`[data-key="${id}"]`));
    // The nominees follow the server's answer: the returned one is resubmitted, the other still under appraisal.
    expect([...row().querySelectorAll('tr[part="nominee"] [part="status"]')].map((b) => clean(b.textContent))).to.deep.equal(['Đã gửi lại', 'Đang thẩm định']);
    const after = await client.nominations.getProposal(id);
    expect(after.proposal.status).to.equal('resubmitted');
    expect(after.proposal.history.filter((h) => h.action === 'resubmitted').map((h) => h.note)).to.deep.equal([NOTE]);
    await expect(el).to.be.accessible();
  });

  it('explains a 412 — the dossier changed elsewhere since it was read — reads it again, and then resubmits', async () => {
    const { client } = await tokenClient(token);
    const second = await returnedDossier(client, unit, 'Hương');
    const id = second.proposal.id;
    const el = await inProvider(token);
    await shown(el, id);
    // Meanwhile, in another window, the unit corrects the returned nominee: the version the list read is stale.
    const n = second.proposal.nominations[0]!;
    const { id: _id, reference: _r, status: _s, files: _f, reason: _reason, decision: _d, ...input } = n;
    void [_id, _r, _s, _f, _reason, _d];
    await client.nominations.update(id, n.id, { ...input, summary: 'Bổ sung: hướng dẫn 1.350 hộ dân cài đặt VNeID mức 2 trong năm 2026.' }, { etag: second.etag });
    const resubmit = () => root(el).querySelector<HTMLButtonElement>(`[data-resubmit="${CSS.escape(id)}"]`)!;
    resubmit().focus();
    await sendKeys({ press: 'Enter' });
    const dialog = root(el).querySelector<HTMLDialogElement>(`dialog[data-for="${CSS.escape(id)}"]`)!;
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Enter' });
    const alert = () => panelOf(el, id).querySelector('[part="resubmit-error"]');
    await waitUntil(() => alert(), 'the 412 was not explained', { timeout: 8000 });
    expect(alert()!.getAttribute('role')).to.equal('alert');
    expect(clean(alert()!.textContent)).to.contain('Hồ sơ đã thay đổi kể từ khi trang tải nó');
    expect((await client.nominations.getProposal(id)).proposal.status).to.equal('returned');
    await waitUntil(() => el.shadowRoot!.activeElement === resubmit(), 'the focus left the button');
    await expect(el).to.be.accessible();
    // Read again: the next attempt carries the new version and goes through.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.open);
    await sendKeys({ press: 'Enter' });
    const row = () => proposalRows(el).find((t) => t.querySelector(`[data-key="${id}"]`))!;
    await waitUntil(() => clean(row().querySelector('.proposal-row [part="status"]')!.textContent) === 'Đã gửi lại', 'the second attempt did not resubmit', { timeout: 8000 });
    expect((await client.nominations.getProposal(id)).proposal.status).to.equal('resubmitted');
  });

  it('keeps the reasons, the dialog and its buttons visible in forced-colors mode, and at 360 px', async () => {
    const { client } = await tokenClient(token);
    const third = await returnedDossier(client, unit, 'Huyền');
    await setViewport({ width: 360, height: 800 });
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const el = await inProvider(token);
      const id = third.proposal.id;
      await shown(el, id);
      const reasons = panelOf(el, id).querySelector<HTMLElement>('[part="reasons"]')!;
      expect(getComputedStyle(reasons).borderTopStyle).to.equal('solid');
      const button = root(el).querySelector<HTMLElement>(`[data-resubmit="${CSS.escape(id)}"]`)!;
      expect(getComputedStyle(button).borderTopColor).to.not.equal(getComputedStyle(button).backgroundColor);
      expect(button.getBoundingClientRect().right).to.be.at.most(360);
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      expect(document.documentElement.scrollWidth).to.be.at.most(360);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = root(el).querySelector<HTMLDialogElement>(`dialog[data-for="${CSS.escape(id)}"]`)!;
      await waitUntil(() => dialog.open);
      expect(getComputedStyle(dialog).borderTopStyle).to.equal('solid');
      expect(dialog.getBoundingClientRect().width).to.be.at.most(360);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
