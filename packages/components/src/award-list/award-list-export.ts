import { localize, toCsv, type CsvCell } from '@thidua/schemas/logic';
import type { Locale } from '@thidua/schemas';
import { csvBlob, offerDownload } from '../shared/download.js';
import type { Catalogue } from '../strings/index.js';
import type { AwardRow } from './award-list-model.js';

/*
 * `<award-list>`'s CSV, a chunk loaded on the first click of "Tải về CSV":
 * the rows shown (filtered and searched, all of them, in the published
 * order), through the kit's one CSV writer (`toCsv`: UTF-8 with a byte order
 * mark, so that Excel opens "Nguyễn Thị Hồng Nhung" intact; a cell that a
 * spreadsheet would run as a formula is quoted harmless) and the download
 * `<ranking-table>` uses. The table's merged cells are columns of their own:
 * name, kind, position, workplace; decision number and date (ISO, which
 * every spreadsheet reads as a date); round; proposing unit and its kind.
 */

type Strings = Catalogue['awardList'];

/** The CSV of `rows`, with its file name. */
export function awardsCsv(rows: readonly AwardRow[], locale: Locale, t: Strings): { csv: string; filename: string } {
  const c = t.columns;
  const w = t.csv;
  const header = [c.index, w.name, w.kind, w.position, w.workplace, c.award, t.decisionNumber, t.decisionDate, w.round, c.proposer, w.unitKind];
  const body = rows.map((r, i): CsvCell[] => {
    const a = r.awardee;
    return [
      i + 1,
      a.name,
      t.kinds[a.type],
      a.type === 'individual' ? a.position : '',
      a.type === 'individual' ? a.workplace : '',
      localize(r.awardType.title, locale),
      r.decision.number,
      r.decision.date,
      r.round ? localize(r.round.title, locale) : '',
      localize(r.proposingUnit.name, locale),
      t.unitKinds[r.proposingUnit.kind] ?? r.proposingUnit.kind,
    ];
  });
  return { csv: toCsv([header, ...body]), filename: `${w.file}.csv` };
}

/** Makes the CSV and offers it (a cancelable `thidua-export` on `target`, then the download). */
export async function downloadAwardsCsv(target: HTMLElement, rows: readonly AwardRow[], locale: Locale, t: Strings): Promise<void> {
  const { csv, filename } = awardsCsv(rows, locale, t);
  offerDownload(target, { format: 'csv', filename, blob: csvBlob(csv), csv });
}
