import type { Locale } from '@thidua/schemas';
import type { ThiduaReader } from '@thidua/sdk/reader';
import { loadReader, type ClientConfig } from './client-loader.js';
import { nearestLang } from './locale.js';

/*
 * A live element's first read, started when the element connects rather than once its API part
 * has loaded: `<kpi-progress>` imports this module beside that part (KpiProgress.willUpdate), and
 * the part's first load takes the read (kpi-progress-api.ts). Apart from client-loader.ts, whose
 * code every element that reads the API carries in its first paint.
 */

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
