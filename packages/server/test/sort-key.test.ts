import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bacNinh2026 } from '@thidua/schemas/catalogs/bac-ninh-2026';
import { sortKeySql } from '../src/sort-key.js';
import { useTestServer } from './support.js';

const server = useTestServer();

// Names that a byte order, or a collation without Vietnamese, puts elsewhere.
const tricky = [
  'ta', 'tà', 'tá', 'tả', 'tã', 'tạ', 'tă', 'tâ', 'tb', 'tan', 'Tân', 'Tần', 'Tấn', 'Tân lập', 'Tân Lập',
  'da', 'đa', 'db', 'Dương', 'Đông', 'Đồng Nguyên', 'Ân Thi', 'ân', 'Ấp Bắc', 'Ea Kar', 'Ơn',
  'to', 'tô', 'tơ', 'tu', 'tư', 'tv', 'Xã 2', 'Xã 10', 'Xã A', 'Xã  A', 'Xã-A', 'Xã, A', 'Xã (cũ)',
  'Tổ công nghệ số cộng đồng Thôn 1, Xã Tân Phú', 'Tổ công nghệ số cộng đồng Thôn 1, Xã Tân Lập',
  // Decomposed (NFD) input sorts as its composed form.
  'Tiên Du'.normalize('NFD'), 'Tiến Du', 'Tiền Du',
];

describe(`units' sort key (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('orders names in the database as Intl.Collator("vi") does', async () => {
    const names = [...new Set([...tricky, ...bacNinh2026.units.map((u) => u.name.vi)])];
    // The same expression as the stored column, evaluated on names that are not units.
    const { rows } = await server.db.query<{ n: string }>(
      `SELECT n FROM unnest($1::text[]) AS n ORDER BY (${sortKeySql('n')}) COLLATE "C", n COLLATE "C"`,
      [names],
    );
    const collator = new Intl.Collator('vi');
    const expected = [...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(rows.map((r) => r.n), expected);
  });

  it('is stored for every unit and follows a rename', async () => {
    const { rows } = await server.db.query<{ id: string }>(`SELECT id FROM organisation_units ORDER BY sort_key COLLATE "C", id`);
    const collator = new Intl.Collator('vi');
    const expected = [...bacNinh2026.units].sort((a, b) => collator.compare(a.name.vi, b.name.vi) || a.id.localeCompare(b.id));
    assert.deepEqual(rows.map((r) => r.id), expected.map((u) => u.id));
    await server.db.query(`UPDATE organisation_units SET name = '{"vi":"Ấp Zê"}'::jsonb WHERE id = 'so-y-te'`);
    const first = await server.db.query<{ id: string }>(`SELECT id FROM organisation_units ORDER BY sort_key COLLATE "C", id LIMIT 1`);
    assert.equal(first.rows[0]!.id, 'so-y-te');
  });
});
