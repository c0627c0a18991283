import { render } from 'lit/html.js';
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The part of LitElement that `<kpi-progress>` uses: declared properties
 * backed by attributes (and the `lang` attribute watched), batched
 * asynchronous updates rendered with lit-html, `willUpdate`/`updated`,
 * `updateComplete`, reactive controllers (connected and disconnected, which is
 * what `@lit/context` consumers need) and style sheets; plus waiting for
 * lazily loaded chunks. Without ReactiveElement, which would take 2.4 KB of
 * the card's 8 KB budget (bench/suites/10). Templates are lit-html's own, so
 * they read as in any Lit element. The kit's other elements are LitElements.
 */

/** How a property is declared: its attribute (the lower-cased name by default, or none), and whether it is a number. */
export interface LiteProperty {
  attribute?: string | false;
  type?: NumberConstructor;
}

/** A constructable style sheet from CSS text; a template tag, so that the build's CSS minifier finds it. */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]!);
  return sheet;
}

/** Adds a sheet to a shadow root: how a part loaded later brings its CSS (no `<style>`, which a strict CSP blocks). */
export function addStyles(root: ShadowRoot, sheet: CSSStyleSheet): void {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Per element class: attribute name → property name, made when the element is defined. */
const attributeNames = new WeakMap<object, Map<string, string>>();

// Private members are `#private`, which the minifier shortens (the card's size budget again).
export abstract class LiteElement extends HTMLElement implements ReactiveControllerHost {
  declare static properties: Record<string, LiteProperty>;
  static styles: CSSStyleSheet;

  static get observedAttributes(): string[] {
    const attributes = new Map<string, string>();
    attributeNames.set(this, attributes);
    for (const [name, options] of Object.entries(this.properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: LiteElement) {
          return this.#values.get(name);
        },
        set(this: LiteElement, value: unknown) {
          const old = this.#values.get(name);
          if (old === value) return;
          this.#values.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
      });
      if (options.attribute !== false) attributes.set(options.attribute ?? name.toLowerCase(), name);
    }
    // And the global `lang`, so that the text follows it (its native property keeps reflecting it).
    return [...attributes.keys(), 'lang'];
  }

  readonly renderRoot: ShadowRoot = this.attachShadow({ mode: 'open' });
  #updated = false;
  #values = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  #controllers = new Set<ReactiveController>();
  #updating: Promise<boolean> | undefined;
  /** Code chunks being loaded (see `whenLoaded`); `updateComplete` waits for them too. */
  #loading: Promise<unknown> | undefined;

  constructor() {
    super();
    const ctor = this.constructor as typeof LiteElement;
    this.renderRoot.adoptedStyleSheets = [ctor.styles];
    // Values set on the element before its definition ran shadow the accessors: move them behind.
    for (const name of Object.keys(ctor.properties)) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  connectedCallback() {
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback() {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    const ctor = this.constructor as typeof LiteElement;
    const name = attributeNames.get(ctor)!.get(attribute);
    if (name) (this as Record<string, unknown>)[name] = ctor.properties[name]!.type === Number && value !== null ? Number(value) : value;
    else this.requestUpdate();
  }

  addController(controller: ReactiveController) {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController) {
    this.#controllers.delete(controller);
  }

  /** Schedules an update; property changes made before it runs are rendered together. */
  requestUpdate(name?: PropertyKey, old?: unknown) {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    // Like LitElement, the first update waits for the element to be connected.
    if (!this.#updating && (this.#updated || this.isConnected)) this.#updating = this.#update();
  }

  /** Resolves once the element has rendered every change and every chunk it was loading. */
  get updateComplete(): Promise<boolean> {
    return this.#settled();
  }

  async #settled(): Promise<boolean> {
    while (this.#updating || this.#loading) await (this.#updating ?? this.#loading);
    return true;
  }

  /** Renders again once `load` (a chunk of code) settles; a chunk that fails to load leaves the element as it is. */
  protected whenLoaded(load: Promise<unknown>): void {
    const loading: Promise<unknown> = (this.#loading = Promise.all([this.#loading, load])
      .catch(() => {})
      .then(() => {
        if (this.#loading === loading) this.#loading = undefined;
        this.requestUpdate();
      }));
  }

  async #update(): Promise<boolean> {
    await null;
    const changed = this.#changed;
    try {
      // Changes made in willUpdate (and in render) belong to this update; later ones make a new one.
      this.willUpdate(changed);
      render(this.render(), this.renderRoot, { host: this });
    } finally {
      this.#changed = new Map();
      this.#updating = undefined;
    }
    this.#updated = true;
    this.updated(changed);
    return true;
  }

  protected willUpdate(_changed: PropertyValues): void {}

  protected updated(_changed: PropertyValues): void {}

  protected abstract render(): unknown;
}
