import type { Campaign, SourceDocument } from '@thidua/schemas';
import type { Queryable } from '../db.js';
import { DATE, omitNull } from './sql.js';

export async function findCampaign(db: Queryable, id: string): Promise<Campaign | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT id, title, issuer, owner_unit_id, ${DATE('starts_on')} AS starts_on, ${DATE('ends_on')} AS ends_on,
            source_document_id, domains, achievement_categories, rounds
       FROM campaigns WHERE id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: r.id as string,
    title: r.title as Campaign['title'],
    issuer: r.issuer as Campaign['issuer'],
    ownerUnitId: r.owner_unit_id as string,
    startsOn: r.starts_on as string,
    endsOn: r.ends_on as string,
    sourceDocumentId: r.source_document_id as string,
    domains: r.domains as Campaign['domains'],
    achievementCategories: r.achievement_categories as Campaign['achievementCategories'],
    rounds: r.rounds as Campaign['rounds'],
  };
}

export async function listCampaigns(db: Queryable): Promise<Campaign[]> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM campaigns ORDER BY starts_on DESC, id');
  const campaigns = await Promise.all(rows.map((r) => findCampaign(db, r.id)));
  return campaigns.filter((c): c is Campaign => c !== undefined);
}

/** The documents (plans, decisions) campaigns and targets cite. */
export async function findSourceDocuments(db: Queryable, ids: string[]): Promise<SourceDocument[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT id, title, issuer, reference, ${DATE('issued_on')} AS issued_on, url
       FROM source_documents WHERE id = ANY($1::text[]) ORDER BY id`,
    [ids],
  );
  return rows.map((r) =>
    omitNull({
      id: r.id as string,
      title: r.title as SourceDocument['title'],
      issuer: r.issuer as string | undefined,
      reference: r.reference as string | undefined,
      issuedOn: r.issued_on as string | undefined,
      url: r.url as string | undefined,
    }),
  );
}
