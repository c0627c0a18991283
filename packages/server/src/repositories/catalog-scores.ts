import type { Catalog } from '@thidua/schemas';
import type { Queryable } from '../db.js';

/**
 * Stores a catalog's score indices and scores (the DTI of departments and
 * communes), the same way `seedCatalog` stores the rest: a row is written only
 * when it differs from what is stored, so a second load changes nothing.
 * Runs inside `seedCatalog`'s transaction, after units and campaigns.
 */
export async function seedRankings(tx: Queryable, catalog: Pick<Catalog, 'scoreIndices' | 'scores'>) {
  const changed = { scoreIndices: 0, scores: 0 };
  for (const index of catalog.scoreIndices ?? []) {
    changed.scoreIndices += await upsertBy(tx, 'score_indices', ['campaign_id', 'id'], {
      campaign_id: index.campaignId,
      id: index.id,
      title: json(index.title),
      direction: index.direction,
      sub_indices: json(index.subIndices),
      bands: json(index.bands),
    });
  }
  for (const score of catalog.scores ?? []) {
    changed.scores += await upsertBy(tx, 'scores', ['campaign_id', 'index_id', 'period', 'unit_id'], {
      campaign_id: score.campaignId,
      index_id: score.indexId,
      period: score.period,
      unit_id: score.unitId,
      value: score.value,
      sub_scores: json(score.subScores ?? {}),
      source: score.source,
      demo: score.demo,
    });
  }
  return changed;
}

const json = (value: unknown) => ({ json: JSON.stringify(value) });
type Value = string | number | boolean | null | { json: string };

/** Insert, or update only when a column differs; returns the rows written (0 or 1). */
async function upsertBy(tx: Queryable, table: string, key: string[], row: Record<string, Value>): Promise<number> {
  const columns = Object.keys(row);
  const isJson = (v: Value | undefined): v is { json: string } => typeof v === 'object' && v !== null;
  const placeholders = columns.map((c, i) => (isJson(row[c]) ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const params = columns.map((c) => {
    const v = row[c]!;
    return isJson(v) ? v.json : v;
  });
  const rest = columns.filter((c) => !key.includes(c));
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${rest.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  return (await tx.query(sql, params)).rowCount;
}
