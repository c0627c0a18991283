import type { Locale } from '@thidua/schemas';
import type { ThiduaReader } from '@thidua/sdk/reader';
import { loadReader, type ClientConfig } from './client-loader.js';
import { nearestLang } from './locale.js';

/*
 * A live element's first read, started when the element connects rather than once its API part
 * has loaded: `<kpi-progress>` imports this module beside that part (KpiProgress.willUpdate), and
 * the part's first load takes the read (kpi-progress-api.ts). A module of its own, imported by
 * nothing else: neither client-loader.ts nor the card's API part, which `<kpi-board>` and every
 * element that reads the API carry in their first paint, grows with it.
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

/** A read started early: the reader it was asked of, and the answer on its way. */
export interface EarlyRead<T> {
  reader: ThiduaReader;
  value: Promise<T>;
}

/**
 * Starts an element's first read as soon as it connects, with the reader made from its
 * configuration (`configFor`), while its API part still loads: the API's answer is then on its
 * way beside the code that shows it, not after it. Reads started in one task still share one
 * request (the reader batches them). `module`: the reader's, imported beside this one. Undefined
 * when there is no configuration to read with.
 * The element keeps what this returns; its first load uses the read if it asks the same of the
 * same reader (see kpi-progress-api.ts), and reads for itself otherwise.
 */
export function readEarly<T>(host: ConfiguredElement, module: typeof import('@thidua/sdk/reader'), read: (reader: ThiduaReader) => Promise<T>): Promise<EarlyRead<T>> | undefined {
  const config = configFor(host);
  if (!config) return undefined;
  return loadReader(config, module).then((reader) => {
    const value = read(reader);
    // Whoever takes it hears of a failure; a read nobody takes must not be an unhandled rejection.
    value.catch(() => {});
    return { reader, value };
  });
}
