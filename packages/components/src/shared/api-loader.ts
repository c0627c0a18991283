import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@thidua/schemas';
import { stringsFor } from '../strings/index.js';
import { loadClient, type ClientConfig } from './client-loader.js';
import { clientContext, type ClientSource, type ThiduaClient } from './context.js';
import { nearestLang } from './locale.js';

/*
 * What every element that asks the API does the same way: the kit's elements
 * differ only in what they ask for and how they show it. This module reaches a
 * page only with the code that loads from the API (`<kpi-progress>`'s and
 * `<ranking-table>`'s lazy chunks, `<kpi-board>`), never with a card's first
 * paint: @lit/context and the client loader would not fit that entry's budget.
 */

/** An element that loads from the API: with its own client, its `api-base`, or its provider's client. */
export type ApiHost = ReactiveControllerHost &
  HTMLElement & {
    client?: ThiduaClient | undefined;
    apiBase?: string | undefined;
    /** A bearer token for the client made from `apiBase` (an element that writes: `<nomination-form>`). */
    token?: string | undefined;
    /** The host's language (`ThiduaElement.locale`). */
    locale?: Locale | undefined;
  };

export type LoadState<T> =
  | { status: 'idle' }
  | {
      status: 'loading';
      /** What the last load brought, for an element that keeps showing it meanwhile. */
      previous?: T | undefined;
    }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown };

/**
 * Whether a failed request was cut short on purpose (the element left the page,
 * or a newer load replaced it) rather than failed: then nothing is shown. The
 * one place every loader asks this.
 */
export const cutShort = (signal: AbortSignal, _error?: unknown): boolean => signal.aborted;

/** A request to the API, given the client (the SDK's, or what an element reads with) and the signal that cancels it. */
export type Ask<T, Client = ThiduaClient> = (client: Client, signal: AbortSignal) => Promise<T>;

/**
 * One element's API mode: finds the client (the element's own, its `api-base`,
 * or the enclosing `<thidua-provider>`'s, also when the provider's script runs
 * after the element's), follows the provider's client, loads, and
 * keeps what came back or what went wrong, announcing either with an event
 * (`thidua-load`, `thidua-error`). A load cut short by the element leaving the
 * page is aborted, and made again if the element comes back.
 */
export abstract class ApiLoader<T, Host extends ApiHost = ApiHost, Client = ThiduaClient> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  /** The provider's client. */
  protected source: ClientSource | undefined;

  private readonly _consumer: { hostConnected(): void };
  private _abort: AbortController | undefined;
  /** A load interrupted by disconnection, to be resumed on reconnection. */
  private _interrupted = false;
  /** What the last load asked for (see `loadOnChange`). */
  private _asked: unknown[] = [];

  constructor(protected readonly host: Host) {
    host.addController(this);
    let constructed = false;
    this._consumer = new ContextConsumer(host, {
      context: clientContext,
      subscribe: true,
      callback: (source) => {
        const changed = source !== this.source;
        this.source = source;
        // An element made while connected hears the first answer during construction, before its first load.
        if (constructed && changed) this.sourceChanged();
      },
    });
    constructed = true;
  }

  /**
   * What to load: the request, or undefined when there is nothing to ask (no
   * id, or the element was given its data). Throwing here is failing the load:
   * what the element lacks is shown before whether there is an API at all.
   */
  protected abstract request(): Ask<T, Client> | undefined;

  /**
   * The client made from a configuration (the element's `api-base`, or its provider's): the
   * SDK's. An element that asks less of the API overrides this and narrows `Client` to what it
   * uses (a live `<kpi-progress>`: `@thidua/sdk/reader`), which a page's own full client
   * (`.client`, a provider's `.client`) satisfies too.
   */
  protected clientFor(config: ClientConfig): Promise<Client> {
    return loadClient(config) as Promise<unknown> as Promise<Client>;
  }

  /**
   * The `detail` of `thidua-load` for what was loaded: by default the value itself. An element
   * whose value is its own working state (a session, a client) announces a public shape instead.
   */
  protected loadDetail(value: T): unknown {
    return value;
  }

  /** The provider's client changed: by default the host's next update decides (see `loadOnChange`). */
  protected sourceChanged(): void {
    this.host.requestUpdate();
  }

  /**
   * The language the client speaks when made from `api-base`, and the error
   * state's: the host's (`ThiduaElement.locale`). The nearest `lang` for a host
   * that is not yet a ThiduaElement (`<ranking-table>`, moving to it).
   */
  protected locale(): Locale {
    return this.host.locale ?? nearestLang(this.host) ?? 'vi';
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

  /** For the host to call before each update: loads again when what it asks for, or the provider's client, changed. */
  loadOnChange(asked: unknown[]): void {
    const key = [...asked, this.source];
    if (key.some((value, i) => value !== this._asked[i])) {
      this._asked = key;
      void this.load();
    }
  }

  /** Loads, replacing the load under way; while it loads, the last value stays at hand as `previous`. */
  async load(): Promise<void> {
    const host = this.host;
    const state = this.state;
    this._abort?.abort();
    this._abort = undefined;
    const abort = new AbortController();
    try {
      const ask = this.request();
      if (!ask) {
        this.state = { status: 'idle' };
        host.requestUpdate();
        return;
      }
      this._abort = abort;
      this.state = { status: 'loading', previous: state.status === 'ready' ? state.value : state.status === 'loading' ? state.previous : undefined };
      host.requestUpdate();
      if (!host.client && !host.apiBase && !this.source && host.closest('thidua-provider:not(:defined)')) {
        // The provider's script has not run yet: ask again once it has.
        await customElements.whenDefined('thidua-provider');
        this._consumer.hostConnected();
        if (abort.signal.aborted) return;
      }
      // A configuration rather than the provider's client when there is one: see `clientFor`.
      const config = host.apiBase ? { apiBase: host.apiBase, locale: this.locale(), token: host.token || undefined } : this.source?.config;
      const client = (host.client as Client | undefined) ?? (config ? await this.clientFor(config) : ((await this.source?.()) as Client | undefined));
      if (!client) throw Object.assign(new Error('No API configured'), { code: 'no_api' });
      const value = await ask(client, abort.signal);
      if (abort.signal.aborted) return;
      this._settle({ status: 'ready', value }, 'thidua-load', this.loadDetail(value));
    } catch (error) {
      if (cutShort(abort.signal, error)) return;
      // The error state's words, should they be in a language not loaded yet: the error is shown with them.
      await stringsFor(this.locale(), 'errors');
      if (abort.signal.aborted) return;
      this._settle({ status: 'error', error }, 'thidua-error', { error });
    }
  }

  private _settle(state: LoadState<T>, event: string, detail: unknown) {
    this._abort = undefined;
    this.state = state;
    // The update is asked for before the event, so that a listener that awaits anything finds it rendered.
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent(event, { detail, bubbles: true, composed: true }));
  }
}
