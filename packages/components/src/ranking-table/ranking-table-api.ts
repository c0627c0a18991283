import { ContextConsumer } from '@lit/context';
import { css, html, nothing, svg, type ReactiveController } from 'lit';
import type { Locale, Ranking } from '@thidua/schemas';
import { addStyles } from '../shared/add-styles.js';
import { loadClient } from '../shared/client-loader.js';
import { clientContext, localeContext, type ClientSource } from '../shared/context.js';
import { nearestLang } from '../shared/locale.js';
import type { RankingTable } from './ranking-table.js';

/*
 * `<ranking-table>` with data from the API: finding the client (the element's
 * own, its `api-base`, or the enclosing `<thidua-provider>`'s), loading the
 * ranking, and the error state. A chunk of its own, loaded when the element
 * is given a campaign: a table given `.rows` needs none of it, and a table
 * that asks the API waits for the network anyway.
 */

/** What an error looks like here: `ThiduaApiError` without importing the SDK. */
interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  requestId?: string;
}

const messages = {
  vi: {
    title: 'Không tải được bảng xếp hạng',
    retry: 'Thử lại',
    requestId: (id: string) => `Mã yêu cầu: ${id}`,
    noApi: 'Chưa cấu hình địa chỉ máy chủ dữ liệu (api-base).',
    notFound: (campaign: string, metric: string) => `Không tìm thấy phong trào “${campaign}” hoặc chỉ số xếp hạng “${metric}”.`,
    invalid: 'Tham số của bảng xếp hạng không hợp lệ (phong trào, chỉ số, năm hoặc nhóm).',
    server: (status: number) => `Máy chủ dữ liệu báo lỗi (mã ${status}). Vui lòng thử lại sau.`,
    timeout: 'Máy chủ dữ liệu không phản hồi kịp. Vui lòng thử lại.',
    invalidResponse: 'Máy chủ trả về dữ liệu không đúng cấu trúc.',
    network: 'Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.',
  },
  en: {
    title: 'Could not load the ranking',
    retry: 'Try again',
    requestId: (id: string) => `Request ID: ${id}`,
    noApi: 'No data server is configured (api-base).',
    notFound: (campaign: string, metric: string) => `Campaign “${campaign}” or ranking metric “${metric}” was not found.`,
    invalid: 'The ranking’s parameters are not valid (campaign, metric, year or group).',
    server: (status: number) => `The data server reported an error (status ${status}). Please try again later.`,
    timeout: 'The data server did not answer in time. Please try again.',
    invalidResponse: 'The data server answered with data of an unexpected shape.',
    network: 'Could not reach the data server. Please check the connection and try again.',
  },
};

const alertIcon = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  ${svg`<path d="M8 .8 15.7 14.5H.3zm-.75 5v4.5h1.5V5.8zm0 5.7v1.5h1.5v-1.5z" fill-rule="evenodd" />`}
</svg>`;

const errorStyles = css`
  .error-box {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_error);
    background: color-mix(in srgb, var(--_error) 6%, var(--_surface));
  }
  .error-title {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    color: var(--_error);
    font-weight: 600;
  }
  .retry {
    justify-self: start;
    color: #fff;
    background: var(--_primary);
  }
  @media (forced-colors: active) {
    .error-box {
      border: 1px solid CanvasText;
    }
  }
`;

export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; previous?: Ranking | undefined }
  | { status: 'ready'; ranking: Ranking }
  | { status: 'error'; error: unknown };

/** One element's API mode: the client, the ranking it loaded, or what went wrong. */
export class RankingLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /** The provider's language, used when no `lang` attribute is nearer. */
  contextLocale: Locale | undefined;

  private _source: ClientSource | undefined;
  private readonly _consumers: { hostConnected(): void }[];
  private _abort: AbortController | undefined;
  private _interrupted = false;
  /** What the last load asked for; a change of any of it loads again. */
  private _asked: unknown[] = [];

  constructor(private readonly host: RankingTable) {
    host.addController(this);
    addStyles(host.renderRoot as ShadowRoot, errorStyles);
    this._consumers = [
      new ContextConsumer(host, {
        context: clientContext,
        subscribe: true,
        callback: (source) => {
          this._source = source;
          host.requestUpdate();
        },
      }),
      new ContextConsumer(host, {
        context: localeContext,
        subscribe: true,
        callback: (locale) => {
          this.contextLocale = locale;
          host.requestUpdate();
        },
      }),
    ];
  }

  hostConnected() {
    if (this._interrupted) {
      this._interrupted = false;
      void this.load();
    }
  }

  hostDisconnected() {
    if (this._abort) {
      this._abort.abort();
      this._interrupted = true;
    }
  }

  /** Called before each update: loads again when what to load, or the client, changed. */
  update() {
    const h = this.host;
    const asked = [h.campaign, h.metric, h.period, h.effectiveGroup, h.apiBase, h.client, this._source];
    if (asked.some((value, i) => value !== this._asked[i])) {
      this._asked = asked;
      void this.load();
    }
  }

  /** Loads the ranking; a reload (another group, say) keeps the old table in place, marked busy. */
  async load(): Promise<void> {
    const host = this.host;
    this._abort?.abort();
    const previous = this.state.status === 'ready' ? this.state.ranking : this.state.status === 'loading' ? this.state.previous : undefined;
    if (!host.campaign) {
      this.state = { status: 'idle' };
      host.requestUpdate();
      return;
    }
    const abort = (this._abort = new AbortController());
    this.state = { status: 'loading', previous };
    host.requestUpdate();
    try {
      if (!host.client && !host.apiBase && !this._source && host.closest('thidua-provider:not(:defined)')) {
        // The provider's script has not run yet: ask again once it has.
        await customElements.whenDefined('thidua-provider');
        for (const consumer of this._consumers) consumer.hostConnected();
        if (abort.signal.aborted) return;
      }
      const locale = nearestLang(host) ?? this.contextLocale ?? 'vi';
      const client = host.client ?? (host.apiBase ? await loadClient({ apiBase: host.apiBase, locale }) : await this._source?.());
      if (!client) throw Object.assign(new Error('No API configured'), { code: 'no_api' });
      const ranking = await client.rankings.get(host.campaign, {
        metric: host.metric || 'dti',
        ...(host.period ? { period: host.period } : {}),
        group: host.effectiveGroup,
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      this.state = { status: 'ready', ranking };
      host.dispatchEvent(new CustomEvent('thidua-load', { detail: ranking, bubbles: true, composed: true }));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.state = { status: 'error', error };
      host.dispatchEvent(new CustomEvent('thidua-error', { detail: { error }, bubbles: true, composed: true }));
    }
    this._abort = undefined;
    host.requestUpdate();
  }

  /** The error state: an alert with the cause in words and the request id, and a retry button. */
  renderError(locale: Locale) {
    const e = ((this.state.status === 'error' && this.state.error) || {}) as ErrorLike;
    const m = messages[locale];
    const message =
      e.code === 'no_api'
        ? m.noApi
        : e.status === 404 || e.code === 'not_found'
          ? m.notFound(this.host.campaign, this.host.metric)
          : e.code === 'validation_failed'
            ? m.invalid
            : e.code === 'timeout' || e.name === 'TimeoutError'
              ? m.timeout
              : e.code === 'invalid_response'
                ? m.invalidResponse
                : e.status
                  ? m.server(e.status)
                  : m.network;
    return html`<div part="base" class="base error">
      <div role="alert" class="error-box">
        <p class="error-title">${alertIcon}<span>${m.title}</span></p>
        <p part="error" class="error-message">${message}</p>
        ${e.requestId ? html`<p class="meta">${m.requestId(e.requestId)}</p>` : nothing}
      </div>
      <button part="retry" class="button retry" type="button" @click=${() => this.load()}>${m.retry}</button>
    </div>`;
  }
}
