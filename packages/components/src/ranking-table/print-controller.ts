import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Printing a long table prints every row: while the browser prints (from
 * `print()` or the browser's own menu, `beforeprint` to `afterprint`)
 * `printing` is true and the element renders all rows, not only those in view.
 */
export class PrintController implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Renders every row, then opens the browser's print dialog. */
  async print(): Promise<void> {
    this._set(true);
    await this.host.updateComplete;
    window.print();
  }

  hostConnected(): void {
    addEventListener('beforeprint', this._before);
    addEventListener('afterprint', this._after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this._before);
    removeEventListener('afterprint', this._after);
  }

  private _set(printing: boolean) {
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly _before = () => this._set(true);
  private readonly _after = () => this._set(false);
}
