// The ward officer's steps in <nomination-form>, shared by the end-to-end files that propose (not a test file itself).

/**
 * Helpers defined in the page (as source text, so that tsx's function-name helper never reaches
 * it): they reach into <nomination-form>'s shadow root the way the component's own tests do,
 * typing as a script would (input, then leaving the field).
 */
export const formHelpers = `
  window.t = (() => {
    const form = () => document.querySelector('nomination-form');
    const $ = (s) => form()?.shadowRoot?.querySelector(s) ?? null;
    const byId = (id) => form()?.shadowRoot?.getElementById(id) ?? null;
    const words = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const until = async (test, what, ms = 20000) => {
      const end = Date.now() + ms;
      while (!test()) {
        if (Date.now() > end) throw new Error('timed out: ' + what);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const settle = () => form().updateComplete;
    const fill = async (id, value) => {
      const input = byId(id);
      if (!input) throw new Error('no field #' + id);
      input.focus();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new FocusEvent('blur'));
      await settle();
    };
    const click = async (id) => {
      const el = byId(id);
      if (!el) throw new Error('no control #' + id);
      el.click();
      await settle();
    };
    const pdf = (name) => new File(['%PDF-1.7\\n' + 'x'.repeat(200)], name, { type: 'application/pdf' });
    const attach = async (id, name) => {
      await until(() => byId(id) && !byId(id).disabled, id + ' enabled');
      const transfer = new DataTransfer();
      transfer.items.add(pdf(name));
      byId(id).files = transfer.files;
      byId(id).dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => [...(byId(id).closest('.file-field')?.querySelectorAll('.file-name') ?? [])].some((el) => words(el).startsWith(name)), name + ' uploaded');
    };
    const saved = () => until(() => /^Đã lưu lúc \\d{2}:\\d{2}$/.test(words($('.save-said'))) && !$('.save-note'), 'saved');
    const key = () => $('h2.heading').id.replace(/-heading$/, '');
    const saveSection = async () => {
      $('#section-save').click();
      await until(() => $('#tasks-heading') || $('#error-summary'), 'the section closed');
      if ($('#error-summary')) throw new Error('section refused: ' + words($('#error-summary')));
    };
    return {
      until, words, $, byId,
      text: (s) => words($(s)),
      async start() {
        await until(() => $('#start-heading'), 'the start page');
        (byId('start-award-bang-khen-chu-tich-ubnd-tinh') ?? byId('start-award')).click();
        await settle();
        $('#start-begin').click();
        await until(() => $('#tasks-heading'), 'the task list');
        return form().proposal;
      },
      async proposalSection() {
        await click('task-proposal');
        await fill('p-contact-name', 'Lê Thị Hoa (minh họa)');
        await fill('p-contact-position', 'Công chức Văn phòng - Thống kê');
        await fill('p-contact-phone', '0222 3822 456');
        await fill('p-contact-email', 'hoa.demo@example.invalid');
        await attach('p-file-submissionLetter', 'to-trinh-de-nghi.pdf');
        await attach('p-file-councilMinutes', 'bien-ban-hoi-dong-tdkt.pdf');
        await saved();
        await saveSection();
      },
      async individual(middle) {
        $('#add-nominee').click();
        await settle();
        const k = key();
        await click(k + '-type');
        await fill(k + '-familyName', 'Phạm');
        await fill(k + '-middleName', middle);
        await fill(k + '-givenName', 'Đức (minh họa)');
        await click(k + '-gender');
        await fill(k + '-dateOfBirth', '12/03/1988');
        await fill(k + '-position', 'Phó Chủ tịch UBND phường');
        await fill(k + '-workplace', 'UBND phường Kinh Bắc');
        await click(k + '-categories');
        await fill(k + '-summary', 'Chỉ đạo số hoá hồ sơ thủ tục hành chính của phường.');
        await fill(k + '-achievements-0-period', '2026');
        await fill(k + '-achievements-0-description', 'Phường đạt 98% hồ sơ trực tuyến toàn trình.');
        for (const c of ['ca-nhan-chap-hanh', 'ca-nhan-khong-vi-pham', 'ca-nhan-thanh-tich']) await click(k + '-criterion-' + c);
        await attach(k + '-file-achievementReport', 'bao-cao-thanh-tich-ca-nhan.pdf');
        await saveSection();
      },
      /** The team, halfway: its type, name and kind, then the officer leaves. */
      async teamStart(place) {
        $('#add-nominee').click();
        await settle();
        const k = key();
        await click(k + '-type-collective');
        await fill(k + '-name', 'Tổ Công nghệ số cộng đồng khu phố ' + place + ' (minh họa)');
        await click(k + '-kind-communityTeam');
        await fill(k + '-headcount', '7');
        await saved();
        return k;
      },
      async teamFinish() {
        const k = key();
        await fill(k + '-women', '3');
        await click(k + '-categories-community-teams');
        await fill(k + '-summary', 'Hướng dẫn 1.200 hộ dân cài đặt VNeID mức 2.');
        await fill(k + '-achievements-0-period', 'Quý III/2026');
        await fill(k + '-achievements-0-description', 'Tổ chức 24 buổi hướng dẫn dịch vụ công tại nhà văn hoá.');
        for (const c of ['tap-the-chap-hanh', 'tap-the-khong-vi-pham', 'to-cnscd-thanh-tich']) await click(k + '-criterion-' + c);
        await attach(k + '-file-achievementReport', 'bao-cao-thanh-tich-to.pdf');
        await saveSection();
        await saved();
      },
      async review() {
        await click('task-review');
        await until(() => $('#submit-proposal'), 'check your answers');
      },
      async submit() {
        $('#submit-proposal').click();
        await until(() => $('#receipt-heading'), 'the receipt');
      },
      openTaskNamed: async (name) => {
        const link = [...form().shadowRoot.querySelectorAll('a[id^="task-"], button[id^="task-"]')].find((a) => words(a).includes(name));
        if (!link) throw new Error('no task ' + name);
        link.click();
        await settle();
      },
    };
  })();
`;
