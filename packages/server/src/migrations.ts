import type { Database } from './db.js';
import { sortKeySql } from './sort-key.js';

/**
 * Schema changes, applied in order and recorded in `schema_migrations`.
 * Never edit a released migration: add the next one.
 */
export const migrations: { id: number; name: string; sql: string }[] = [
  {
    id: 1,
    name: 'catalog',
    sql: `
      CREATE TABLE source_documents (
        id text PRIMARY KEY,
        title jsonb NOT NULL,
        issuer text,
        reference text,
        issued_on date,
        url text
      );
      CREATE TABLE organisation_units (
        id text PRIMARY KEY,
        name jsonb NOT NULL,
        kind text NOT NULL,
        level text NOT NULL,
        parent_id text REFERENCES organisation_units (id)
      );
      CREATE TABLE campaigns (
        id text PRIMARY KEY,
        title jsonb NOT NULL,
        issuer jsonb NOT NULL,
        owner_unit_id text NOT NULL REFERENCES organisation_units (id),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        source_document_id text NOT NULL REFERENCES source_documents (id),
        domains jsonb NOT NULL,
        achievement_categories jsonb NOT NULL,
        rounds jsonb NOT NULL
      );
      CREATE TABLE indicators (
        id text PRIMARY KEY,
        campaign_id text NOT NULL REFERENCES campaigns (id),
        code text NOT NULL,
        sort_order integer NOT NULL,
        domain_id text NOT NULL,
        title jsonb NOT NULL,
        unit text NOT NULL
      );
      CREATE INDEX indicators_campaign ON indicators (campaign_id, sort_order);
      CREATE TABLE targets (
        id text PRIMARY KEY,
        indicator_id text NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        value double precision NOT NULL,
        comparator text NOT NULL,
        deadline date NOT NULL,
        level text NOT NULL,
        source_document_id text NOT NULL REFERENCES source_documents (id),
        source_section text,
        baseline_value double precision,
        baseline_date date
      );
      CREATE INDEX targets_indicator ON targets (indicator_id, deadline);
      CREATE TABLE measurements (
        id text PRIMARY KEY,
        indicator_id text NOT NULL REFERENCES indicators (id),
        unit_id text NOT NULL REFERENCES organisation_units (id),
        value double precision NOT NULL,
        measured_on date NOT NULL,
        source text NOT NULL,
        reported_by text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        demo boolean NOT NULL DEFAULT false
      );
      CREATE INDEX measurements_latest ON measurements (indicator_id, unit_id, measured_on DESC, recorded_at DESC);
    `,
  },
  {
    id: 2,
    name: 'reporting',
    sql: `
      CREATE TABLE api_tokens (
        id text PRIMARY KEY,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('reporter', 'coordinator')),
        unit_ids text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE TABLE idempotency_keys (
        token_id text NOT NULL REFERENCES api_tokens (id),
        key text NOT NULL,
        request_hash text NOT NULL,
        status integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (token_id, key)
      );
      ALTER TABLE measurements ADD COLUMN reported_with text REFERENCES api_tokens (id);
      CREATE INDEX measurements_unit ON measurements (unit_id, indicator_id)
    `,
  },
  {
    // Rankings: composite indices (the DTI) of a campaign, and units' scores per period.
    id: 3,
    name: 'rankings',
    sql: `
      CREATE TABLE score_indices (
        campaign_id text NOT NULL REFERENCES campaigns (id),
        id text NOT NULL,
        title jsonb NOT NULL,
        direction text NOT NULL CHECK (direction IN ('higher', 'lower')),
        sub_indices jsonb NOT NULL,
        bands jsonb NOT NULL,
        PRIMARY KEY (campaign_id, id)
      );
      CREATE TABLE scores (
        campaign_id text NOT NULL,
        index_id text NOT NULL,
        unit_id text NOT NULL REFERENCES organisation_units (id),
        period text NOT NULL,
        value double precision NOT NULL,
        sub_scores jsonb NOT NULL,
        source text NOT NULL,
        demo boolean NOT NULL DEFAULT false,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, index_id, period, unit_id),
        FOREIGN KEY (campaign_id, index_id) REFERENCES score_indices (campaign_id, id)
      );
      CREATE INDEX measurements_indicator_date ON measurements (indicator_id, measured_on)
    `,
  },
  {
    // Every write to what public reads show notifies the servers sharing the
    // database, whoever wrote it (an API process, the CLI, a seed, plain SQL):
    // their in-memory response caches drop what they hold (see cache.ts).
    // Row-level, so an upsert that changes nothing notifies nobody;
    // PostgreSQL folds a transaction's identical notifications into one.
    // `server_state` keeps the hash of the last catalog loaded at start.
    id: 4,
    name: 'change-notifications',
    sql: `
      CREATE FUNCTION thidua_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('thidua_data_changed', '');
        RETURN NULL;
      END;
      $$;
      ${['source_documents', 'organisation_units', 'campaigns', 'indicators', 'targets', 'measurements', 'score_indices', 'scores']
        .map(
          (table) => `
      CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION thidua_notify_change();
      CREATE TRIGGER ${table}_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_notify_change()`,
        )
        .join(';')};
      CREATE TABLE server_state (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )
    `,
  },
  {
    // Lists at a province's scale: units in Vietnamese name order from an
    // index (sort_key, see sort-key.ts), so a page costs its size; a group's
    // units found by kind; each unit's latest figure by one index probe.
    // Periods come from skip scans of scores_pkey and measurements_indicator_date.
    id: 5,
    name: 'paging',
    sql: `
      ALTER TABLE organisation_units ADD COLUMN sort_key text GENERATED ALWAYS AS (${sortKeySql("name->>'vi'")}) STORED;
      CREATE INDEX organisation_units_order ON organisation_units (sort_key COLLATE "C", id COLLATE "C");
      CREATE INDEX organisation_units_level_order ON organisation_units (level, sort_key COLLATE "C", id COLLATE "C");
      CREATE INDEX organisation_units_kind_order ON organisation_units (kind, sort_key COLLATE "C", id COLLATE "C");
      CREATE INDEX organisation_units_parent_order ON organisation_units (parent_id, sort_key COLLATE "C", id COLLATE "C");
      DROP INDEX measurements_latest;
      CREATE INDEX measurements_latest ON measurements (indicator_id, unit_id, measured_on DESC, recorded_at DESC, id DESC)
    `,
  },
  {
    // Which administrative levels report an indicator (a JSON array of levels;
    // null = every level), so a unit's board shows only its own.
    id: 6,
    name: 'indicator-levels',
    sql: `
      ALTER TABLE indicators ADD COLUMN applies_to jsonb
    `,
  },
  {
    // Nominations, part 1: the proposer and appraiser roles, award types and a
    // campaign's commendation settings from the catalog, dossiers, and their
    // append-only history (who, when, what — field names, never values, so
    // the history holds no personal data and outlives a purged draft).
    id: 7,
    name: 'nominations',
    sql: `
      ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_role_check;
      ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('reporter', 'proposer', 'appraiser', 'coordinator'));
      ALTER TABLE campaigns ADD COLUMN nominations jsonb;
      CREATE TABLE award_types (
        id text PRIMARY KEY,
        definition jsonb NOT NULL
      );
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        campaign_id text NOT NULL REFERENCES campaigns (id),
        round_id text NOT NULL,
        award_type_id text NOT NULL REFERENCES award_types (id),
        proposing_unit_id text NOT NULL REFERENCES organisation_units (id),
        status text NOT NULL CHECK (status IN ('draft', 'submitted', 'withdrawn', 'underAppraisal', 'returned', 'approved', 'rejected', 'awarded')),
        reference text UNIQUE,
        contact jsonb,
        version integer NOT NULL DEFAULT 1,
        created_by text NOT NULL REFERENCES api_tokens (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz
      );
      CREATE INDEX proposals_unit ON proposals (proposing_unit_id, created_at DESC);
      CREATE TABLE nominations (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        position integer NOT NULL,
        status text NOT NULL,
        reference text UNIQUE,
        nominee jsonb NOT NULL,
        nominee_key_hash text NOT NULL,
        content jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX nominations_proposal ON nominations (proposal_id, position);
      CREATE INDEX nominations_nominee ON nominations (nominee_key_hash);
      CREATE TABLE proposal_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        proposal_id uuid NOT NULL,
        nomination_id uuid,
        token_id text REFERENCES api_tokens (id),
        action text NOT NULL,
        fields text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX proposal_history_proposal ON proposal_history (proposal_id, id);
      CREATE FUNCTION proposal_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'proposal_history is append-only';
        END
      $$;
      CREATE TRIGGER proposal_history_no_change BEFORE UPDATE OR DELETE ON proposal_history
        FOR EACH ROW EXECUTE FUNCTION proposal_history_append_only()
    `,
  },
  {
    // Submission references: one counter per reference prefix and award code
    // (BN2026-BK-0042), advanced in the submitting transaction, so a failed
    // submit leaves no gap and concurrent ones queue on the counter's row.
    // Evidence files, their bytes in the database (bytea): PGlite and
    // PostgreSQL alike, one transaction with the dossier's version and
    // history, nothing to share between API processes on one PostgreSQL, and
    // gone with the draft. Never read with the dossier: only a download
    // selects `content`.
    // Id 8: 5 is taken by a branch merged alongside (paging).
    id: 8,
    name: 'proposal-references-and-evidence',
    sql: `
      CREATE TABLE reference_sequences (
        prefix text NOT NULL,
        award_code text NOT NULL,
        last integer NOT NULL,
        PRIMARY KEY (prefix, award_code)
      );
      CREATE TABLE evidence_files (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        nomination_id uuid REFERENCES nominations (id) ON DELETE CASCADE,
        kind text NOT NULL,
        name text NOT NULL,
        media_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX evidence_files_proposal ON evidence_files (proposal_id, uploaded_at)
    `,
  },
  {
    // The proposal workflow (schemas' proposal-workflow.ts): a proposal is
    // resubmitted after a return and ends appraised; eligible, rejected and
    // awarded are a nomination's outcomes, not a proposal's states.
    id: 9,
    name: 'proposal-workflow-states',
    sql: `
      ALTER TABLE proposals DROP CONSTRAINT proposals_status_check;
      ALTER TABLE proposals ADD CONSTRAINT proposals_status_check
        CHECK (status IN ('draft', 'submitted', 'underAppraisal', 'returned', 'resubmitted', 'appraised', 'withdrawn'));
      ALTER TABLE nominations ADD CONSTRAINT nominations_status_check
        CHECK (status IN ('draft', 'submitted', 'underAppraisal', 'returned', 'resubmitted', 'eligible', 'rejected', 'awarded', 'withdrawn'))
    `,
  },
  {
    // Award types are shown by a public read (getCommendation) since this
    // migration: their writes drop the response caches like every other
    // table public reads show (migration 4).
    id: 10,
    name: 'award-types-change-notifications',
    sql: `
      CREATE TRIGGER award_types_changed AFTER INSERT OR UPDATE OR DELETE ON award_types
        FOR EACH ROW EXECUTE FUNCTION thidua_notify_change();
      CREATE TRIGGER award_types_truncated AFTER TRUNCATE ON award_types
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_notify_change()
    `,
  },
  {
    // Appraisal (nominations part 2). A proposal keeps the reason it was
    // returned for, and when its dossier was last made complete (the latest
    // submit or resubmit: the instant, its day in the province's calendar and
    // the due date counted from it, so the queue filters and sorts by it in
    // SQL); a nomination its return or rejection reason and its award
    // decision. A history row names its actor as a role and a unit (earlier
    // rows take them from the token), the statuses it moved between and the
    // reasons or note given. The appraisers' checklist per nomination and
    // criterion, and their comments, internal or to the proposing unit.
    id: 11,
    name: 'appraisal',
    sql: `
      ALTER TABLE proposals ADD COLUMN return_reason text;
      ALTER TABLE proposals ADD COLUMN complete_at timestamptz;
      ALTER TABLE proposals ADD COLUMN complete_on date;
      ALTER TABLE proposals ADD COLUMN due_on date;
      UPDATE proposals SET complete_at = submitted_at, complete_on = (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        WHERE submitted_at IS NOT NULL;
      CREATE INDEX proposals_queue ON proposals (award_type_id, due_on, id) WHERE submitted_at IS NOT NULL;
      ALTER TABLE nominations ADD COLUMN reason text;
      ALTER TABLE nominations ADD COLUMN decision jsonb;
      ALTER TABLE proposal_history ADD COLUMN actor_role text;
      ALTER TABLE proposal_history ADD COLUMN actor_unit_id text;
      ALTER TABLE proposal_history ADD COLUMN from_status text;
      ALTER TABLE proposal_history ADD COLUMN to_status text;
      ALTER TABLE proposal_history ADD COLUMN detail jsonb;
      CREATE TABLE appraisal_checks (
        nomination_id uuid NOT NULL REFERENCES nominations (id) ON DELETE CASCADE,
        criterion_id text NOT NULL,
        met boolean,
        note text,
        updated_by text NOT NULL REFERENCES api_tokens (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (nomination_id, criterion_id)
      );
      CREATE TABLE appraisal_comments (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        nomination_id uuid REFERENCES nominations (id) ON DELETE CASCADE,
        audience text NOT NULL CHECK (audience IN ('internal', 'proposer')),
        text text NOT NULL,
        author_token_id text NOT NULL REFERENCES api_tokens (id),
        author_role text NOT NULL,
        author_unit_id text REFERENCES organisation_units (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX appraisal_comments_proposal ON appraisal_comments (proposal_id, created_at)
    `,
  },
  {
    // The catalog's working calendar (public holidays, days swapped off,
    // make-up days), which appraisal deadlines are counted over: one row,
    // replaced when a catalog brings one.
    id: 12,
    name: 'working-calendar',
    sql: `
      CREATE TABLE working_calendar (
        id text PRIMARY KEY CHECK (id = 'catalog'),
        definition jsonb NOT NULL
      )
    `,
  },
  {
    // The results of a round (ids 11–12 are the appraisal's, merged alongside).
    // A decision is recorded once per number in a campaign; each award names
    // its nomination once. An award keeps a snapshot of what it publishes —
    // the awardee's name, position, workplace or a collective's kind, folded
    // for search — taken from the nominee's public fields when the decision
    // is recorded: the public list reads this table alone, so a date of
    // birth, a gender or a contact never enters its query, and what was
    // awarded stays as the decision named it.
    id: 13,
    name: 'award-decisions',
    sql: `
      CREATE TABLE award_decisions (
        id uuid PRIMARY KEY,
        campaign_id text NOT NULL REFERENCES campaigns (id),
        round_id text NOT NULL,
        award_type_id text NOT NULL REFERENCES award_types (id),
        number text NOT NULL,
        signed_on date NOT NULL,
        signer jsonb NOT NULL,
        citation text NOT NULL,
        recorded_by text NOT NULL REFERENCES api_tokens (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, number)
      );
      CREATE INDEX award_decisions_round ON award_decisions (round_id, signed_on DESC);
      CREATE TABLE awards (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL REFERENCES award_decisions (id),
        position integer NOT NULL,
        nomination_id uuid NOT NULL UNIQUE REFERENCES nominations (id),
        proposal_id uuid NOT NULL REFERENCES proposals (id),
        campaign_id text NOT NULL REFERENCES campaigns (id),
        round_id text NOT NULL,
        award_type_id text NOT NULL REFERENCES award_types (id),
        proposing_unit_id text NOT NULL REFERENCES organisation_units (id),
        awardee jsonb NOT NULL,
        search_text text NOT NULL,
        UNIQUE (decision_id, position)
      );
      CREATE INDEX awards_campaign ON awards (campaign_id, round_id, award_type_id)
    `,
  },
  {
    // Featured models (điển hình tiên tiến): an award the coordinator makes
    // known, with its narrative and a photo kept in the database like
    // evidence (bytea; never read with the list, only by the photo route).
    // A photo always has its text alternative.
    id: 14,
    name: 'featured-models',
    sql: `
      CREATE TABLE featured_models (
        id uuid PRIMARY KEY,
        award_id uuid NOT NULL UNIQUE REFERENCES awards (id),
        category_id text NOT NULL,
        narrative text NOT NULL,
        story_url text,
        photo bytea,
        photo_media_type text,
        photo_sha256 text,
        photo_alt text,
        photo_width integer,
        photo_height integer,
        version integer NOT NULL DEFAULT 1,
        featured_by text NOT NULL REFERENCES api_tokens (id),
        featured_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((photo IS NULL) = (photo_alt IS NULL) AND (photo IS NULL) = (photo_sha256 IS NULL))
      );
      CREATE INDEX featured_models_recent ON featured_models (featured_at DESC)
    `,
  },
  {
    // The public lists of awards and featured models are cached (cache.ts):
    // writes to what they show drop the caches like every other public table (migration 4).
    id: 15,
    name: 'results-change-notifications',
    sql: ['award_decisions', 'awards', 'featured_models']
      .map(
        (table) => `
      CREATE TRIGGER ${table}_changed AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION thidua_notify_change();
      CREATE TRIGGER ${table}_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION thidua_notify_change()`,
      )
      .join(';'),
  },
  {
    // Times come from the server's clock (a test's, or the demo's moved one), which may give two
    // comments, files or featured models the same instant: they are read in the order they were added.
    id: 16,
    name: 'append-order',
    sql: ['appraisal_comments', 'evidence_files', 'featured_models'].map((table) => `ALTER TABLE ${table} ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`).join(';'),
  },
  {
    // The same for proposals, which the lists of proposals, nominations and the appraisal queue
    // order by an instant of that clock: a tie is broken by the order they were made, not by the
    // random id. Rows already there are numbered in no particular order, as their ids were.
    id: 17,
    name: 'proposals-append-order',
    sql: `
      ALTER TABLE proposals ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
      DROP INDEX proposals_unit;
      CREATE INDEX proposals_unit ON proposals (proposing_unit_id, created_at DESC, seq DESC);
      DROP INDEX proposals_queue;
      CREATE INDEX proposals_queue ON proposals (award_type_id, due_on, seq) WHERE submitted_at IS NOT NULL
    `,
  },
  {
    // The kinds of unit that report an indicator (Indicator.appliesToKinds): a department shares
    // the province's level, not the figures that are the province's alone (its DTI, its economy).
    id: 18,
    name: 'indicator-unit-kinds',
    sql: `ALTER TABLE indicators ADD COLUMN applies_to_kinds jsonb`,
  },
];

// Any constant works; it only has to be the same for every thidua server
// sharing a database, so two starting at once do not migrate twice.
const MIGRATION_LOCK = 7_243_001;

/** Applies pending migrations; returns the ids applied now. */
export async function migrate(db: Database): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = new Set((await tx.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    return applied;
  });
}

// Inside a transaction each statement goes on its own (the extended protocol
// takes one at a time); migrations hold no semicolons inside literals, except
// in dollar-quoted function bodies, which stay whole.
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  for (const [i, part] of sql.split('$$').entries()) {
    if (i % 2 === 1) {
      current += `$$${part}$$`;
      continue;
    }
    const pieces = part.split(';');
    current += pieces.shift();
    for (const piece of pieces) {
      statements.push(current);
      current = piece;
    }
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter(Boolean);
}
