import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { unzipSync, strFromU8 } from 'fflate';
import type { SubIndex } from '@thidua/schemas';
import './ranking-table.js';
import type { RankingRow, RankingTable } from './ranking-table.js';

/*
 * The downloads as Excel sees them: the .xlsx is unzipped and its XML read
 * back (cell types, values, number formats), the CSV split into cells.
 */

interface Download {
  format: 'csv' | 'xlsx';
  filename: string;
  blob: Blob;
  csv?: string;
}

const subIndices: SubIndex[] = [
  { id: 'awareness', title: { vi: 'Chuyển đổi nhận thức' }, maxPoints: 100 },
  { id: 'digital-government', title: { vi: 'Chính quyền số' }, maxPoints: 200 },
];
const thisYear: RankingRow[] = [
  { id: 'phuong-tu-son', name: 'Phường Từ Sơn', kind: 'ward', value: 0.8123, subScores: { awareness: 1, 'digital-government': 0.75 } },
  { id: 'xa-dai-dong', name: 'Xã Đại Đồng', kind: 'commune', value: '0,7', subScores: { awareness: '0,5' } },
];
const withPrevious: RankingRow[] = thisYear.map((r, i) => ({ ...r, previousValue: [0.7, 0.72][i] }));

async function table(rows: RankingRow[]) {
  const el = await fixture<RankingTable>(html`<ranking-table label="DTI 2025" period="2025" .rows=${rows} .subIndices=${subIndices}></ranking-table>`);
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('tbody tr.row'), 'the table did not render', { timeout: 8000 });
  return el;
}

async function download(el: RankingTable, label: string): Promise<Download> {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent?.trim() === label)!;
  setTimeout(() => button.click());
  const event = (await oneEvent(el, 'thidua-export')) as CustomEvent<Download>;
  event.preventDefault(); // no download in the test
  return event.detail;
}

interface Cell {
  ref: string;
  type: string | null;
  value: string;
  format: string | undefined;
}

/** The first sheet's cells by reference (A1, B2…), with their type, value and number format. */
async function readXlsx(blob: Blob): Promise<Map<string, Cell>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  const xml = (name: string) => new DOMParser().parseFromString(strFromU8(files[name]!), 'application/xml');
  const sheet = xml('xl/worksheets/sheet1.xml');
  const styles = xml('xl/styles.xml');
  const shared = files['xl/sharedStrings.xml'] ? [...xml('xl/sharedStrings.xml').getElementsByTagName('si')].map((si) => si.textContent ?? '') : [];
  const formats = new Map([...styles.getElementsByTagName('numFmt')].map((f) => [f.getAttribute('numFmtId'), f.getAttribute('formatCode')!]));
  const builtIn: Record<string, string> = { '0': 'General', '1': '0', '2': '0.00', '49': '@' };
  const xfs = [...styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf')];
  const cells = new Map<string, Cell>();
  for (const c of sheet.getElementsByTagName('c')) {
    const type = c.getAttribute('t');
    const raw = type === 'inlineStr' ? (c.getElementsByTagName('is')[0]?.textContent ?? '') : (c.getElementsByTagName('v')[0]?.textContent ?? '');
    const value = type === 's' ? shared[Number(raw)]! : raw;
    const id = xfs[Number(c.getAttribute('s') ?? 0)]?.getAttribute('numFmtId') ?? '0';
    cells.set(c.getAttribute('r')!, { ref: c.getAttribute('r')!, type, value, format: formats.get(id) ?? builtIn[id] });
  }
  return cells;
}

const row = (cells: Map<string, Cell>, n: number) => [...cells.values()].filter((c) => c.ref.replace(/^[A-Z]+/, '') === String(n)).map((c) => c.value);

describe('<ranking-table> downloads for Excel', function () {
  this.timeout(20_000);

  // First: each test file has a page of its own, and later tests load the writer.
  it('loads the Excel writer only when asked for', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((r) => r.name.includes('write-excel-file'));
    const el = await table(thisYear);
    expect(loaded(), 'write-excel-file loaded before the Excel button was pressed').to.equal(false);
    await download(el, 'Tải về CSV');
    expect(loaded(), 'write-excel-file loaded for a CSV').to.equal(false);
    await download(el, 'Tải về Excel');
    expect(loaded()).to.equal(true);
  });

  it('writes an .xlsx: numbers as numbers with their published decimals as the format, text as text, the header first', async () => {
    const el = await table(withPrevious);
    const file = await download(el, 'Tải về Excel');
    expect(file.format).to.equal('xlsx');
    expect(file.filename).to.equal('xep-hang-dti-all-2025.xlsx');
    const cells = await readXlsx(file.blob);
    expect(row(cells, 1)).to.deep.equal(['Hạng', 'Đơn vị', 'Mã đơn vị', 'Điểm', 'Hạng năm 2024', 'Điểm năm 2024', 'Thay đổi hạng', 'Chuyển đổi nhận thức', 'Chính quyền số']);
    // The score: a number (no string type), stored whole, shown with four decimals.
    const score = cells.get('D2')!;
    expect(score.type === null || score.type === 'n').to.equal(true);
    expect(Number(score.value)).to.equal(0.8123);
    expect(score.format).to.equal('0.0000');
    // A sub-score of 1 stays a number and shows 1.0000 (1,0000 in Vietnamese Excel), not 1.
    const subScore = cells.get('H2')!;
    expect([subScore.type === null || subScore.type === 'n', Number(subScore.value), subScore.format]).to.deep.equal([true, 1, '0.0000']);
    // "0,7" typed with a decimal comma is the number 0.7.
    expect([Number(cells.get('D3')!.value), cells.get('D3')!.format]).to.deep.equal([0.7, '0.0000']);
    expect([Number(cells.get('A2')!.value), cells.get('A2')!.format]).to.deep.equal([1, '0']);
    expect(cells.get('B2')!.value).to.equal('Phường Từ Sơn');
    expect(['s', 'inlineStr', 'str']).to.include(cells.get('B2')!.type);
    // A missing sub-score is an empty cell, not 0.
    expect(cells.get('I3')).to.equal(undefined);
  });

  it('leaves the previous year’s columns out of both files when there is no previous year', async () => {
    const el = await table(thisYear);
    const xlsx = await readXlsx((await download(el, 'Tải về Excel')).blob);
    expect(row(xlsx, 1)).to.deep.equal(['Hạng', 'Đơn vị', 'Mã đơn vị', 'Điểm', 'Chuyển đổi nhận thức', 'Chính quyền số']);
    const csv = (await download(el, 'Tải về CSV')).csv!;
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Hạng,Đơn vị,Mã đơn vị,Điểm,Chuyển đổi nhận thức,Chính quyền số');
    // Open data: a decimal point, the published decimals.
    expect(lines[1]).to.equal('1,Phường Từ Sơn,phuong-tu-son,0.8123,1.0000,0.7500');
    expect(lines[2]).to.equal('2,Xã Đại Đồng,xa-dai-dong,0.7000,0.5000,');
  });

});
