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

/** A position in units' Vietnamese name order: the sort key and the id of the last unit of a page. */
export type UnitPosition = readonly [sortKey: string, id: string];

/** The order of every units page: the database's Vietnamese sort key (see sort-key.ts), then the id. */
export const UNIT_ORDER = (alias = '') => `${alias}sort_key COLLATE "C", ${alias}id COLLATE "C"`;

/**
 * A page of units filtered by level, kind and parent, in Vietnamese name
 * order, after `after` (keyset: one index range scan, whatever the page's
 * place in the list); `next` is the position to continue from, or undefined
 * on the last page.
 */
export async function listUnits(
  db: Queryable,
  filter: { level?: string | undefined; kind?: string | undefined; kinds?: readonly string[] | undefined; parent?: string | undefined },
  page: { limit: number; after?: UnitPosition | undefined },
): Promise<{ items: OrganisationUnit[]; next: UnitPosition | undefined }> {
  // Only the filters given, so the planner sees a plain equality it can serve from an index.
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [['level', filter.level], ['kind', filter.kind], ['parent_id', filter.parent]] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  if (filter.kinds) {
    params.push(filter.kinds);
    where.push(`kind = ANY($${params.length}::text[])`);
  }
  if (page.after) {
    params.push(page.after[0], page.after[1]);
    where.push(`(sort_key COLLATE "C", id COLLATE "C") > ($${params.length - 1}::text COLLATE "C", $${params.length}::text COLLATE "C")`);
  }
  params.push(page.limit + 1);
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT ${UNIT_COLUMNS}, sort_key FROM organisation_units
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${UNIT_ORDER()} LIMIT $${params.length}`,
    params,
  );
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const last = shown.at(-1);
  return { items: shown.map(toUnit), next: more && last ? [last.sort_key as string, last.id as string] : undefined };
}

/** How many units a level has. */
export async function countUnits(db: Queryable, level: string, kinds?: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM organisation_units WHERE level = $1 AND ($2::text[] IS NULL OR kind = ANY($2::text[]))',
    [level, kinds ?? null],
  );
  return rows[0]?.n ?? 0;
}

/** Those of `ids` that name a stored unit. */
export async function existingUnitIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query<{ id: string }>('SELECT id FROM organisation_units WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((r) => r.id));
}
