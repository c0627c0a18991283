/**
 * The demo portal's mastheads, written once and put into every page by the demo's server, as a
 * portal's server-side include would: a page names its site on an empty
 * `<header class="masthead" data-site="…"></header>` and is sent with the masthead inside it,
 * so that it is in the first paint (not drawn by a script after the page has shown an empty
 * bar) and there without JavaScript. The current page's link is marked `aria-current`.
 */

/** Each site's masthead: who issues it, its name, its menu (`#` for the portal's pages the demo does not have). */
const SITES = {
  department: {
    site: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    links: [
      ['Trang chủ', '#'],
      ['Giới thiệu', '#'],
      ['Tin tức', '#'],
      ['Chuyển đổi số', '/'],
      ['Khen thưởng', '/khen-thuong.html'],
      ['Đề nghị khen thưởng', '/de-nghi-khen-thuong.html'],
      ['Thẩm định hồ sơ (nội bộ)', '/tham-dinh.html'],
      ['Thủ tục hành chính', '#'],
    ],
  },
  // The ward's own site: a different portal from the department's, embedding the same kit.
  ward: {
    site: 'UBND PHƯỜNG KINH BẮC',
    links: [
      ['Trang chủ', '#'],
      ['Tin tức — sự kiện', '#'],
      ['Thủ tục hành chính', '#'],
      ['Đề nghị khen thưởng', '/de-nghi-khen-thuong.html'],
      ['Chuyển đổi số của tỉnh', '/'],
      ['Khen thưởng của tỉnh', '/khen-thuong.html'],
    ],
  },
};

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * The page's HTML with its masthead filled in. `path` is the address it is served at
 * (`/`, `/khen-thuong.html`); a page without a masthead is returned as it is, and one naming
 * no known site is an error (the demo should not start with a broken page).
 */
export function withMasthead(html, path) {
  const here = path === '/index.html' ? '/' : path;
  return html.replace(/(<header class="masthead[^"]*" data-site="([^"]*)">)\s*(<\/header>)/, (_, open, name, close) => {
    const site = SITES[name];
    if (!site) throw new Error(`${path}: no masthead for data-site="${name}"`);
    const items = site.links
      .map(([text, href]) => `<li><a href="${escape(href)}"${href === here ? ' aria-current="page"' : ''}>${escape(text)}</a></li>`)
      .join('');
    return `${open}<div class="wrap"><p class="issuer">UBND TỈNH BẮC NINH</p><p class="site">${escape(site.site)}</p><nav aria-label="Điều hướng chính"><ul>${items}</ul></nav></div>${close}`;
  });
}
