import { expect, fixture, html as testHtml } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { html } from 'lit/html.js';
import { LiteElement, css, type LiteProperty } from './lite-element.js';

/** A small element on the base: a number and a text property, counting its renders. */
class LiteProbe extends LiteElement {
  static override styles = css`
    p {
      color: rgb(1, 2, 3);
    }
  `;
  static override properties: Record<string, LiteProperty> = { count: { type: Number }, label: { attribute: 'data-label' } };
  count: number | undefined;
  label: string | undefined;
  renders = 0;
  changes: PropertyValues[] = [];

  /** Exposed so the test can hand it a chunk to wait for. */
  load(promise: Promise<unknown>) {
    this.whenLoaded(promise);
  }

  protected override willUpdate(changed: PropertyValues) {
    this.changes.push(new Map(changed));
  }

  protected override render() {
    this.renders += 1;
    return html`<p>${this.label} ${this.count} ${this.lang}</p>`;
  }
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();

describe('LiteElement', () => {
  before(() => {
    // Made before the definition: the value set then must survive the upgrade.
    const early = document.createElement('lite-probe') as LiteProbe;
    early.count = 7;
    early.id = 'early';
    document.body.append(early);
    customElements.define('lite-probe', LiteProbe);
  });

  it('keeps a property set before the element was defined', async () => {
    const early = document.getElementById('early') as LiteProbe;
    await early.updateComplete;
    expect(text(early)).to.equal('7');
    early.remove();
  });

  it('reads its attributes into properties, numbers as numbers', async () => {
    const el = await fixture<LiteProbe>(testHtml`<lite-probe count="3" data-label="Hồ sơ"></lite-probe>`);
    expect(el.count).to.equal(3);
    expect(text(el)).to.equal('Hồ sơ 3');
    el.setAttribute('count', '4');
    await el.updateComplete;
    expect(el.count).to.equal(4);
  });

  it('renders the changes made in one task once, and says which changed', async () => {
    const el = await fixture<LiteProbe>(testHtml`<lite-probe></lite-probe>`);
    const before = el.renders;
    el.count = 1;
    el.label = 'a';
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect([...el.changes.at(-1)!.keys()]).to.have.members(['count', 'label']);
  });

  it('follows its lang attribute', async () => {
    const el = await fixture<LiteProbe>(testHtml`<lite-probe></lite-probe>`);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.equal('en');
  });

  it('waits in updateComplete for a chunk it is loading, then renders again', async () => {
    const el = await fixture<LiteProbe>(testHtml`<lite-probe></lite-probe>`);
    let release!: () => void;
    el.load(new Promise<void>((resolve) => (release = resolve)));
    let done = false;
    const complete = el.updateComplete.then(() => (done = true));
    await Promise.resolve();
    expect(done).to.equal(false);
    const before = el.renders;
    release();
    await complete;
    expect(el.renders).to.equal(before + 1);
  });

  it('connects and disconnects its controllers', async () => {
    const el = await fixture<LiteProbe>(testHtml`<lite-probe></lite-probe>`);
    const calls: string[] = [];
    el.addController({ hostConnected: () => calls.push('connected'), hostDisconnected: () => calls.push('disconnected') });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    expect(calls).to.deep.equal(['connected', 'disconnected', 'connected']);
  });

  it('adopts its style sheet', async () => {
    const el = await fixture<LiteProbe>(testHtml`<lite-probe></lite-probe>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });
});
