/*
 * How every element hands a file it made to the browser (`<ranking-table>`'s
 * CSV and Excel, `<award-list>`'s CSV): a cancelable `thidua-export` event on
 * the element first, whose `detail` says what is about to be downloaded, so
 * that a page may send it elsewhere; then a link to a blob URL, clicked.
 */

/** What `thidua-export` carries: the file (`blob`) and its name; a CSV's text too. */
export interface ExportDetail {
  format: string;
  filename: string;
  blob: Blob;
  csv?: string;
}

/** Fires `thidua-export` on `target`, then downloads `detail.blob` unless a listener cancelled the event. */
export function offerDownload(target: HTMLElement, detail: ExportDetail): void {
  if (!target.dispatchEvent(new CustomEvent('thidua-export', { detail, bubbles: true, composed: true, cancelable: true }))) return;
  const url = URL.createObjectURL(detail.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = detail.filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A CSV's text (`toCsv`: byte order mark first) as the file a spreadsheet opens. */
export const csvBlob = (csv: string) => new Blob([csv], { type: 'text/csv;charset=utf-8' });
