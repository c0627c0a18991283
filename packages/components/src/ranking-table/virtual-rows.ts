import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered above and below those in view, so a fast scroll does not show blank space. */
const OVERSCAN = 8;
/**
 * Rows in view before any is measured: the default box (`--ranking-max-height`, 32rem)
 * over rows of 3.25rem (`.virtual .row`). A guess too small cost every new table a second
 * render once the box was measured.
 */
const VISIBLE_GUESS = Math.ceil(32 / 3.25);

export interface VirtualRowsOptions {
  /** The scrolling box (the table's region); null before the table renders. */
  scroller: () => HTMLElement | null;
  /** How many rows there are in all. */
  count: () => number;
  /** Whether only the rows in view are rendered now (many rows, not printing). */
  active: () => boolean;
}

/**
 * Only the rows in view of a long table, as a reactive controller: which
 * rows to render (`range`), and after each render the heights of the two
 * spacer rows (`tr.spacer.before td`, `tr.spacer.after td`) that stand in
 * for the others, set through the CSSOM (allowed under a CSP without
 * 'unsafe-inline'). Follows scrolling and the box's size.
 *
 * The scroller must have `overflow-anchor: none`. With scroll anchoring on,
 * Chromium keeps the first visible row element where it was when the spacer
 * above grows; but the rows are the same elements showing later rows, so
 * each correction scrolled the box by the spacer's growth, which moved the
 * window again: past 60 rows a wheel notch or a PageDown ran on to the end,
 * skipping every row between.
 */
export class VirtualRows implements ReactiveController {
  /** Index of the first row in view. */
  private _first = 0;
  /** How many rows the box shows; grows with the box, never shrinks. */
  private _visible = VISIBLE_GUESS;
  /** Row height in px, measured from rendered rows. */
  private _rowHeight = 52;
  private _observed: HTMLElement | null = null;
  private _resize: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VirtualRowsOptions,
  ) {
    host.addController(this);
  }

  /**
   * The rows to render now: all of them unless the controller is active; else
   * those in view and OVERSCAN on each side (at the top, none above: a table
   * opens with the rows in view and OVERSCAN below).
   */
  range(): { start: number; end: number } {
    const total = this.options.count();
    if (!this.options.active()) return { start: 0, end: total };
    const first = Math.max(0, Math.min(this._first, total - this._visible));
    return { start: Math.max(0, first - OVERSCAN), end: Math.min(total, first + this._visible + OVERSCAN) };
  }

  /** Back to the first row, as for a new order or a new search. */
  reset(): void {
    this._first = 0;
    const scroller = this.options.scroller();
    if (scroller) scroller.scrollTop = 0;
  }

  /** Scrolls row `index` to the middle of the box and renders around it. */
  scrollToIndex(index: number): void {
    const scroller = this.options.scroller();
    if (!scroller) return;
    scroller.scrollTop = this._bodyTop(scroller) + index * this._rowHeight - scroller.clientHeight / 2;
    this.sync();
  }

  /** Scroll events come once a frame, before it is painted: the rows follow in the same frame. */
  private readonly _onScroll = (): void => this.sync();

  /** Works out the rows the scroll position shows; renders again when they changed. */
  sync(): void {
    const scroller = this.options.scroller();
    if (!scroller || !this.options.active()) return;
    const top = Math.max(0, scroller.scrollTop - this._bodyTop(scroller));
    const first = Math.floor(top / this._rowHeight);
    const visible = Math.ceil(scroller.clientHeight / this._rowHeight);
    let changed = false;
    if (first !== this._first) [this._first, changed] = [first, true];
    // Only ever more rows: fewer would save nothing worth a second render.
    if (visible > this._visible) [this._visible, changed] = [visible, true];
    if (changed) this.host.requestUpdate();
  }

  hostUpdated(): void {
    const scroller = this.options.scroller();
    this._observe(scroller);
    if (!scroller) return;
    // The spacers first, at the row height known so far: a layout of the new rows
    // with the old spacers (measuring them) could find the box shorter, near the
    // end, and move its scroll position back up. One layout then serves both.
    this._sizeSpacers(scroller);
    if (!this.options.active()) return;
    const rows = scroller.querySelectorAll<HTMLElement>('tbody tr.row');
    if (rows.length) {
      let sum = 0;
      rows.forEach((r) => (sum += r.getBoundingClientRect().height));
      const measured = sum / rows.length;
      if (measured > 0 && Math.abs(measured - this._rowHeight) > 0.5) {
        this._rowHeight = measured;
        this._sizeSpacers(scroller);
      }
    }
    this.sync();
  }

  /** The two spacer rows' heights: the rows before and after those rendered, at the measured row height. */
  private _sizeSpacers(scroller: HTMLElement) {
    const { start, end } = this.range();
    const total = this.options.count();
    scroller.querySelector<HTMLElement>('.spacer.before td')?.style.setProperty('block-size', `${start * this._rowHeight}px`);
    scroller.querySelector<HTMLElement>('.spacer.after td')?.style.setProperty('block-size', `${(total - end) * this._rowHeight}px`);
  }

  hostDisconnected(): void {
    this._observe(null);
  }

  /** Where the first row starts, in the box's scroll coordinates (below the caption and the header row). */
  private _bodyTop(scroller: HTMLElement): number {
    const body = scroller.querySelector('tbody');
    if (!body) return 0;
    return body.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop;
  }

  /** Follows the box's scrolling, and its size: a taller box (a resized window, a phone turned) needs more rows. */
  private _observe(scroller: HTMLElement | null) {
    if (scroller === this._observed) return;
    this._resize?.disconnect();
    this._observed?.removeEventListener('scroll', this._onScroll);
    this._observed = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this._onScroll, { passive: true });
    this._resize ??= new ResizeObserver(() => this.sync());
    this._resize.observe(scroller);
  }
}
