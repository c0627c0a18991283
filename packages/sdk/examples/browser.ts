// A portal page's script (bundled with Vite, esbuild, …): the units of the level the reader picks.
// <body data-api="https://api.example.gov.vn"> <select id="level">…</select> <output id="status"></output> <ul id="units"></ul>
import { createClient, isAbort, ThiduaApiError } from '@thidua/sdk';

const level = document.querySelector<HTMLSelectElement>('#level')!;
const status = document.querySelector<HTMLOutputElement>('#status')!;
const list = document.querySelector<HTMLUListElement>('#units')!;

const client = createClient({
  baseUrl: document.body.dataset.api!,
  locale: 'vi',
  timeout: 8_000,
  hooks: {
    // The server echoes a client's id as X-Client-Request-Id, beside its own X-Request-Id.
    beforeRequest: [({ request }) => request.headers.set('X-Request-Id', `portal-${crypto.randomUUID()}`)],
    afterResponse: [({ request, durationMs }) => performance.measure(`thidua ${new URL(request.url).pathname}`, { start: performance.now() - durationMs, duration: durationMs })],
  },
});

let loading: AbortController | undefined;

async function show(chosen: 'province' | 'commune') {
  loading?.abort(); // the previous choice's requests stop: a newer one takes over
  const controller = (loading = new AbortController());
  list.replaceChildren();
  status.value = 'Đang tải…';
  try {
    let shown = 0;
    let requestId: string | undefined;
    for await (const page of client.units.list({ level: chosen, limit: 10, signal: controller.signal }).pages()) {
      for (const unit of page.items) {
        const item = document.createElement('li');
        item.textContent = unit.name.vi; // data as text, never HTML
        list.append(item);
      }
      shown += page.items.length;
      requestId = page.lastResponse.requestId;
    }
    status.value = `${shown} đơn vị · mã yêu cầu ${requestId}`;
  } catch (error) {
    if (isAbort(error)) return;
    status.value = error instanceof ThiduaApiError ? `${error.message} (mã yêu cầu ${error.requestId ?? '—'})` : String(error);
  }
}

level.addEventListener('change', () => void show(level.value as 'province' | 'commune'));
void show(level.value as 'province' | 'commune');
