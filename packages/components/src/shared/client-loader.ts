import type { Locale } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';
import type { ThiduaReader } from '@thidua/sdk/reader';

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
 * against the client's 35), for an element that shows public figures as text. `module`: the
 * reader's module when the caller has it already (no second `import()`, which waits a task).
 */
export function loadReader(config: ClientConfig, module?: typeof import('@thidua/sdk/reader')): Promise<ThiduaReader> {
  return once(readers, config, (options) => (module ? Promise.resolve(module) : import('@thidua/sdk/reader')).then(({ createReader }) => createReader(options)));
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
