import type { Context } from '@lit/context';
import type { Locale } from '@thidua/schemas';
import type { ThiduaClient } from '@thidua/sdk';

export type { ThiduaClient };

/**
 * How an element gets the API client from its provider: calling it resolves
 * to the client, loading the SDK the first time if the provider made the
 * client from `api-base`. A function rather than the client itself so that
 * no page pays for the SDK before an element needs data.
 */
export type ClientSource = (() => Promise<ThiduaClient>) & {
  /**
   * What the provider makes its client from, when it makes it from `api-base`: an element
   * with a lighter way to read (a live `<kpi-progress>`, `@thidua/sdk/reader`) uses it instead.
   */
  readonly config?: { apiBase: string; locale: Locale; token?: string | undefined } | undefined;
};

/*
 * Keys are global symbols so that two copies of the kit on one page (a CDN
 * bundle and an npm build, say) still find each other's provider. Written as
 * what `createContext` returns (its argument, typed) without importing
 * @lit/context: a card's first paint, which asks for the locale with a plain
 * `context-request` event, then carries none of it.
 */

/** The API client a `<thidua-provider>` gives the elements inside it. */
export const clientContext = Symbol.for('thidua.client') as Context<symbol, ClientSource | undefined>;

/** The provider's language, used when no `lang` attribute is nearer. */
export const localeContext = Symbol.for('thidua.locale') as Context<symbol, Locale | undefined>;
