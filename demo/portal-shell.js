/*
 * The demo portal's page shell, once for every page that has an officer's sign-in with a token
 * (`officerSignIn`). The masthead of the site a page belongs to is not drawn here: the demo's
 * server puts it into the page's HTML (scripts/demo-masthead.mjs), so it is in the first paint.
 * External module (the portal's CSP allows no inline script); every element made with
 * createElement and text set as text, so Trusted Types have nothing to refuse.
 */

const element = (tag, props = {}, children = []) => {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
};

const UNREADABLE = 'Mã truy cập không đúng hoặc đã bị thu hồi. Hãy dán lại mã do bản demo in ra.';
const OFFLINE = 'Không kết nối được tới máy chủ. Hãy kiểm tra rằng bản demo đang chạy rồi thử lại.';

/**
 * An officer's sign-in: builds the form into `<section id="dang-nhap">` and the bar of who is
 * working (with "Đăng xuất") into `.session`. A token is checked with `GET /v1/session` (the
 * SDK's `client.session()`): whose it is, never by trying a write it may be refused. A role
 * not in `roles` is told in words (`wrongRole(role)`) which page is its own. The token and its
 * role are kept in this tab only (sessionStorage: never the address, a cookie or the HTML).
 *
 * Options: `apiBase`; `storageKey`; `heading`, `label`, `hint` (the form's words); `roles`;
 * `wrongRole(role)`; `who(role)` — the words or nodes saying as whom the officer works;
 * `workspace`, the id of what only a signed-in officer sees; `render({ token, role })`, called
 * at once when signed in and after a sign-in; `focusAfter()`, the id of the element that takes
 * focus once signed in.
 */
export function officerSignIn(options) {
  const { apiBase, storageKey, roles, wrongRole, render } = options;
  const roleKey = `${storageKey}-role`;
  const token = () => sessionStorage.getItem(storageKey) ?? '';
  const role = () => sessionStorage.getItem(roleKey) ?? '';

  const section = document.getElementById('dang-nhap');
  const input = element('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-describedby', 'token-hint');
  const error = element('p', { className: 'error', id: 'token-error', hidden: true });
  const form = element('form', { id: 'sign-in-form', noValidate: true }, [
    element('div', { className: 'field' }, [
      element('label', { htmlFor: 'token', textContent: options.label }),
      element('p', { className: 'hint', id: 'token-hint', textContent: options.hint }),
      error,
      input,
    ]),
    element('button', { type: 'submit', className: 'button', textContent: 'Đăng nhập' }),
  ]);
  section.setAttribute('aria-labelledby', 'h-dang-nhap');
  section.replaceChildren(element('h2', { id: 'h-dang-nhap', textContent: options.heading }), form);

  const who = element('p');
  const signOut = element('button', { type: 'button', id: 'sign-out', className: 'button secondary', textContent: 'Đăng xuất' });
  document.querySelector('.session').replaceChildren(who, signOut);

  function showError(message) {
    error.textContent = message;
    error.hidden = !message;
    input.setAttribute('aria-describedby', message ? 'token-error token-hint' : 'token-hint');
    input.setAttribute('aria-invalid', String(Boolean(message)));
    if (message) input.focus();
  }

  /** Whose token this is: `{ role }` when this page is its own, `{ problem }` in words otherwise. */
  async function check(candidate) {
    try {
      const response = await fetch(`${apiBase}/v1/session`, { headers: { Authorization: `Bearer ${candidate}`, 'Accept-Language': 'vi' } });
      if (response.status === 401) return { problem: UNREADABLE };
      if (!response.ok) return { problem: `Máy chủ trả lời lỗi ${response.status}. Hãy thử lại.` };
      const session = await response.json();
      return roles.includes(session.role) ? { role: session.role } : { problem: wrongRole(session.role) };
    } catch {
      return { problem: OFFLINE };
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const candidate = input.value.trim();
    if (!candidate) return showError(options.empty);
    const { problem, role: checked } = await check(candidate);
    if (problem) return showError(problem);
    sessionStorage.setItem(storageKey, candidate);
    sessionStorage.setItem(roleKey, checked);
    input.value = '';
    showError('');
    update();
    // Focus goes to the start of what the officer can now do.
    const start = document.getElementById(options.focusAfter());
    start.setAttribute('tabindex', '-1');
    start.focus();
  });

  signOut.addEventListener('click', () => {
    sessionStorage.removeItem(storageKey);
    sessionStorage.removeItem(roleKey);
    location.assign(location.pathname);
  });

  function update() {
    const signedIn = Boolean(token());
    section.hidden = signedIn;
    document.getElementById(options.workspace).hidden = !signedIn;
    if (!signedIn) return;
    const said = options.who(role());
    who.replaceChildren(...(Array.isArray(said) ? said : [said]));
    render({ token: token(), role: role() });
  }

  update();
}
