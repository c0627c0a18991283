import { ContextProvider } from '@lit/context';
import { html, type PropertyDeclarations } from 'lit';
import { css } from '../shared/css.js';
import type { ThiduaClient } from '@thidua/sdk';
import { loadClient } from '../shared/client-loader.js';
import { clientContext, localeContext, type ClientSource } from '../shared/context.js';
import { ThiduaElement } from '../shared/thidua-element.js';

/**
 * Gives the kit's elements inside it one API client and one language, so a
 * page configures the API once. The SDK is loaded when the first element
 * inside asks for data, not before. Its language is its `lang`, or the
 * nearest ancestor's, or an outer provider's (see `ThiduaElement.locale`).
 *
 * ```html
 * <thidua-provider api-base="https://api.example.gov.vn" lang="vi">
 *   <kpi-progress indicator="bn2026-09"></kpi-progress>
 * </thidua-provider>
 * ```
 *
 * @summary Shares an API client and a language with the elements it contains.
 *
 * @slot - The elements that use the client.
 */
export class ThiduaProvider extends ThiduaElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // `static properties`, not decorators: the decorators' chunk would be one more file on a
  // live card's path (bench/suites/15-cdn-live-card), loaded after this one.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    token: {},
    client: { attribute: false },
  };

  /** The API's base URL; a client is created for it unless `client` is set. */
  declare apiBase: string;

  /** A bearer token sent with every request, for endpoints that need one. */
  declare token: string;

  /** A client made by the page (`createClient` from `@thidua/sdk`); takes precedence over `api-base`. */
  declare client: ThiduaClient | undefined;

  private _clientProvider = new ContextProvider(this, { context: clientContext });
  private _localeProvider = new ContextProvider(this, { context: localeContext });
  /** The source last provided and what it was made from, so that an unchanged configuration keeps its identity. */
  private _source: { from: readonly unknown[]; source: ClientSource | undefined } | undefined;

  constructor() {
    super();
    this.apiBase = '';
    this.token = '';
  }

  override connectedCallback() {
    // Provide before the controllers announce this provider, so that elements
    // inside never see an empty context first.
    this._provide();
    super.connectedCallback();
  }

  protected override willUpdate() {
    this._provide();
  }

  private _provide() {
    const locale = this.locale;
    this._localeProvider.setValue(locale);
    const { client, apiBase, token } = this;
    const from = [client, apiBase, token, locale] as const;
    if (!this._source || this._source.from.some((value, i) => value !== from[i])) {
      const source: ClientSource | undefined = client
        ? () => Promise.resolve(client)
        : apiBase
          ? Object.assign(() => loadClient({ apiBase, locale, token }), { config: { apiBase, locale, token } })
          : undefined;
      this._source = { from, source };
    }
    this._clientProvider.setValue(this._source.source);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

ThiduaProvider.define('thidua-provider');

declare global {
  interface HTMLElementTagNameMap {
    'thidua-provider': ThiduaProvider;
  }
}
