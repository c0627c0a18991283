import type { Locale } from '@thidua/schemas';
import type { ThiduaReader } from '@thidua/sdk/reader';
import { loadReader, type ClientConfig } from './client-loader.js';

/*
 * A live element's first read, started before the code that shows it has run, from two places:
 * - `<kpi-progress>` itself, when it connects (KpiProgress.willUpdate imports this module beside its
 *   API part, and the part's first load takes the read: kpi-progress-api.ts);
 * - earlier still, the CDN's `thidua-provider.js` (provider/cdn-entry.ts), which runs as soon as it,
 *   this module and the SDK's reader have arrived, without waiting for Lit or any element: it reads
 *   for every live card of the page that has not started yet (`readCardsEarly`).
 * Nothing here may import Lit or a module of Lit's chunk (locale.ts, thidua-element.ts): the
 * provider's early script would then wait for that chunk like the elements do. And neither
 * client-loader.ts's users nor the card's API part, which `<kpi-board>` and every element that
 * reads the API carry in their first paint, grow with it.
 */

/** What an element with an API mode is read for here: its own `api-base`, or its provider's. */
interface ConfiguredElement extends HTMLElement {
  apiBase?: string | undefined;
  token?: string | undefined;
  client?: unknown;
  locale?: Locale | undefined;
}

/**
 * The nearest `lang` the kit speaks (`vi-VN` → vi), for an element of the document's light DOM:
 * what `nearestLang` (locale.ts) answers there. Written here because locale.ts lives in Lit's
 * chunk, which the provider's early script must not wait for; early-read.test.ts holds the two equal.
 */
function langOf(element: Element): Locale | undefined {
  const language = element.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase().split('-')[0];
  return language === 'vi' || language === 'en' ? language : undefined;
}

/** A property of an element, or before its class is defined (the provider's early script), its attribute. */
function setting(element: ConfiguredElement, property: 'apiBase' | 'token', attribute: string): string | undefined {
  return (element.matches(':defined') ? element[property] : element.getAttribute(attribute)) || undefined;
}

/**
 * The configuration an element's API mode will make its reader from (as `ApiLoader.load` does:
 * its `api-base`, else its `<thidua-provider>`'s), known before either has loaded: an element or
 * a provider whose script has not run yet is read from its attributes. Undefined when the element
 * or its provider has a client of the page's, or there is no API.
 */
export function configFor(host: ConfiguredElement): ClientConfig | undefined {
  if (host.client) return undefined;
  const apiBase = setting(host, 'apiBase', 'api-base');
  if (apiBase) return { apiBase, locale: host.locale ?? langOf(host) ?? 'vi', token: setting(host, 'token', 'token') };
  const provider = host.closest<ConfiguredElement>('thidua-provider');
  if (!provider || provider.client) return undefined;
  const providerBase = setting(provider, 'apiBase', 'api-base');
  return providerBase ? { apiBase: providerBase, locale: provider.locale ?? langOf(provider) ?? 'vi', token: setting(provider, 'token', 'token') } : undefined;
}

/** A read started early: the reader it was asked of, and the answer on its way. */
export interface EarlyRead<T> {
  reader: ThiduaReader;
  value: Promise<T>;
}

/** Reads the provider's early script started, by card, with what they asked (`asked`), until the card takes its own. */
const started = new WeakMap<Element, { asked: string; read: Promise<EarlyRead<unknown>> }>();

/**
 * Starts an element's first read now, with the reader made from its configuration (`configFor`),
 * while the code that shows it still loads: the API's answer is then on its way beside that code,
 * not after it. Reads started in one task still share one request (the reader batches them).
 * `module`: the reader's, imported beside this one. `asked`: what the read asks, as a key
 * (`JSON.stringify` of the element's ask); when the provider's early script already started the
 * same read for this element, that one is returned rather than a second request. Undefined when
 * there is no configuration to read with.
 * The element keeps what this returns; its first load uses the read if it asks the same of the
 * same reader (see kpi-progress-api.ts), and reads for itself otherwise.
 */
export function readEarly<T>(
  host: ConfiguredElement,
  module: typeof import('@thidua/sdk/reader'),
  asked: string,
  read: (reader: ThiduaReader) => Promise<T>,
): Promise<EarlyRead<T>> | undefined {
  const before = started.get(host);
  started.delete(host);
  return before?.asked === asked ? (before.read as Promise<EarlyRead<T>>) : startRead(host, module, read);
}

/** Whether a read has already had the page's first number format made (once is enough). */
let numbersWarmed = false;

function startRead<T>(host: ConfiguredElement, module: typeof import('@thidua/sdk/reader'), read: (reader: ThiduaReader) => Promise<T>): Promise<EarlyRead<T>> | undefined {
  const config = configFor(host);
  if (!config) return undefined;
  return loadReader(config, module).then((reader) => {
    const value = read(reader);
    // Whoever takes it hears of a failure; a read nobody takes must not be an unhandled rejection.
    value.catch(() => {});
    // A task after the reader's own, which sends the batch: the card's render needs a number
    // format, and a page's first costs about 10 ms in Chromium, whatever its locale and options
    // (ICU loads its number data; the next take 0.1 ms). Made now, that is spent while the read is
    // on the network rather than after its answer.
    if (!numbersWarmed) setTimeout(() => new Intl.NumberFormat());
    numbersWarmed = true;
    return { reader, value };
  });
}

/**
 * What a live `<kpi-progress>` asks, from its attributes: its indicator, for `org-unit`, by
 * `campaign`'s targets (`KpiProgress.liveAsk` asks the same from its properties, which markup sets).
 */
export function cardAsk(card: Element): [indicator: string, query: { unit?: string; campaign?: string }] {
  const unit = card.getAttribute('org-unit');
  const campaign = card.getAttribute('campaign');
  return [card.getAttribute('indicator') ?? '', { ...(unit ? { unit } : {}), ...(campaign ? { campaign } : {}) }];
}

/**
 * The first reads of the live `<kpi-progress>` cards in `root` whose script has not run yet (the
 * CDN's `thidua-provider.js` calls it before loading Lit): each card, on connecting, takes its
 * read rather than asking again (`readEarly`). A card given `.data` or a `.client` by the page
 * before its definition, or with no API to read from, is left to itself.
 */
export function readCardsEarly(root: ParentNode, module: typeof import('@thidua/sdk/reader')): void {
  for (const card of root.querySelectorAll<ConfiguredElement>('kpi-progress[indicator]:not(:defined)')) {
    if (started.has(card) || Object.hasOwn(card, 'data') || Object.hasOwn(card, 'client')) continue;
    const ask = cardAsk(card);
    const [id, query] = ask;
    const read = startRead(card, module, (reader) => reader.indicators.get(id, query));
    if (!read) continue;
    read.catch(() => {});
    started.set(card, { asked: JSON.stringify(ask), read });
  }
}
