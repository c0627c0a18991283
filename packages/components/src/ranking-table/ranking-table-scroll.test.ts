import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import './ranking-table.js';
import type { RankingRow, RankingTable } from './ranking-table.js';

/*
 * Scrolling as people scroll: a mouse wheel (real wheel events from the
 * browser's input pipeline), PageDown and the arrow keys with the table's
 * region focused. After each step the test records which rows are on
 * screen, by their position in the table (aria-rowindex), and that the
 * visible part of the table is covered by rendered rows (no blank rows);
 * at the end every row must have been on screen, in order, none skipped.
 */

const rowsOf = (n: number): RankingRow[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `don-vi-${i}`,
    name: `Đơn vị ${String(i + 1).padStart(5, '0')}`,
    kind: i % 2 ? 'ward' : 'commune',
    // Distinct scores, so position i + 1 is rank i + 1.
    value: 1 - i / (n + 1),
    previousValue: i % 7 ? 1 - ((i * 13) % n) / (n + 1) : null,
  }));

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

interface Step {
  first: number;
  last: number;
  blank: number;
}

class Recorder {
  readonly steps: Step[] = [];
  constructor(
    readonly el: RankingTable,
    readonly scroller: HTMLElement,
  ) {}

  /** Waits until the scroll position and the element have been still for three frames. */
  async settle() {
    let last = Number.NaN;
    let still = 0;
    for (let i = 0; i < 600 && still < 3; i++) {
      await frame();
      await this.el.updateComplete;
      const top = this.scroller.scrollTop;
      still = top === last ? still + 1 : 0;
      last = top;
    }
  }

  /** Positions (1-based, as ranks here) of the rows inside the visible part of the region, and the blank height there. */
  record() {
    const box = this.scroller.getBoundingClientRect();
    const head = this.scroller.querySelector('thead')!.getBoundingClientRect();
    // On screen: inside the region's visible part, below its sticky header row, and inside the window.
    const top = Math.max(box.top + this.scroller.clientTop, head.bottom, 0);
    const bottom = Math.min(box.top + this.scroller.clientTop + this.scroller.clientHeight, innerHeight);
    const visible = [...this.scroller.querySelectorAll<HTMLElement>('tbody tr.row')]
      .map((row) => ({ row, rect: row.getBoundingClientRect() }))
      .filter(({ rect }) => rect.bottom > top + 1 && rect.top < bottom - 1);
    const positions = visible.map(({ row }) => Number(row.getAttribute('aria-rowindex')) - 1);
    // Blank: visible height not covered by a rendered row (the spacers show through).
    const covered = visible.reduce((sum, { rect }) => sum + Math.min(rect.bottom, bottom) - Math.max(rect.top, top), 0);
    const step = { first: Math.min(...positions), last: Math.max(...positions), blank: Math.round(bottom - top - covered) };
    this.steps.push(step);
    return step;
  }

  get atEnd() {
    return this.scroller.scrollTop + this.scroller.clientHeight >= this.scroller.scrollHeight - 1;
  }

  /** Every position 1…n seen, the view only moving down, never past a row unseen, never blank. */
  expectEveryRowInOrder(n: number, how: string, from = 1) {
    const steps = this.steps;
    expect(steps[0]!.first, `${how}: first row on screen`).to.equal(from);
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1]!, steps[i]!];
      expect(b.first, `${how}, step ${i}: went back from ${a.first} to ${b.first}`).to.be.at.least(a.first);
      expect(b.first, `${how}, step ${i}: rows ${a.last + 1}–${b.first - 1} never on screen`).to.be.at.most(a.last + 1);
    }
    expect(steps.at(-1)!.last, `${how}: last row on screen`).to.equal(n);
    const blank = Math.max(...steps.map((s) => s.blank));
    expect(blank, `${how}: blank space on screen`).to.be.at.most(1);
  }
}

async function table(n: number, height?: string) {
  const el = await fixture<RankingTable>(html`<ranking-table label="Xếp hạng" .rows=${rowsOf(n)}></ranking-table>`);
  if (height) el.style.setProperty('--ranking-max-height', height);
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('tbody tr.row'), 'the table did not render', { timeout: 8000 });
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
  scroller.scrollIntoView({ block: 'start' });
  const recorder = new Recorder(el, scroller);
  await recorder.settle();
  recorder.record();
  return recorder;
}

async function wheelThrough(r: Recorder, deltaY: number, maxSteps: number) {
  const box = r.scroller.getBoundingClientRect();
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + Math.min(box.height, innerHeight - box.top) / 2);
  for (let i = 0; i < maxSteps && !r.atEnd; i++) {
    await executeServerCommand('mouse-wheel', { x, y, deltaY });
    await r.settle();
    r.record();
  }
}

async function keysThrough(r: Recorder, key: 'PageDown' | 'ArrowDown', maxSteps: number, until = () => r.atEnd) {
  r.scroller.focus();
  for (let i = 0; i < maxSteps && !until(); i++) {
    await sendKeys({ press: key });
    await r.settle();
    r.record();
  }
}

describe('<ranking-table> scrolled by wheel and keyboard', function () {
  // Hundreds of real input events, each waited out: slow by nature, not a timed assertion.
  this.timeout(240_000);

  it('a 63-row table: every row on screen in order by wheel notches (120 px), PageDown and arrow keys', async () => {
    const wheel = await table(63);
    await wheelThrough(wheel, 120, 200);
    wheel.expectEveryRowInOrder(63, 'wheel');

    const pages = await table(63);
    await keysThrough(pages, 'PageDown', 60);
    pages.expectEveryRowInOrder(63, 'PageDown');
    expect(pages.steps.length, 'PageDown presses to the end').to.be.at.least(5);

    const arrows = await table(63);
    await keysThrough(arrows, 'ArrowDown', 2000);
    arrows.expectEveryRowInOrder(63, 'ArrowDown');
  });

  it('a 10,000-row table: every row on screen in order by wheel and by PageDown', async () => {
    // A tall window and region, so that going through 10,000 rows takes a few hundred steps, not thousands.
    await setViewport({ width: 1280, height: 2600 });
    const wheel = await table(10_000, '2400px');
    await wheelThrough(wheel, 1800, 2000);
    wheel.expectEveryRowInOrder(10_000, 'wheel');

    const pages = await table(10_000, '2400px');
    await keysThrough(pages, 'PageDown', 2000);
    pages.expectEveryRowInOrder(10_000, 'PageDown');
    await setViewport({ width: 800, height: 600 });
  });

  it('a 10,000-row table: arrow keys through a stretch of 150 rows crossing many window moves, none skipped, no blank', async () => {
    const arrows = await table(10_000);
    await keysThrough(arrows, 'ArrowDown', 1000, () => arrows.steps.at(-1)!.last >= 150);
    const steps = arrows.steps;
    // Same checks as above, up to the 150th row.
    const last = steps.at(-1)!.last;
    expect(last).to.be.at.least(150);
    arrows.expectEveryRowInOrder(last, 'ArrowDown');
  });
});
