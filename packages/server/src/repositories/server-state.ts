import type { Queryable } from '../db.js';

/** What the server keeps about itself: the digest of the last catalog loaded (see seedCatalog). */
export async function loadedCatalogHash(db: Queryable): Promise<string | undefined> {
  const { rows } = await db.query<{ value: string }>("SELECT value FROM server_state WHERE key = 'catalog_hash'");
  return rows[0]?.value;
}

export async function saveCatalogHash(db: Queryable, hash: string): Promise<void> {
  await db.query(
    `INSERT INTO server_state (key, value) VALUES ('catalog_hash', $1)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [hash],
  );
}
