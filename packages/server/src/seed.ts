import { Catalog, validate, type FieldIssue } from '@thidua/schemas';
import type { Database, Queryable } from './db.js';

export class CatalogInvalidError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`Danh mục không hợp lệ (invalid catalog): ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'CatalogInvalidError';
  }
}

export interface SeedReport {
  /** Rows inserted or changed per table; all zero when the catalog was already loaded. */
  changed: Record<'sourceDocuments' | 'units' | 'campaigns' | 'indicators' | 'targets' | 'measurements', number>;
}

/**
 * Upserts a catalog. A row is written only when it differs from what is
 * stored, so loading the same catalog twice changes nothing — not even a
 * measurement's `recorded_at`.
 */
export async function seedCatalog(db: Database, input: unknown): Promise<SeedReport> {
  const parsed = validate(Catalog, input);
  if (!parsed.success) throw new CatalogInvalidError(parsed.issues);
  const catalog = parsed.data;
  return db.transaction(async (tx) => {
    const changed: SeedReport['changed'] = { sourceDocuments: 0, units: 0, campaigns: 0, indicators: 0, targets: 0, measurements: 0 };
    for (const d of catalog.sourceDocuments) {
      changed.sourceDocuments += await upsert(tx, 'source_documents', {
        id: d.id,
        title: json(d.title),
        issuer: d.issuer ?? null,
        reference: d.reference ?? null,
        issued_on: d.issuedOn ?? null,
        url: d.url ?? null,
      });
    }
    // Parents before children, whatever order the file lists them in.
    const units = [...catalog.units].sort((a, b) => depth(catalog.units, a.id) - depth(catalog.units, b.id));
    for (const u of units) {
      changed.units += await upsert(tx, 'organisation_units', {
        id: u.id,
        name: json(u.name),
        kind: u.kind,
        level: u.level,
        parent_id: u.parentId ?? null,
      });
    }
    for (const c of catalog.campaigns) {
      changed.campaigns += await upsert(tx, 'campaigns', {
        id: c.id,
        title: json(c.title),
        issuer: json(c.issuer),
        owner_unit_id: c.ownerUnitId,
        starts_on: c.startsOn,
        ends_on: c.endsOn,
        source_document_id: c.sourceDocumentId,
        domains: json(c.domains),
        achievement_categories: json(c.achievementCategories),
        rounds: json(c.rounds),
      });
    }
    for (const i of catalog.indicators) {
      changed.indicators += await upsert(tx, 'indicators', {
        id: i.id,
        campaign_id: i.campaignId,
        code: i.code,
        sort_order: i.order,
        domain_id: i.domainId,
        title: json(i.title),
        unit: i.unit,
      });
      for (const t of i.targets) {
        changed.targets += await upsert(tx, 'targets', {
          id: t.id,
          indicator_id: i.id,
          value: t.value,
          comparator: t.comparator,
          deadline: t.deadline,
          level: t.level,
          source_document_id: t.sourceDocumentId,
          source_section: t.sourceSection ?? null,
          baseline_value: t.baseline?.value ?? null,
          baseline_date: t.baseline?.date ?? null,
        });
      }
    }
    for (const m of catalog.measurements) {
      changed.measurements += await upsert(tx, 'measurements', {
        id: m.id,
        indicator_id: m.indicatorId,
        unit_id: m.unitId,
        value: m.value,
        measured_on: m.measuredOn,
        source: m.source,
        reported_by: m.reportedBy ?? null,
        demo: m.demo,
      });
    }
    return { changed };
  });
}

const json = (value: unknown) => ({ json: JSON.stringify(value) });
type Value = string | number | boolean | null | { json: string };

async function upsert(tx: Queryable, table: string, row: Record<string, Value>): Promise<number> {
  const columns = Object.keys(row);
  const placeholders = columns.map((c, i) => {
    const v = row[c];
    return typeof v === 'object' && v !== null ? `$${i + 1}::jsonb` : `$${i + 1}`;
  });
  const params = columns.map((c) => {
    const v = row[c];
    return typeof v === 'object' && v !== null ? v.json : v;
  });
  const rest = columns.filter((c) => c !== 'id');
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')})
    ON CONFLICT (id) DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    WHERE (${rest.map((c) => `${table}.${c}`).join(', ')}) IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  return (await tx.query(sql, params)).rowCount;
}

function depth(units: readonly { id: string; parentId?: string | undefined }[], id: string, seen = new Set<string>()): number {
  const unit = units.find((u) => u.id === id);
  if (!unit?.parentId || seen.has(id)) return 0;
  seen.add(id);
  return 1 + depth(units, unit.parentId, seen);
}
