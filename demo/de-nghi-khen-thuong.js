/*
 * The "Đề nghị khen thưởng" page of the demo portal: a ward officer signs in with the
 * proposer token the demo printed (checked by `GET /v1/session`, portal-shell.js), sees the
 * ward's dossiers, starts one or goes on with one.
 * External module, because the portal's CSP allows no inline script. Every element is made
 * with createElement and text set as text, so Trusted Types have nothing to refuse.
 */
import { officerSignIn } from './portal-shell.js';

const main = document.getElementById('noi-dung');
const provider = document.querySelector('#ho-so thidua-provider');
const listView = document.getElementById('list-view');
const formView = document.getElementById('form-view');

const OTHER_PAGE = {
  appraiser: 'Mã truy cập này là của cán bộ thẩm định, không dùng để lập hồ sơ đề nghị. Hãy mở trang “Thẩm định hồ sơ” với mã này, hoặc dán mã của cán bộ đề xuất của phường.',
  coordinator: 'Mã truy cập này là của cơ quan thường trực phong trào, không dùng để lập hồ sơ đề nghị. Hãy dán mã của cán bộ đề xuất của phường.',
};

officerSignIn({
  apiBase: provider.getAttribute('api-base'),
  storageKey: 'thidua-demo-proposer-token',
  heading: 'Đăng nhập cán bộ đề xuất',
  label: 'Mã truy cập của đơn vị',
  hint: 'Mã do quản trị hệ thống cấp cho cán bộ lập hồ sơ của phường (bản demo in mã này khi khởi động). Mã chỉ được giữ trong thẻ trình duyệt này và mất khi đóng thẻ.',
  empty: 'Nhập mã truy cập của đơn vị.',
  roles: ['proposer'],
  wrongRole: (role) => OTHER_PAGE[role] ?? 'Mã truy cập này là của đơn vị báo cáo số liệu, không dùng để lập hồ sơ đề nghị. Hãy dán mã của cán bộ đề xuất của phường.',
  who: () => ['Đang làm việc với tư cách cán bộ đề xuất của ', Object.assign(document.createElement('strong'), { textContent: 'UBND phường Kinh Bắc' }), '.'],
  workspace: 'ho-so',
  // The start of what the officer can now do: the list's heading, or the way back from a dossier.
  focusAfter: () => (listView.hidden ? 'to-list' : 'h-ho-so'),
  render: ({ token }) => render(token),
});

/**
 * `?ho-so=<id>` opens that proposal, `?ho-so=moi` a new one; no `ho-so`, the list. The list's
 * links add `mode=edit` (a draft, or a dossier returned to correct) or `mode=read-only`; the form
 * itself decides from the dossier's status what may change, so `mode` only names the page's title.
 */
function render(token) {
  provider.token = token;
  const dossier = new URLSearchParams(location.search).get('ho-so');
  listView.hidden = Boolean(dossier);
  formView.hidden = !dossier;
  if (!dossier) {
    document.title = 'Đề nghị khen thưởng — UBND phường Kinh Bắc (trang minh họa)';
    return;
  }
  const correcting = new URLSearchParams(location.search).get('mode') === 'edit' && dossier !== 'moi';
  document.title = `${correcting ? 'Sửa hồ sơ' : 'Hồ sơ'} đề nghị khen thưởng — UBND phường Kinh Bắc (trang minh họa)`;
  if (formView.querySelector('nomination-form')) return;
  const form = document.createElement('nomination-form');
  if (dossier === 'moi') {
    form.setAttribute('campaign', main.dataset.campaign);
    form.setAttribute('org-unit', main.dataset.orgUnit);
  } else {
    form.setAttribute('proposal', dossier);
  }
  // Once the draft exists, its id goes into the address: a reload, or the link kept for later, restores it.
  form.addEventListener('thidua-proposal-created', (e) => {
    history.replaceState(null, '', `/de-nghi-khen-thuong.html?ho-so=${encodeURIComponent(e.detail.proposal.id)}`);
  });
  formView.append(form);
}
