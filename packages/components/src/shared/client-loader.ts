import type { Locale } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';

const clients = new Map<string, Promise<ThiduaClient>>();

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
export function loadClient({ apiBase, locale, token }: ClientConfig): Promise<ThiduaClient> {
  // Relative bases ("/api") resolve against the page, as a link would.
  const baseUrl = new URL(apiBase, document.baseURI).href.replace(/\/$/, '');
  const key = JSON.stringify([baseUrl, locale, token]);
  let client = clients.get(key);
  if (!client) {
    client = import('@thidua/sdk').then(({ createClient }) => createClient({ baseUrl, locale, ...(token ? { token } : {}) }));
    // A failed download may succeed on retry.
    client.catch(() => clients.delete(key));
    clients.set(key, client);
  }
  return client;
}
