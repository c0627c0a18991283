import { localize, rankChange, toCsv, type CsvCell } from '@thidua/schemas/logic';
import type { Locale, Ranking, RankingEntry } from '@thidua/schemas';
import type { RankingStrings } from './locales/vi.js';

/*
 * The CSV export of `<ranking-table>`, a chunk loaded on the first click of
 * "Tải về CSV". Numbers are written as numbers with a decimal point (0.7012,
 * as dti.gov.vn publishes them); names in the page's language; every
 * sub-index, shown or not, since a download is for working with the data.
 */

const words = {
  vi: { unitId: 'Mã đơn vị', previous: (column: string, period: string) => `${column} năm ${period}`, change: 'Thay đổi hạng', file: 'xep-hang' },
  en: { unitId: 'Unit id', previous: (column: string, period: string) => `${column} ${period}`, change: 'Change in rank', file: 'ranking' },
};

/** The rows as the table shows them (filtered and sorted, all of them), as a CSV file with a byte order mark. */
export function rankingCsv(
  ranking: Ranking,
  rows: readonly RankingEntry[],
  locale: Locale,
  s: RankingStrings,
): { csv: string; filename: string } {
  const w = words[locale];
  const value = ranking.metric.kind === 'index' ? s.columns.score : s.columns.value;
  const previous = ranking.previousPeriod || '—';
  const hasBands = ranking.metric.bands.length > 0;
  const bandLabel = new Map(ranking.metric.bands.map((b) => [b.id, localize(b.label, locale)]));
  const subIndices = ranking.metric.subIndices;
  const header: CsvCell[] = [
    s.columns.rank,
    s.columns.name,
    w.unitId,
    value,
    ...(hasBands ? [s.columns.band] : []),
    w.previous(s.columns.rank, previous),
    w.previous(value, previous),
    w.change,
    ...subIndices.map((sub) => localize(sub.title, locale)),
  ];
  const body = rows.map((e): CsvCell[] => [
    e.rank,
    localize(e.unit.name, locale),
    e.unit.id,
    e.value,
    ...(hasBands ? [e.band === null ? '' : (bandLabel.get(e.band) ?? e.band)] : []),
    e.previous?.rank,
    e.previous && Number.isFinite(e.previous.value) ? e.previous.value : null,
    rankChange(e)?.rank,
    ...subIndices.map((sub) => e.subScores[sub.id]),
  ]);
  const name = [w.file, ranking.metric.id, ranking.group, ranking.period].filter(Boolean).join('-');
  return { csv: toCsv([header, ...body]), filename: `${name}.csv` };
}
