import type { Locale } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import type { ThiduaReader } from '@thidua/sdk/reader';
import { nearestLang } from './locale.js';

const clients = new Map<string, Promise<ThiduaClient>>();
const readers = new Map<string, Promise<ThiduaReader>>();

export interface ClientConfig {
  apiBase: string;
  locale: Locale;
  token?: string | undefined;
}

/**
 * One client per API base, language and token, created on first use. The SDK
 * (ky and zod, about three times the size of Lit) is loaded here, lazily, so a
 * page whose elements are only given static values never downloads it.
 */
export function loadClient(config: ClientConfig): Promise<ThiduaClient> {
  return once(clients, config, (options) => import('@thidua/sdk').then(({ createClient }) => createClient(options)));
}

/**
 * The SDK's reader (`@thidua/sdk/reader`) for the same configuration: the one read a live
 * `<kpi-progress>` makes, batched as the client batches it, without ky and zod (under 2 KB
 * against the client's 35), for an element that shows public figures as text.
 */
export function loadReader(config: ClientConfig): Promise<ThiduaReader> {
  return once(readers, config, (options) => import('@thidua/sdk/reader').then(({ createReader }) => createReader(options)));
}

/** What an element with an API mode is read for here: its own `api-base`, or its provider's. */
interface ConfiguredElement extends HTMLElement {
  apiBase?: string | undefined;
  token?: string | undefined;
  client?: unknown;
  locale?: Locale | undefined;
}

/**
 * The configuration an element's API mode will make its reader from (as `ApiLoader.load` does:
 * its `api-base`, else its `<thidua-provider>`'s), known before either has loaded: a provider
 * whose script has not run yet is read from its attributes. Undefined when the element or its
 * provider has a client of the page's, or there is no API.
 */
export function configFor(host: ConfiguredElement): ClientConfig | undefined {
  if (host.client) return undefined;
  if (host.apiBase) return { apiBase: host.apiBase, locale: host.locale ?? nearestLang(host) ?? 'vi', token: host.token || undefined };
  const provider = host.closest<ConfiguredElement>('thidua-provider');
  if (!provider || provider.client) return undefined;
  const defined = customElements.get('thidua-provider') !== undefined && provider.matches(':defined');
  const apiBase = defined ? provider.apiBase : provider.getAttribute('api-base');
  const token = defined ? provider.token : provider.getAttribute('token');
  return apiBase ? { apiBase, locale: (defined ? provider.locale : undefined) ?? nearestLang(provider) ?? 'vi', token: token || undefined } : undefined;
}

/** Reads started by an element before its API part had loaded (`readEarly`), for its first load to take (`takeEarly`). */
const early = new WeakMap<Element, { key: string; reader?: ThiduaReader; value: Promise<unknown> }>();

/**
 * Starts an element's first read as soon as it connects, with the reader made from its
 * configuration (`configFor`), while its API part still loads: the API's answer is then on its
 * way beside the code that shows it, not after it. Reads started in one task still share one
 * request (the reader batches them). `key` says what was asked; the element's first load takes
 * the read if it asks the same of the same reader (`takeEarly`), else it is dropped.
 */
export function readEarly<T>(host: ConfiguredElement, key: string, read: (reader: ThiduaReader) => Promise<T>): void {
  const config = configFor(host);
  if (!config) return;
  const entry: { key: string; reader?: ThiduaReader; value: Promise<unknown> } = {
    key,
    value: loadReader(config).then((reader) => read((entry.reader = reader))),
  };
  // Whoever takes it hears of a failure; a read nobody takes must not be an unhandled rejection.
  entry.value.catch(() => {});
  early.set(host, entry);
}

/** The read `readEarly` started for this element, if it asked `key` of this reader; once. */
export function takeEarly<T>(host: Element, reader: ThiduaReader, key: string): Promise<T> | undefined {
  const entry = early.get(host);
  early.delete(host);
  return entry && entry.reader === reader && entry.key === key ? (entry.value as Promise<T>) : undefined;
}

function once<T>(made: Map<string, Promise<T>>, { apiBase, locale, token }: ClientConfig, make: (options: { baseUrl: string; locale: Locale; token?: string }) => Promise<T>): Promise<T> {
  // Relative bases ("/api") resolve against the page, as a link would.
  const baseUrl = new URL(apiBase, document.baseURI).href.replace(/\/$/, '');
  // No token and an empty one (a provider's default) are the same configuration.
  const key = JSON.stringify([baseUrl, locale, token || undefined]);
  let client = made.get(key);
  if (!client) {
    client = make({ baseUrl, locale, ...(token ? { token } : {}) });
    // A failed download may succeed on retry.
    client.catch(() => made.delete(key));
    made.set(key, client);
  }
  return client;
}
