import { createHash } from 'node:crypto';
import { Catalog, OrganisationUnit, validate, type FieldIssue } from '@thidua/schemas';
import * as z from 'zod/mini';
import type { Database, Queryable } from '../db.js';
import { refreshDueDates } from './appraisals.js';
import { seedRankings } from './catalog-scores.js';
import { loadedCatalogHash, saveCatalogHash } from './server-state.js';

export class CatalogInvalidError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(`Danh mục không hợp lệ (invalid catalog): ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'CatalogInvalidError';
  }
}

export interface SeedReport {
  /** True when `onlyIfChanged` found this very catalog already loaded, and nothing was read or written. */
  skipped?: boolean;
  /** Rows inserted or changed per table; all zero when the catalog was already loaded. */
  changed: Record<'sourceDocuments' | 'units' | 'campaigns' | 'indicators' | 'targets' | 'measurements' | 'scoreIndices' | 'scores' | 'awardTypes' | 'workingCalendar', number>;
}

/**
 * Upserts a catalog. A row is written only when it differs from what is
 * stored, so loading the same catalog twice changes nothing — not even a
 * measurement's `recorded_at`.
 */
export async function seedCatalog(db: Database, input: unknown, options: { onlyIfChanged?: boolean } = {}): Promise<SeedReport> {
  // A server started with --seed (the demo) loads the same catalog on every
  // start: the digest of the last one loaded, kept in the database, lets it
  // skip validating and comparing thousands of rows when nothing changed.
  const hash = createHash('sha256').update(JSON.stringify(input) ?? '').digest('hex');
  if (options.onlyIfChanged && (await loadedCatalogHash(db)) === hash) {
    return { skipped: true, changed: noneChanged() };
  }
  const parsed = validate(Catalog, input);
  if (!parsed.success) throw new CatalogInvalidError(parsed.issues);
  const catalog = parsed.data;
  const report = await db.transaction(async (tx) => {
    await saveCatalogHash(tx, hash);
    const changed = noneChanged();
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
    for (const u of parentsFirst(catalog.units)) changed.units += await upsert(tx, 'organisation_units', unitRow(u));
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
        nominations: c.nominations ? json(c.nominations) : null,
      });
    }
    // Before proposals can name them; a type a catalog drops stays, as stored proposals refer to it.
    for (const a of catalog.awardTypes ?? []) changed.awardTypes += await upsert(tx, 'award_types', { id: a.id, definition: json(a) });
    // Appraisal deadlines are counted over it; a catalog without one keeps the one stored (weekends only when none ever was).
    if (catalog.workingCalendar) changed.workingCalendar += await upsert(tx, 'working_calendar', { id: 'catalog', definition: json(catalog.workingCalendar) });
    // A new calendar or appraisal time moves the due dates of the dossiers counted over it.
    if (changed.awardTypes > 0 || changed.workingCalendar > 0) await refreshDueDates(tx);
    for (const i of catalog.indicators) {
      changed.indicators += await upsert(tx, 'indicators', {
        id: i.id,
        campaign_id: i.campaignId,
        code: i.code,
        sort_order: i.order,
        domain_id: i.domainId,
        title: json(i.title),
        unit: i.unit,
        applies_to: i.appliesTo ? json(i.appliesTo) : null,
        applies_to_kinds: i.appliesToKinds ? json(i.appliesToKinds) : null,
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
    Object.assign(changed, await seedRankings(tx, catalog));
    return { changed };
  });
  await refreshStatistics(db, Object.values(report.changed).reduce((a, b) => a + b, 0));
  return report;
}

const noneChanged = (): SeedReport['changed'] => ({ sourceDocuments: 0, units: 0, campaigns: 0, indicators: 0, targets: 0, measurements: 0, scoreIndices: 0, scores: 0, awardTypes: 0, workingCalendar: 0 });

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

/** A unit as its row stores it (a catalog's and an imported list's alike). */
const unitRow = (u: OrganisationUnit) => ({ id: u.id, name: json(u.name), kind: u.kind, level: u.level, parent_id: u.parentId ?? null });

/** Parents before children, whatever order the file lists them in: a unit's parent row must exist first. */
const parentsFirst = <U extends { id: string; parentId?: string | undefined }>(units: readonly U[]) => [...units].sort((a, b) => depth(units, a.id) - depth(units, b.id));

function depth(units: readonly { id: string; parentId?: string | undefined }[], id: string, seen = new Set<string>()): number {
  const unit = units.find((u) => u.id === id);
  if (!unit?.parentId || seen.has(id)) return 0;
  seen.add(id);
  return 1 + depth(units, unit.parentId, seen);
}

const UnitFile = z.array(OrganisationUnit);

/**
 * Adds or updates units read from a province's own list (see units-csv.ts).
 * Parents may be in the file or already stored; every mistake is reported
 * with its row and field, and nothing is written unless all rows are valid.
 */
export async function importUnits(db: Database, input: unknown): Promise<{ read: number; changed: number }> {
  const parsed = validate(UnitFile, input);
  if (!parsed.success) throw new CatalogInvalidError(parsed.issues.map((i) => ({ ...i, path: ['units', ...i.path] })));
  const units = parsed.data;
  const result = await db.transaction(async (tx) => {
    const inFile = new Set(units.map((u) => u.id));
    const parents = [...new Set(units.map((u) => u.parentId).filter((p): p is string => !!p && !inFile.has(p)))];
    const stored = new Set(
      (await tx.query<{ id: string }>('SELECT id FROM organisation_units WHERE id = ANY($1::text[])', [parents])).rows.map((r) => r.id),
    );
    const issues: FieldIssue[] = [];
    units.forEach((u, i) => {
      if (u.parentId && !inFile.has(u.parentId) && !stored.has(u.parentId)) {
        issues.push({ path: ['units', i, 'parentId'], message: `Đơn vị "${u.parentId}" không có trong danh mục (not in the catalog)`, code: 'custom' });
      }
    });
    if (issues.length > 0) throw new CatalogInvalidError(issues);
    let changed = 0;
    for (const u of parentsFirst(units)) changed += await upsert(tx, 'organisation_units', unitRow(u));
    return { read: units.length, changed };
  });
  await refreshStatistics(db, result.changed);
  return result;
}

/**
 * The planner's statistics, after a load that changed many rows. PGlite has
 * no autovacuum to gather them: without them, a ranking of 13 departments
 * among 10,000 units is planned as if the group were 157 and takes three
 * times as long. PostgreSQL would gather them later; now costs it little.
 */
async function refreshStatistics(db: Database, changedRows: number) {
  if (changedRows >= 500) await db.exec('ANALYZE');
}
