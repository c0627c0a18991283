// Shared by the Chromium tests: the real API server the test runner started
// (web-test-runner.config.mjs), clients over it, and ways to read a card.
import type { IndicatorDetail, IndicatorList } from '@thidua/schemas';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient, type ThiduaClient } from '@thidua/sdk';

let api: Promise<string> | undefined;

/** The base URL of the test run's API server. */
export function apiUrl(): Promise<string> {
  return (api ??= fetch('/__thidua_api.json').then(async (r) => ((await r.json()) as { url: string }).url));
}

/** What the server answers for one indicator, read without the SDK. */
export async function fetchDetail(id: string, unit?: string, asOf?: string): Promise<IndicatorDetail> {
  const query = new URLSearchParams({ ...(unit ? { unit } : {}), ...(asOf ? { asOf } : {}) });
  const r = await fetch(`${await apiUrl()}/v1/indicators/${id}${query.size ? `?${query}` : ''}`);
  return r.json();
}

/** What the server answers for a campaign's indicators, read without the SDK. */
export async function fetchList(campaign: string, query = ''): Promise<IndicatorList> {
  const r = await fetch(`${await apiUrl()}/v1/campaigns/${campaign}/indicators${query}`);
  return r.json();
}

/**
 * A real SDK client on the real server, whose `fetch` counts the requests it
 * makes (`requests`), fails the first `failFirst` with a network error, or
 * never answers (`hang`): for the request-count, retry and loading tests.
 */
export async function countingClient({ failFirst = 0, hang = false } = {}) {
  const requests: string[] = [];
  const client: ThiduaClient = createClient({
    baseUrl: await apiUrl(),
    retry: 0,
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      requests.push(url);
      if (hang) return new Promise<Response>(() => {});
      if (requests.length <= failFirst) return Promise.reject(new TypeError('Failed to fetch'));
      return fetch(input, init);
    },
  });
  return { client, requests };
}

/** The text of a part of an element's shadow root, whitespace collapsed. */
export const text = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** What Chromium's Intl prints for a percentage given as 0–100 (vi-VN puts a space before %). */
export const percent = (value: number, locale = 'vi-VN') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);

/** A date `days` from today, `yyyy-mm-dd`, in the reader's time zone (as the element counts). */
export function isoDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`. */
export const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The public results' server (web-test-runner.config.mjs, `results-api`): a round's journey made through its routes. */
export interface ResultsApi {
  url: string;
  campaignId: string;
  roundId: string;
  /** How many awards the decision made, and how many were featured (one with a photo, one without). */
  awards: number;
  featured: number;
}

let results: Promise<ResultsApi> | undefined;

/** The results' server once its journey is made: the first call starts it, later ones wait for it (under a minute). */
export function resultsApi(): Promise<ResultsApi> {
  return (results ??= (async () => {
    for (let i = 0; i < 180; i++) {
      const api = await executeServerCommand<ResultsApi | { pending: true }, undefined>('results-api');
      if (!('pending' in api)) return api;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error('the results journey did not finish in 3 minutes');
  })());
}

/** Text with its white space collapsed, as it reads. */
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Each cell's text as a screen reader gets it in a table: without the stacked layout's labels (and Lit's markers). */
export const cells = (row: Element) =>
  [...row.children].map((cell) =>
    clean(
      [...cell.childNodes]
        .filter((n) => n.nodeType !== Node.COMMENT_NODE && !(n as Element).classList?.contains('label'))
        .map((n) => n.textContent)
        .join(' '),
    ),
  );
