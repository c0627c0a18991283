import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered at once: a few screenfuls, whatever the list's length. */
const FIRST = 100;
/** Rows added at each step after; between steps the page answers the reader (typing, scrolling, painting). */
const STEP = 200;

/**
 * A long list's rows rendered a window at a time, for a list that the page
 * scrolls (`<nomination-queue>`): the first `FIRST` at once, then `STEP` more
 * in each task after, until every row is rendered. The rows stay in one real
 * table in the page's flow — scrolling, find-in-page and Tab reach every row
 * once it is rendered, a moment later — and `aria-rowcount`/`aria-rowindex`
 * (the view's) tell a screen reader the whole count meanwhile.
 *
 * `<ranking-table>`'s `VirtualRows` is the other way, for a table in a
 * scrolling box of its own with rows of one height: only the rows in view.
 * A queue's rows are cards of different heights on a phone and the page
 * scrolls it, so it renders them all, a window at a time.
 *
 * The window only grows: a filter or a sort of rows already rendered renders
 * them again at once, as before.
 */
export class RowWindow implements ReactiveController {
  private _size = FIRST;
  private _total = 0;
  private _step: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * The rows of `total` to render now, as ranges `[start, end)`: the first
   * window, then one a step. A range once rendered stays the same, so that
   * a step renders its own rows only (the view guards each range).
   */
  ranges(total: number): [start: number, end: number][] {
    this._total = total;
    const end = Math.min(total, this._size);
    const ranges: [number, number][] = [];
    for (let start = 0; start < end; start = start ? start + STEP : FIRST) ranges.push([start, Math.min(end, start ? start + STEP : FIRST)]);
    return ranges;
  }

  hostConnected(): void {
    // A window left growing when the element left the page goes on.
    if (this._size < this._total) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this._size >= this._total || this._step !== undefined) return;
    // A task of its own, not the update's: the page paints the rows so far and answers input first.
    this._step = setTimeout(() => {
      this._step = undefined;
      this._size += STEP;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this._step);
    this._step = undefined;
  }
}
