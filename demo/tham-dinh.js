/*
 * The "Thẩm định hồ sơ khen thưởng" page of the department's demo portal: an appraiser of
 * Sở Khoa học và Công nghệ, or the department's office as the campaign's coordinator, signs in
 * with the token the demo printed, sees the queue, opens a dossier (`?ho-so=<id>`) in
 * <nomination-review>; the coordinator also downloads the round's proposed list, its summary
 * and a decision's certificates. External module (the CSP allows no inline script); every
 * element made with createElement and text set as text, so Trusted Types have nothing to refuse.
 */
import { officerSignIn } from './portal-shell.js';

const provider = document.querySelector('#lam-viec thidua-provider');
const queueView = document.getElementById('queue-view');
const reviewView = document.getElementById('review-view');
const results = document.getElementById('ket-qua');
const roundSelect = document.getElementById('round');
const roundCounts = document.getElementById('round-counts');
const decisionsList = document.getElementById('decisions');
const downloadStatus = document.getElementById('download-status');
const apiBase = provider.getAttribute('api-base');

const ROLE_NAMES = {
  appraiser: 'chuyên viên thẩm định, Sở Khoa học và Công nghệ',
  coordinator: 'Văn phòng Sở Khoa học và Công nghệ (cơ quan thường trực phong trào)',
};

/** The signed-in officer's token: a request carries it in its header, never in the address. */
let token = '';
const api = (path) => fetch(`${apiBase}${path}`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'vi' } });

/** `?ho-so=<id>` opens that dossier; without it, the queue (and the coordinator's results). */
function render({ token: signedIn, role }) {
  token = signedIn;
  provider.token = token;
  const dossier = new URLSearchParams(location.search).get('ho-so');
  queueView.hidden = Boolean(dossier);
  reviewView.hidden = !dossier;
  results.hidden = Boolean(dossier) || role !== 'coordinator';
  if (!dossier) {
    document.title = 'Thẩm định hồ sơ khen thưởng — Sở Khoa học và Công nghệ (trang minh họa)';
    if (role === 'coordinator') loadRound();
    return;
  }
  document.title = 'Hồ sơ đề nghị khen thưởng — Thẩm định — Sở Khoa học và Công nghệ (trang minh họa)';
  if (reviewView.querySelector('nomination-review')) return;
  const review = document.createElement('nomination-review');
  review.setAttribute('proposal-id', dossier);
  // The dossier's reference in the tab's title, once it is known.
  review.addEventListener('thidua-load', (e) => {
    const reference = e.detail.appraisal.reference;
    if (reference) document.title = `Hồ sơ ${reference} — Thẩm định — Sở Khoa học và Công nghệ (trang minh họa)`;
  });
  reviewView.append(review);
}

// ——— The coordinator's results of a round ———

const DECISION_DATE = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const dateVi = (iso) => DECISION_DATE.format(new Date(`${iso}T00:00:00Z`));

/** Reads the round's proposed list: its counts, and the decisions that awarded it (for their certificates). */
async function loadRound() {
  const round = roundSelect.value;
  roundCounts.textContent = 'Đang tải danh sách đề nghị…';
  decisionsList.replaceChildren();
  const response = await api(`/v1/rounds/${encodeURIComponent(round)}/proposed-list`).catch(() => undefined);
  if (!response?.ok) {
    roundCounts.textContent = `Không tải được danh sách đề nghị của đợt${response ? ` (lỗi ${response.status})` : ''}.`;
    return;
  }
  const list = await response.json();
  const c = list.counts;
  roundCounts.textContent =
    c.total === 0
      ? 'Đợt này chưa có tập thể, cá nhân nào được thẩm định đủ điều kiện đề nghị khen thưởng.'
      : `${c.total} đề nghị: ${c.collectives} tập thể, ${c.individuals} cá nhân (${c.women} nữ hoặc tập thể có từ 70% nữ); ${c.awarded} đã được khen thưởng, ${c.eligible} chờ quyết định.`;
  const decisions = new Map();
  for (const item of list.items) if (item.decision) decisions.set(item.decision.id, item.decision);
  if (decisions.size === 0) {
    const li = document.createElement('li');
    li.textContent = 'Chưa có quyết định khen thưởng nào của đợt này.';
    decisionsList.append(li);
  }
  for (const d of decisions.values()) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.dataset.certificates = d.id;
    button.dataset.number = d.number;
    button.textContent = `Bằng khen để in — Quyết định số ${d.number} ngày ${dateVi(d.signedOn)} (HTML)`;
    li.append(button);
    decisionsList.append(li);
  }
}

roundSelect.addEventListener('change', () => loadRound());

/** A decision's number as a file name: "2150/QĐ-UBND" → "2150-qd-ubnd". */
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/^-|-$/g, '');

/** What each download asks for, and the name it is saved under. */
function downloadOf(kind, round) {
  const r = encodeURIComponent(round);
  switch (kind) {
    case 'print':
      return { path: `/v1/rounds/${r}/proposed-list/print`, name: `danh-sach-de-nghi-${round}.html` };
    case 'xlsx':
    case 'csv':
      return { path: `/v1/rounds/${r}/proposed-list/export?format=${kind}`, name: `danh-sach-de-nghi-${round}.${kind}` };
    case 'summary':
      return { path: `/v1/rounds/${r}/summary/export?format=xlsx`, name: `tong-hop-khen-thuong-${round}.xlsx` };
  }
}

/**
 * Downloads a file the API serves only with the token: fetched with it in the header, then saved
 * from the browser's memory. A printout is saved too, and opened from the disk: the portal's CSP
 * would refuse the printout's own styles if it were shown inside the portal.
 */
async function download({ path, name }) {
  downloadStatus.textContent = `Đang tải ${name}…`;
  const response = await api(path).catch(() => undefined);
  if (!response?.ok) {
    downloadStatus.textContent = `Không tải được ${name}${response ? ` (lỗi ${response.status})` : ''}. Hãy thử lại.`;
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  downloadStatus.textContent = `Đã tải ${name}${name.endsWith('.html') ? ' — mở tệp rồi chọn In.' : '.'}`;
}

results.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.dataset.download) download(downloadOf(button.dataset.download, roundSelect.value));
  else if (button.dataset.certificates)
    download({
      path: `/v1/decisions/${encodeURIComponent(button.dataset.certificates)}/certificates`,
      name: `bang-khen-${slug(button.dataset.number)}.html`,
    });
});

// Only an appraiser or the coordinator works on this page; a ward's or a reporter's token is sent to its own page.
officerSignIn({
  apiBase,
  storageKey: 'thidua-demo-appraisal-token',
  heading: 'Đăng nhập nội bộ',
  label: 'Mã truy cập',
  hint: 'Mã của chuyên viên thẩm định, hoặc của Văn phòng Sở (cơ quan thường trực phong trào), do quản trị hệ thống cấp (bản demo in các mã này khi khởi động). Mã chỉ được giữ trong thẻ trình duyệt này và mất khi đóng thẻ.',
  empty: 'Nhập mã truy cập.',
  roles: ['appraiser', 'coordinator'],
  wrongRole: (role) =>
    role === 'proposer'
      ? 'Mã truy cập này là của đơn vị đề nghị khen thưởng, không dùng để thẩm định. Hãy mở trang “Đề nghị khen thưởng” với mã này, hoặc dán mã của cán bộ thẩm định hay Văn phòng Sở.'
      : 'Mã truy cập này là của đơn vị báo cáo số liệu, không dùng để thẩm định. Hãy dán mã của cán bộ thẩm định hay Văn phòng Sở.',
  who: (role) => ['Đang làm việc với tư cách ', Object.assign(document.createElement('strong'), { id: 'who', textContent: ROLE_NAMES[role] ?? ROLE_NAMES.appraiser }), '.'],
  workspace: 'lam-viec',
  focusAfter: () => (queueView.hidden ? 'to-queue' : 'h-hang-doi'),
  render,
});
