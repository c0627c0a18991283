import { ContextProvider } from '@lit/context';
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { localeContext } from './context.js';
import { define, ThiduaElement } from './thidua-element.js';

/** What the base gives every element, shown by a minimal one: its language, and a part loaded lazily. */
class BaseProbe extends ThiduaElement {
  loaded: string | undefined;

  /** Loads a "chunk" that the test settles by hand. */
  load(chunk: Promise<string>) {
    void this.loadChunk(chunk.then((part) => (this.loaded = part)));
  }

  protected override render() {
    return html`<p>${this.locale}</p>
      <p class="part">${this.loaded ?? 'none'}</p>`;
  }
}
BaseProbe.define('base-probe');

const said = (el: Element, selector = 'p') => el.shadowRoot!.querySelector(selector)!.textContent;

/** A promise and the function that settles it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('ThiduaElement', () => {
  describe('language', () => {
    it('speaks Vietnamese with no lang around it', async () => {
      const el = await fixture<BaseProbe>(fixtureHtml`<base-probe></base-probe>`);
      expect(el.locale).to.equal('vi');
      expect(said(el)).to.equal('vi');
    });

    it('follows the nearest ancestor lang, across a shadow root, and its own lang first', async () => {
      const host = await fixture(fixtureHtml`<div lang="en-GB"><div></div></div>`);
      const shadow = host.firstElementChild!.attachShadow({ mode: 'open' });
      const el = document.createElement('base-probe') as BaseProbe;
      shadow.append(el);
      await el.updateComplete;
      expect(said(el)).to.equal('en');

      el.setAttribute('lang', 'vi-VN');
      await el.updateComplete;
      expect(said(el)).to.equal('vi');

      // The native property sets the attribute, which the element watches.
      el.lang = 'en';
      await el.updateComplete;
      expect(said(el)).to.equal('en');
    });

    it('takes the locale a provider gives through @lit/context when no lang is nearer, and follows its changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
      // Any provider of the kit's locale context: another copy's <thidua-provider>, or a framework's.
      const provider = new ContextProvider(wrapper, { context: localeContext, initialValue: 'en' });
      provider.hostConnected();
      const el = document.createElement('base-probe') as BaseProbe;
      wrapper.append(el);
      await el.updateComplete;
      expect(said(el)).to.equal('en');

      provider.setValue('vi');
      await el.updateComplete;
      expect(said(el)).to.equal('vi');

      // A lang attribute nearer than the provider wins.
      provider.setValue('en');
      wrapper.setAttribute('lang', 'vi');
      el.requestUpdate();
      await el.updateComplete;
      expect(said(el)).to.equal('vi');
    });
  });

  describe('lazily loaded parts', () => {
    it('counts a part being loaded in updateComplete, and renders it once it is here', async () => {
      const el = await fixture<BaseProbe>(fixtureHtml`<base-probe></base-probe>`);
      const chunk = deferred<string>();
      el.load(chunk.promise);
      let complete = false;
      const waiting = el.updateComplete.then(() => (complete = true));
      // Several turns of the event loop: the render that followed the call is long done.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
      expect(complete).to.equal(false);
      expect(said(el, '.part')).to.equal('none');

      chunk.resolve('detail');
      await waiting;
      expect(said(el, '.part')).to.equal('detail');
    });

    it('settles updateComplete when a part fails to load, leaving the element as it was', async () => {
      const el = await fixture<BaseProbe>(fixtureHtml`<base-probe></base-probe>`);
      const chunk = deferred<string>();
      el.load(chunk.promise);
      chunk.reject(new TypeError('Failed to fetch dynamically imported module'));
      expect(await el.updateComplete).to.equal(true);
      expect(said(el, '.part')).to.equal('none');
    });

    it('waits for a part asked for while another was loading', async () => {
      const el = await fixture<BaseProbe>(fixtureHtml`<base-probe></base-probe>`);
      const first = deferred<string>();
      const second = deferred<string>();
      el.load(first.promise);
      const waiting = el.updateComplete;
      first.promise.then(() => el.load(second.promise));
      first.resolve('first');
      let complete = false;
      void waiting.then(() => (complete = true));
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
      expect(complete).to.equal(false);
      second.resolve('second');
      await waiting;
      expect(said(el, '.part')).to.equal('second');
    });
  });

  describe('define()', () => {
    let warnings: unknown[][];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
    });
    afterEach(() => {
      console.warn = warn;
    });

    it('defines a free tag, and says nothing when the same class is defined again', () => {
      class First extends HTMLElement {}
      define('define-probe-a', First);
      define('define-probe-a', First);
      expect(customElements.get('define-probe-a')).to.equal(First);
      expect(warnings).to.have.length(0);
    });

    it('warns, naming the tag, instead of silently skipping a tag another class took', () => {
      class Theirs extends HTMLElement {}
      class Ours extends HTMLElement {}
      customElements.define('define-probe-b', Theirs);
      define('define-probe-b', Ours);
      expect(customElements.get('define-probe-b')).to.equal(Theirs);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('<define-probe-b>').and.contain('Ours');
    });

    it('is what the kit elements define themselves with', () => {
      BaseProbe.define('base-probe');
      expect(warnings).to.have.length(0);
      class OtherProbe extends BaseProbe {}
      OtherProbe.define('base-probe');
      expect(warnings).to.have.length(1);
    });
  });
});
