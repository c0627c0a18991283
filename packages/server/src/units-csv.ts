import { parseCsv, type OrganisationUnit } from '@thidua/schemas';

/**
 * Reads a province's list of units from CSV, the form official lists are
 * published in: a header row naming the columns `id`, `name_vi`, `name_en`
 * (optional), `kind`, `level`, `parent_id` (optional), comma- or
 * semicolon-separated, UTF-8 with or without a BOM, fields quoted when they
 * hold the separator. Rows are returned as they are; the catalog schema
 * validates them, naming the row and field of any mistake.
 */
export function parseUnitsCsv(text: string, defaultParent?: string): OrganisationUnit[] {
  const rows = parseCsv(text);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase());
  if (!header) return [];
  const col = (name: string) => header.indexOf(name);
  const [id, vi, en, kind, level, parent] = ['id', 'name_vi', 'name_en', 'kind', 'level', 'parent_id'].map(col);
  return rows
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => {
      const get = (i: number | undefined) => (i !== undefined && i >= 0 ? r[i]?.trim() ?? '' : '');
      const nameEn = get(en);
      const parentId = get(parent) || defaultParent;
      return {
        id: get(id),
        name: nameEn ? { vi: get(vi), en: nameEn } : { vi: get(vi) },
        kind: get(kind) as OrganisationUnit['kind'],
        level: get(level) as OrganisationUnit['level'],
        ...(parentId ? { parentId } : {}),
      };
    });
}
