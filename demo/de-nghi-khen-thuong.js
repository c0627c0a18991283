/*
 * The "Đề nghị khen thưởng" page of the demo portal: a ward officer signs in with the
 * proposer token the demo printed, sees the ward's dossiers, starts one or goes on with one.
 * External module, because the portal's CSP allows no inline script. Every element is made
 * with createElement and text set as text, so Trusted Types have nothing to refuse.
 */
const TOKEN_KEY = 'thidua-demo-proposer-token';
const main = document.getElementById('noi-dung');
const signIn = document.getElementById('dang-nhap');
const signInForm = document.getElementById('sign-in-form');
const tokenInput = document.getElementById('token');
const tokenError = document.getElementById('token-error');
const workspace = document.getElementById('ho-so');
const provider = workspace.querySelector('thidua-provider');
const listView = document.getElementById('list-view');
const formView = document.getElementById('form-view');
const apiBase = provider.getAttribute('api-base');

/** The token of this tab only: sessionStorage, never the address, a cookie or the page's HTML. */
const storedToken = () => sessionStorage.getItem(TOKEN_KEY) ?? '';

function showTokenError(message) {
  tokenError.textContent = message;
  tokenError.hidden = !message;
  tokenInput.setAttribute('aria-describedby', message ? 'token-error token-hint' : 'token-hint');
  tokenInput.setAttribute('aria-invalid', String(Boolean(message)));
  if (message) tokenInput.focus();
}

/** Asks the API whether the token is a proposer's, before the page relies on it. */
async function checkToken(token) {
  try {
    const response = await fetch(`${apiBase}/v1/proposals?limit=1`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'vi' } });
    if (response.ok) return '';
    if (response.status === 401) return 'Mã truy cập không đúng hoặc đã bị thu hồi. Hãy dán lại mã do bản demo in ra.';
    if (response.status === 403) return 'Mã truy cập này không phải của cán bộ đề xuất (proposer).';
    return `Máy chủ trả lời lỗi ${response.status}. Hãy thử lại.`;
  } catch {
    return 'Không kết nối được tới máy chủ. Hãy kiểm tra rằng bản demo đang chạy rồi thử lại.';
  }
}

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const token = tokenInput.value.trim();
  if (!token) return showTokenError('Nhập mã truy cập của đơn vị.');
  const problem = await checkToken(token);
  if (problem) return showTokenError(problem);
  sessionStorage.setItem(TOKEN_KEY, token);
  tokenInput.value = '';
  showTokenError('');
  render();
  // Focus goes to the start of what the officer can now do (the list's heading, or the way back from a dossier).
  const heading = document.getElementById(listView.hidden ? 'to-list' : 'h-ho-so');
  heading.setAttribute('tabindex', '-1');
  heading.focus();
});

document.getElementById('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  location.assign('/de-nghi-khen-thuong.html');
});

/**
 * `?ho-so=<id>` opens that proposal, `?ho-so=moi` a new one; no `ho-so`, the list. The list's
 * links add `mode=edit` (a draft, or a dossier returned to correct) or `mode=read-only`; the form
 * itself decides from the dossier's status what may change, so `mode` only names the page's title.
 */
function render() {
  const token = storedToken();
  signIn.hidden = Boolean(token);
  workspace.hidden = !token;
  if (!token) return;
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

render();
