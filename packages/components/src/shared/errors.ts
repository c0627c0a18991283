import { html, nothing } from 'lit/html.js';
import { css } from './lite-element.js';
import type { Locale } from '@thidua/schemas';
import { icon, statusIcons } from './icons.js';

/** What an error looks like to an element: `ThiduaApiError` without importing the SDK. */
interface ErrorLike {
  name?: string;
  status?: number;
  code?: string;
  requestId?: string;
}

/**
 * What was being loaded, for the title and the "not found" and "invalid id"
 * messages; the ids name it: an indicator's or a campaign's id, or a ranking's
 * campaign and metric.
 */
export type Subject = 'indicator' | 'campaign' | 'ranking';

const messages = {
  vi: {
    title: { indicator: 'Không tải được số liệu', campaign: 'Không tải được số liệu', ranking: 'Không tải được bảng xếp hạng' },
    retry: 'Thử lại',
    requestId: (id: string) => `Mã yêu cầu: ${id}`,
    noApi: 'Chưa cấu hình địa chỉ máy chủ dữ liệu (api-base).',
    noCampaign: 'Chưa chỉ định phong trào thi đua (campaign).',
    notFound: {
      indicator: (id: string) => `Không tìm thấy chỉ tiêu "${id}".`,
      campaign: (id: string) => `Không tìm thấy phong trào thi đua "${id}" hoặc đơn vị được chọn.`,
      ranking: (campaign: string, metric: string) => `Không tìm thấy phong trào “${campaign}” hoặc chỉ số xếp hạng “${metric}”.`,
    },
    invalid: {
      indicator: (id: string) => `Mã chỉ tiêu "${id}" không hợp lệ.`,
      campaign: (id: string) => `Mã phong trào "${id}" hoặc mã đơn vị không hợp lệ.`,
      ranking: () => 'Tham số của bảng xếp hạng không hợp lệ (phong trào, chỉ số, năm hoặc nhóm).',
    },
    server: (status: number) => `Máy chủ dữ liệu báo lỗi (mã ${status}). Vui lòng thử lại sau.`,
    timeout: 'Máy chủ dữ liệu không phản hồi kịp. Vui lòng thử lại.',
    invalidResponse: 'Máy chủ trả về dữ liệu không đúng cấu trúc.',
    network: 'Không kết nối được máy chủ dữ liệu. Vui lòng kiểm tra kết nối và thử lại.',
  },
  en: {
    title: { indicator: 'Could not load the data', campaign: 'Could not load the data', ranking: 'Could not load the ranking' },
    retry: 'Try again',
    requestId: (id: string) => `Request ID: ${id}`,
    noApi: 'No data server is configured (api-base).',
    noCampaign: 'No campaign is given (campaign).',
    notFound: {
      indicator: (id: string) => `Indicator "${id}" was not found.`,
      campaign: (id: string) => `Campaign "${id}" or the chosen unit was not found.`,
      ranking: (campaign: string, metric: string) => `Campaign “${campaign}” or ranking metric “${metric}” was not found.`,
    },
    invalid: {
      indicator: (id: string) => `"${id}" is not a valid indicator id.`,
      campaign: (id: string) => `"${id}" or the unit is not a valid id.`,
      ranking: () => 'The ranking’s parameters are not valid (campaign, metric, year or group).',
    },
    server: (status: number) => `The data server reported an error (status ${status}). Please try again later.`,
    timeout: 'The data server did not answer in time. Please try again.',
    invalidResponse: 'The data server answered with data of an unexpected shape.',
    network: 'Could not reach the data server. Please check the connection and try again.',
  },
};

/** The ids that name what was being loaded: see `Subject`. */
type Ids = readonly [string] | readonly [campaign: string, metric: string];

/** Why loading failed, in words a portal's reader can act on. */
export function errorMessage(error: unknown, locale: Locale, subject: Subject, ids: Ids): string {
  const e = (error ?? {}) as ErrorLike;
  const m = messages[locale];
  const [id, metric = ''] = ids;
  if (e.code === 'no_api') return m.noApi;
  if (e.code === 'no_campaign') return m.noCampaign;
  if (e.status === 404 || e.code === 'not_found') return m.notFound[subject](id, metric);
  if (e.code === 'validation_failed') return m.invalid[subject](id);
  if (e.code === 'timeout' || e.name === 'TimeoutError') return m.timeout;
  if (e.code === 'invalid_response') return m.invalidResponse;
  return e.status ? m.server(e.status) : m.network;
}

/** The error as an element shows it: an alert with the cause and the request id, and a retry button. */
export function renderError(error: unknown, locale: Locale, subject: Subject, ids: Ids, retry: () => void) {
  const m = messages[locale];
  const requestId = (error as ErrorLike | undefined)?.requestId;
  return html`<div role="alert" class="error-box">
      <p class="error-title">${icon(statusIcons.atRisk)}<span>${m.title[subject]}</span></p>
      <p part="error" class="error-message">${errorMessage(error, locale, subject, ids)}</p>
      ${requestId ? html`<p class="request-id">${m.requestId(requestId)}</p>` : nothing}
    </div>
    <button part="retry" class="retry" type="button" @click=${retry}>${m.retry}</button>`;
}

/**
 * Styles of the error state; they reach an element with the code that renders
 * it. The alert icon is drawn with strokes whatever the element's own icons are.
 */
export const errorStyles = css`
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
    font-weight: 600;
    color: var(--_error);
  }
  .error-title .icon {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .request-id {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .retry {
    justify-self: start;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--_primary);
    border: 2px solid transparent;
    border-radius: 0.375rem;
    cursor: pointer;
  }
  .retry:hover {
    background: color-mix(in srgb, var(--_primary) 85%, #000);
  }
  .retry:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .error-box {
      border: 1px solid CanvasText;
    }
  }
`;
