import type { OrganisationUnit } from '@thidua/schemas';
import type { Queryable } from '../db.js';
import { omitNull } from './sql.js';

const UNIT_COLUMNS = 'id, name, kind, level, parent_id';

function toUnit(r: Record<string, unknown>): OrganisationUnit {
  return omitNull({
    id: r.id as string,
    name: r.name as OrganisationUnit['name'],
    kind: r.kind as OrganisationUnit['kind'],
    level: r.level as OrganisationUnit['level'],
    parentId: r.parent_id as string | undefined,
  });
}

export async function findUnit(db: Queryable, id: string): Promise<OrganisationUnit | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(`SELECT ${UNIT_COLUMNS} FROM organisation_units WHERE id = $1`, [id]);
  return rows[0] ? toUnit(rows[0]) : undefined;
}

/** Units filtered by level, kind and parent, in Vietnamese name order. */
export async function listUnits(
  db: Queryable,
  filter: { level?: string | undefined; kind?: string | undefined; parent?: string | undefined },
): Promise<OrganisationUnit[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT ${UNIT_COLUMNS} FROM organisation_units
      WHERE ($1::text IS NULL OR level = $1) AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR parent_id = $3)`,
    [filter.level ?? null, filter.kind ?? null, filter.parent ?? null],
  );
  // The database's collation may not know Vietnamese (C or en_US): sort here.
  const collator = new Intl.Collator('vi');
  return rows.map(toUnit).sort((a, b) => collator.compare(a.name.vi, b.name.vi) || a.id.localeCompare(b.id));
}
