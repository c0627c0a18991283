import { LitElement, type CSSResult } from 'lit';
import type { Locale } from '@thidua/schemas';
import { stringsFor, watchStrings, type Catalogue, type Namespace } from '../strings/index.js';
import { localeContext } from './context.js';
import { nearestLang } from './locale.js';

/**
 * Defines `tag` as `element`, once. Should another script have taken the tag
 * with another class (two copies of the kit on one page: a CDN bundle and an
 * npm build, say), says so on the console instead of silently keeping the
 * other copy. In Node without a DOM registry it does nothing, so that server
 * builds (Next.js, Nuxt, Astro) can import every entry.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (!registry || existing === element) return;
  if (existing) {
    console.warn(`@thidua/components: <${tag}> is already defined by another script; this ${element.name} is not used.`);
  } else registry.define(tag, element);
}

/**
 * The base of every element of the kit: a LitElement that
 *
 * - speaks one language, `locale`: its own `lang` attribute, else the nearest
 *   ancestor's (across shadow roots), else its `<thidua-provider>`'s (through
 *   @lit/context), else Vietnamese; and renders again when its `lang` or any
 *   string (`setStrings`) changes;
 * - loads parts of itself lazily (`loadChunk`; `strings()` for a language's
 *   chunk) and counts them in `updateComplete`, so a test or a page that awaits
 *   it sees the element with its chunks rendered;
 * - brings a lazily loaded part's styles with it (`addStyles`), as constructable
 *   style sheets, which a strict CSP allows;
 * - is defined with `define()`, which warns when the tag is taken.
 *
 * @attribute {string} lang - The language of the element, `vi` (the default) or `en`; without it, the nearest
 *   ancestor's `lang`, else the enclosing `<thidua-provider>`'s. The element follows a change.
 */
export abstract class ThiduaElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Defines this class as `tag` (see `define`).
   * @internal
   */
  static define(tag: string): void {
    define(tag, this as unknown as CustomElementConstructor);
  }

  #contextLocale: Locale | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Chunks being loaded; `updateComplete` waits for them. */
  #chunks = new Set<Promise<unknown>>();
  #unwatch: (() => void) | undefined;

  /** The language the element speaks: its `lang`, the nearest ancestor's, its provider's, else `vi`. */
  get locale(): Locale {
    return nearestLang(this) ?? this.#contextLocale ?? 'vi';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatch = watchStrings(() => this.requestUpdate());
    this.#askLocale();
    // A provider whose script runs after this element's cannot answer yet: ask again once it can.
    if (this.closest('thidua-provider:not(:defined)')) {
      void customElements.whenDefined('thidua-provider').then(() => this.isConnected && this.#askLocale());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /**
   * Asks the nearest `<thidua-provider>` for its language and to tell when it
   * changes: the context protocol's `context-request` event, which the
   * provider's @lit/context `ContextProvider` answers. Sent as a plain event
   * rather than through `ContextConsumer`, whose 0.5 KB the first paint of a
   * card cannot afford.
   */
  #askLocale(): void {
    this.#unsubscribe?.();
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: localeContext,
        contextTarget: this,
        subscribe: true,
        callback: (locale: Locale | undefined, unsubscribe?: () => void) => {
          this.#unsubscribe = unsubscribe;
          this.#contextLocale = locale;
          this.requestUpdate();
        },
      }),
    );
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /**
   * A namespace of the catalogue in this element's language; undefined while
   * that language's chunk downloads (the element renders again when it is here).
   * @internal
   */
  strings<N extends Namespace>(namespace: N, locale: Locale = this.locale): Catalogue[N] | undefined {
    const strings = stringsFor(locale, namespace);
    if (!(strings instanceof Promise)) return strings;
    void this.loadChunk(strings);
    return undefined;
  }

  /**
   * Waits for a lazily loaded part (a dynamic `import()`, what it is chained
   * with included), then renders again; until then `updateComplete` waits for
   * it too. A part that fails to load leaves the element as it is.
   */
  protected loadChunk<T>(chunk: Promise<T>): Promise<T | void> {
    const settled: Promise<T | void> = chunk
      .catch(() => {})
      .finally(() => {
        this.#chunks.delete(settled);
        this.requestUpdate();
      });
    this.#chunks.add(settled);
    return settled;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#chunks.size) {
      await Promise.all(this.#chunks);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Adds style sheets to the shadow root: how a part loaded later brings its CSS (no `<style>`, which a strict CSP blocks).
   * @internal
   */
  addStyles(...styles: CSSResult[]): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...styles.map((style) => style.styleSheet!)];
  }
}
