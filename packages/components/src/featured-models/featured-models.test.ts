import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { FeaturedModel } from '@thidua/schemas';
import { createClient } from '@thidua/sdk';
import { $, resultsApi } from '../test-helpers.js';
import '../provider/thidua-provider.js';
import './featured-models.js';
import type { FeaturedModels } from './featured-models.js';
import { excerpt } from './featured-models-view.js';

// ——— Featured models as the public API answers them (invented); photos drawn here, as PNG blobs ———

/** A PNG of `width` × `height`, as a blob URL: a photo the browser really decodes. */
async function photo(width: number, height: number, colour: string): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  g.fillStyle = colour;
  g.fillRect(0, 0, width, height);
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
}

const base = {
  campaignId: 'bn2026',
  round: { id: 'bn2026-dot-1', title: { vi: 'Sơ kết năm 2026' } },
  awardType: { id: 'bang-khen-chu-tich-ubnd-tinh', code: 'BK', title: { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: 'Certificate of Merit of the Provincial Chairman' } },
  decision: { id: '10000000-0000-4000-8000-000000000001', number: '125/QĐ-UBND', signedOn: '2027-01-15' },
  featuredAt: '2027-01-20T08:00:00.000Z',
  updatedAt: '2027-01-20T08:00:00.000Z',
  version: 1,
} as const;

const narrative =
  'Chị Thảo đã hướng dẫn hơn 1.200 hộ dân thôn Đông Xuyên cài đặt và sử dụng ứng dụng VNeID mức 2, tổ chức 36 buổi “Bình dân học vụ số” vào buổi tối tại nhà văn hóa thôn, giúp người cao tuổi nộp hồ sơ dịch vụ công trực tuyến toàn trình, thanh toán không dùng tiền mặt và tra cứu kết quả giải quyết thủ tục ngay trên điện thoại.\n\nMô hình được Sở Khoa học và Công nghệ nhân rộng ra 12 xã, phường.';

async function models(): Promise<FeaturedModel[]> {
  return [
    {
      ...base,
      id: '20000000-0000-4000-8000-000000000001',
      awardId: '30000000-0000-4000-8000-000000000001',
      awardee: { type: 'individual', name: 'Tôn Nữ Thị Phương Thảo', familyName: 'Tôn Nữ', middleName: 'Thị Phương', givenName: 'Thảo', position: 'Trưởng thôn', workplace: 'Thôn Đông Xuyên, xã Tiên Du' },
      proposingUnit: { id: 'xa-tien-du', name: { vi: 'UBND xã Tiên Du' }, kind: 'commune' },
      category: { id: 'digital-literacy', title: { vi: 'Bình dân học vụ số', en: 'Popular digital literacy' } },
      narrative,
      storyUrl: 'https://baobacninh.example.vn/dien-hinh/ton-nu-thi-phuong-thao',
      photo: { url: await photo(800, 600, '#0b5cad'), alt: 'Chị Tôn Nữ Thị Phương Thảo hướng dẫn một cụ bà cài đặt VNeID tại nhà văn hóa thôn', mediaType: 'image/png', width: 800, height: 600 },
    },
    {
      ...base,
      id: '20000000-0000-4000-8000-000000000002',
      awardId: '30000000-0000-4000-8000-000000000002',
      awardee: { type: 'collective', name: 'Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du', kind: 'communityTeam' },
      proposingUnit: { id: 'tinh-doan', name: { vi: 'Tỉnh đoàn Bắc Ninh' }, kind: 'organisation' },
      category: { id: 'community-teams', title: { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital technology teams' } },
      narrative: 'Tổ có 9 thành viên, trực hỗ trợ người dân mỗi tối thứ Năm.',
      storyUrl: null,
      // No photo yet: the card keeps its layout, with nothing for a screen reader to stumble on.
      photo: null,
    },
    {
      ...base,
      id: '20000000-0000-4000-8000-000000000003',
      awardId: '30000000-0000-4000-8000-000000000003',
      awardee: { type: 'collective', name: 'Phòng Bưu chính, Viễn thông và Chuyển đổi số', kind: 'unit' },
      proposingUnit: { id: 'so-khoa-hoc-cong-nghe', name: { vi: 'Sở Khoa học và Công nghệ' }, kind: 'department' },
      category: { id: 'digital-literacy', title: { vi: 'Bình dân học vụ số', en: 'Popular digital literacy' } },
      narrative: 'Xây dựng kho học liệu số mở cho 99 xã, phường.',
      storyUrl: 'https://baobacninh.example.vn/dien-hinh/phong-buu-chinh',
      photo: { url: await photo(600, 800, '#166534'), alt: 'Cán bộ phòng giới thiệu kho học liệu số trên màn hình lớn', mediaType: 'image/png', width: 600, height: 800 },
    },
  ];
}

const root = (el: FeaturedModels) => el.shadowRoot!;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const ready = (el: FeaturedModels) =>
  waitUntil(() => root(el).querySelector('[part="list"], [part="empty"], [role="alert"]') && !root(el).querySelector('[aria-busy="true"]'), 'the models did not load', {
    timeout: 8000,
  });
const cards = (el: FeaturedModels) => [...root(el).querySelectorAll<HTMLElement>('[part="card"]')];

describe('<featured-models> from `.data`', () => {
  let items: FeaturedModel[];
  before(async () => {
    items = await models();
  });
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('shows each model as an article in a list: heading, unit, award, field, excerpt, photo with its alt text and reserved size', async () => {
    const el = await fixture<FeaturedModels>(html`<featured-models .data=${{ items }} story-href="/dien-hinh/{id}"></featured-models>`);
    await ready(el);
    const list = $(el, 'ul[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Điển hình tiên tiến');
    expect(list.children).to.have.length(3);
    expect([...list.children].every((li) => li.tagName === 'LI' && li.firstElementChild!.tagName === 'ARTICLE')).to.equal(true);
    const [first, second] = cards(el);
    const heading = first!.querySelector('h3')!;
    expect(clean(heading.textContent)).to.equal('Tôn Nữ Thị Phương Thảo');
    expect(first!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(clean(first!.querySelector('[part="unit"]')!.textContent)).to.equal('Trưởng thôn, Thôn Đông Xuyên, xã Tiên Du');
    expect(clean(first!.querySelector('[part="facts"]')!.textContent)).to.equal(
      'Khen thưởng Bằng khen của Chủ tịch UBND tỉnh (QĐ số 125/QĐ-UBND ngày 15/01/2027) Lĩnh vực Bình dân học vụ số',
    );
    const excerptText = clean(first!.querySelector('[part="excerpt"]')!.textContent);
    expect(excerptText.endsWith('…')).to.equal(true);
    expect([...excerptText].length).to.be.at.most(241);
    expect(narrative.startsWith(excerptText.slice(0, -1))).to.equal(true);
    // The photo: its text alternative, lazily loaded, its box reserved by width and height before it arrives.
    const img = first!.querySelector<HTMLImageElement>('img[part="photo"]')!;
    expect(img.alt).to.equal('Chị Tôn Nữ Thị Phương Thảo hướng dẫn một cụ bà cài đặt VNeID tại nhà văn hóa thôn');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['800', '600']);
    // Read after the heading (it comes after it in the document), drawn above it.
    expect(heading.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(img.getBoundingClientRect().top).to.be.below(heading.getBoundingClientRect().top);
    // A model without a photo: a placeholder hidden from screen readers, no <img> without alt.
    expect(second!.querySelector('img')).to.equal(null);
    expect(second!.querySelector('[part="photo"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(clean(second!.querySelector('[part="unit"]')!.textContent)).to.equal('Tỉnh đoàn Bắc Ninh');
    // Every <img> has an alt text.
    for (const i of root(el).querySelectorAll('img')) expect(i.getAttribute('alt')).to.have.length.greaterThan(10);
    await expect(el).to.be.accessible();
  });

  it('links each story: "Đọc tiếp" with the name in its accessible text, the model’s own address or the page’s template', async () => {
    const el = await fixture<FeaturedModels>(html`<featured-models .data=${{ items }} story-href="/dien-hinh/{id}"></featured-models>`);
    await ready(el);
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
    expect(links.map((a) => clean(a.textContent))).to.deep.equal([
      'Đọc tiếp về Tôn Nữ Thị Phương Thảo',
      'Đọc tiếp về Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du',
      'Đọc tiếp về Phòng Bưu chính, Viễn thông và Chuyển đổi số',
    ]);
    // The visible words are the start of the accessible name (WCAG 2.5.3).
    expect(links.map((a) => clean(a.querySelector('.visually-hidden')!.previousSibling?.textContent ?? ''))).to.deep.equal(['Đọc tiếp', 'Đọc tiếp', 'Đọc tiếp']);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://baobacninh.example.vn/dien-hinh/ton-nu-thi-phuong-thao',
      '/dien-hinh/20000000-0000-4000-8000-000000000002',
      'https://baobacninh.example.vn/dien-hinh/phong-buu-chinh',
    ]);
    // Without a template, a model with no story has no link (never a dead one).
    el.storyHref = '';
    await el.updateComplete;
    expect(root(el).querySelectorAll('a[part="link"]')).to.have.length(2);
  });

  it('is walked by Tab, link by link, with a visible focus ring, and nothing traps the focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'trước';
    const after = document.createElement('button');
    after.textContent = 'sau';
    const el = await fixture<FeaturedModels>(html`<div><button id="before">trước</button><featured-models .data=${{ items }}></featured-models><button id="after">sau</button></div>`);
    const models = el.querySelector('featured-models') as FeaturedModels;
    await ready(models);
    (el.querySelector('#before') as HTMLElement).focus();
    const links = [...root(models).querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      expect(models.shadowRoot!.activeElement).to.equal(link);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('#after'));
  });

  it('sets the headings’ level for the page', async () => {
    for (const level of [2, 4, 6]) {
      const el = await fixture<FeaturedModels>(html`<featured-models heading-level=${level} .data=${{ items }}></featured-models>`);
      await ready(el);
      expect(root(el).querySelectorAll(`h${level}[part="name"]`)).to.have.length(3);
      expect(root(el).querySelectorAll('h3')).to.have.length(0);
    }
    // An h1 belongs to the page: a level out of range is brought to 2–6.
    const el = await fixture<FeaturedModels>(html`<featured-models heading-level="1" .data=${{ items }}></featured-models>`);
    await ready(el);
    expect(root(el).querySelectorAll('h2[part="name"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('filters by field, from the attribute and from the reader’s choice, and says how many are shown', async () => {
    const el = await fixture<FeaturedModels>(html`<featured-models filterable .data=${{ items }}></featured-models>`);
    await ready(el);
    const select = $(el, '[part="category-filter"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['Tất cả lĩnh vực', 'Bình dân học vụ số', 'Tổ công nghệ số cộng đồng']);
    expect(clean($(el, '[part="count"]')!.textContent)).to.equal('3 điển hình tiên tiến.');
    const chosen: string[] = [];
    el.addEventListener('thidua-filter', (e) => chosen.push((e as CustomEvent<{ category: string }>).detail.category));
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(chosen).to.deep.equal(['digital-literacy']);
    expect(el.getAttribute('category')).to.equal('digital-literacy');
    expect(cards(el).map((c) => clean(c.querySelector('[part="name"]')!.textContent))).to.deep.equal([
      'Tôn Nữ Thị Phương Thảo',
      'Phòng Bưu chính, Viễn thông và Chuyển đổi số',
    ]);
    expect(clean($(el, '[part="count"]')!.textContent)).to.equal('2 điển hình tiên tiến.');
    await expect(el).to.be.accessible();
    const none = await fixture<FeaturedModels>(html`<featured-models category="open-data" .data=${{ items }}></featured-models>`);
    await ready(none);
    expect(clean($(none, '[part="empty"]')!.textContent)).to.equal('Chưa có điển hình nào trong lĩnh vực đã chọn.');
    await expect(none).to.be.accessible();
  });

  it('says when there is none yet (empty)', async () => {
    const el = await fixture<FeaturedModels>(html`<featured-models .data=${{ items: [] }}></featured-models>`);
    await ready(el);
    expect(clean($(el, '[part="empty"]')!.textContent)).to.equal('Chưa có điển hình tiên tiến nào được giới thiệu.');
    expect($(el, 'ul')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lays the cards in one column at 360 px, photos whole in their boxes, no sideways scrolling', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await fixture<FeaturedModels>(html`<featured-models .data=${{ items }}></featured-models>`);
    await ready(el);
    const [a, b] = cards(el);
    expect(a!.getBoundingClientRect().left).to.equal(b!.getBoundingClientRect().left);
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    for (const card of cards(el)) expect(card.getBoundingClientRect().right).to.be.at.most(360);
    // The box is reserved before the photo decodes: its height follows the ratio, not the image.
    const img = a!.querySelector('img')!;
    const r = img.getBoundingClientRect();
    expect(r.height).to.be.closeTo((r.width * 3) / 4, 1);
    await expect(el).to.be.accessible();
  });

  it('keeps cards and the focused link visible in forced-colors mode', async () => {
    const el = await fixture<FeaturedModels>(html`<featured-models .data=${{ items }}></featured-models>`);
    await ready(el);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(getComputedStyle(cards(el)[0]!).borderTopStyle).to.equal('solid');
      const link = root(el).querySelector<HTMLAnchorElement>('a[part="link"]')!;
      link.focus();
      await sendKeys({ press: 'Shift' });
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('speaks English', async () => {
    const el = await fixture<FeaturedModels>(html`<featured-models lang="en" .data=${{ items }}></featured-models>`);
    await ready(el);
    expect(clean(root(el).querySelector('a[part="link"]')!.textContent)).to.equal('Read more about Tôn Nữ Thị Phương Thảo');
    expect(clean(cards(el)[0]!.querySelector('[part="facts"]')!.textContent)).to.equal(
      'Award Certificate of Merit of the Provincial Chairman (decision 125/QĐ-UBND of 15/01/2027) Field Popular digital literacy',
    );
  });
});

describe('excerpt', () => {
  it('cuts the first paragraph at a whole word, never inside one', () => {
    expect(excerpt('Một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười', 40, '…')).to.equal('Một hai ba bốn năm sáu bảy tám chín…');
    expect(excerpt('Ngắn gọn.', 240, '…')).to.equal('Ngắn gọn.');
    expect(excerpt('Đoạn một.\n\nĐoạn hai.', 240, '…')).to.equal('Đoạn một.');
    expect(excerpt('Đoạn một chưa hết\nđoạn hai.', 240, '…')).to.equal('Đoạn một chưa hết…');
  });
});

describe('<featured-models> from the API', function () {
  // The journey (a decision recorded, two awards featured) runs once, on first use.
  this.timeout(180_000);
  before(() => resultsApi());

  it('shows the models the coordinator featured, inside <thidua-provider>: the photo served by the API, its alt text, one without a photo', async () => {
    const api = await resultsApi();
    const wrapper = await fixture<HTMLElement>(html`<thidua-provider api-base=${api.url}><featured-models campaign-id=${api.campaignId} heading-level="2"></featured-models></thidua-provider>`);
    const el = wrapper.querySelector('featured-models') as FeaturedModels;
    await ready(el);
    expect(cards(el)).to.have.length(api.featured);
    const names = cards(el).map((c) => clean(c.querySelector('h2')!.textContent));
    expect(names).to.have.members(['Tôn Nữ Thị Phương Thảo', 'Tổ Công nghệ số cộng đồng thôn Đông Xuyên, xã Tiên Du, tỉnh Bắc Ninh (nhiệm kỳ 2025–2030)']);
    const thao = cards(el)[names.indexOf('Tôn Nữ Thị Phương Thảo')]!;
    const img = thao.querySelector<HTMLImageElement>('img[part="photo"]')!;
    expect(img.alt).to.equal('Chị Tôn Nữ Thị Phương Thảo hướng dẫn một cụ bà cài đặt VNeID tại nhà văn hóa khu phố');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['64', '48']);
    expect(img.src.startsWith(`${api.url}/v1/featured-models/`)).to.equal(true);
    img.loading = 'eager';
    await waitUntil(() => img.complete && img.naturalWidth === 64, 'the photo did not load from the API', { timeout: 8000 });
    expect(clean(thao.querySelector('[part="unit"]')!.textContent)).to.equal('Trưởng khu phố, Khu phố Đọ Xá, phường Kinh Bắc');
    expect(clean(thao.querySelector('[part="facts"]')!.textContent)).to.match(/^Khen thưởng Bằng khen của Chủ tịch UBND tỉnh \(QĐ số 125\/QĐ-UBND ngày \d\d\/\d\d\/\d{4}\) Lĩnh vực Bình dân học vụ số$/);
    expect(clean(thao.querySelector('a[part="link"]')!.textContent)).to.equal('Đọc tiếp về Tôn Nữ Thị Phương Thảo');
    const team = cards(el)[1 - names.indexOf('Tôn Nữ Thị Phương Thảo')]!;
    expect(team.querySelector('img')).to.equal(null);
    expect(team.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a placeholder while loading and explains a failure (loading and error states)', async () => {
    const api = await resultsApi();
    const hanging = createClient({ baseUrl: api.url, retry: 0, fetch: () => new Promise<Response>(() => {}) });
    const loading = await fixture<FeaturedModels>(html`<featured-models campaign-id="bn2026" .client=${hanging}></featured-models>`);
    await waitUntil(() => clean($(loading, '[part="count"]')?.textContent) === 'Đang tải các điển hình tiên tiến…');
    expect($(loading, '.base')!.getAttribute('aria-busy')).to.equal('true');
    await expect(loading).to.be.accessible();
    const client = createClient({ baseUrl: api.url, retry: 0 });
    const missing = await fixture<FeaturedModels>(html`<featured-models campaign-id="khong-co" .client=${client}></featured-models>`);
    await ready(missing);
    expect(clean($(missing, '[role="alert"]')!.textContent)).to.contain('Không tải được các điển hình tiên tiến');
    expect(clean($(missing, '[part="error"]')!.textContent)).to.equal('Không tìm thấy phong trào thi đua "khong-co".');
    await expect(missing).to.be.accessible();
  });
});
