import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Shows that a table wider than its box scrolls sideways (a phone at 375 px
 * cuts the columns after "Điểm"): while the table is cut off on a side, the
 * box's parent gets `more-start` / `more-end` (a shade on that edge) and
 * `sideways` (a visible hint), and the region is described by the hint
 * (`aria-describedby`). Follows the box's scrolling and size.
 */
export class SidewaysCue implements ReactiveController {
  private _observed: HTMLElement | null = null;
  private _resize: ResizeObserver | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly scroller: () => HTMLElement | null,
    private readonly hintId: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const scroller = this.scroller();
    if (scroller !== this._observed) {
      this._resize?.disconnect();
      this._observed?.removeEventListener('scroll', this._mark);
      this._observed = scroller;
      if (scroller) {
        scroller.addEventListener('scroll', this._mark, { passive: true });
        (this._resize ??= new ResizeObserver(this._mark)).observe(scroller);
      }
    }
    this._mark();
  }

  hostDisconnected(): void {
    this._resize?.disconnect();
    this._observed?.removeEventListener('scroll', this._mark);
    this._observed = null;
  }

  private readonly _mark = () => {
    const box = this._observed;
    const frame = box?.parentElement;
    if (!box || !frame) return;
    const wide = box.scrollWidth > box.clientWidth + 1;
    // scrollLeft is negative in a right-to-left page.
    const left = Math.abs(box.scrollLeft);
    frame.classList.toggle('sideways', wide);
    frame.classList.toggle('more-start', wide && left > 1);
    frame.classList.toggle('more-end', wide && left + box.clientWidth < box.scrollWidth - 1);
    if (wide) box.setAttribute('aria-describedby', this.hintId);
    else box.removeAttribute('aria-describedby');
  };
}
