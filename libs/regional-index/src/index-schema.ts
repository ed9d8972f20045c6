import type { IndexDatabase } from './index-database';
import { ensureLiveCounts } from './live-counts';
import { ensureValidTimes } from './valid-times';
import { modelIndexStatements, OUTDATED_INDEXES_SQL } from './model-indexes';
import { SEARCH_CONFIGURATIONS, SIMPLE_SEARCH } from './search-configuration';

/**
 * The index's tables. `index_entries` holds every locale version a town publishes, as the
 * town served it (public fields only: the harvester reads the towns' public REST API), and a
 * tombstone (`removed`, no data) for what was unpublished or deleted. `index_towns` holds each
 * town's harvest: where it is in the town's change feed, when it last succeeded, its errors.
 * `index_refused` holds what a town serves that does not fit the model, kept out, with why.
 */
const TABLES = `
create table if not exists index_entries (
  town text not null,
  kind text not null,
  document_id text not null,
  locale text not null,
  data jsonb,
  search tsvector,
  published_at timestamptz,
  updated_at timestamptz,
  removed text,
  changed_at timestamptz not null,
  primary key (town, kind, document_id, locale)
);
drop index if exists index_entries_live;
create index if not exists index_entries_by_town on index_entries (kind, town, locale) where removed is null;
create index if not exists index_entries_changed on index_entries (changed_at);
create index if not exists index_entries_search on index_entries using gin (search) where removed is null;
create table if not exists index_towns (
  town text primary key,
  source text not null default 'feed',
  last_sequence bigint not null default 0,
  feed_latest bigint,
  last_attempt timestamptz,
  last_success timestamptz,
  last_error text,
  failures integer not null default 0,
  next_attempt timestamptz
);
alter table index_towns add column if not exists locales jsonb;
alter table index_towns add column if not exists default_locale text;
create table if not exists index_refused (
  town text not null,
  kind text not null,
  document_id text not null,
  locale text not null,
  problem text not null,
  refused_at timestamptz not null,
  primary key (town, kind, document_id, locale)
);
`;

/** The index's configurations for full-text search, each made once (PostgreSQL has no "if not exists" for them). */
async function ensureSearchConfigurations(db: IndexDatabase): Promise<void> {
  // The extension is the database's: each region's schema names its dictionary where it is.
  const [extension] = await db.query<{ schema: string }>(
    "select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'unaccent'",
  );
  const unaccent = `"${extension!.schema.replace(/"/g, '""')}".unaccent`;
  const existing = new Set(
    (
      await db.query<{ name: string }>(
        'select c.cfgname as name from pg_ts_config c join pg_namespace n on n.oid = c.cfgnamespace where n.nspname = current_schema()',
      )
    ).map((row) => row.name),
  );
  for (const { name, stemmer } of [...Object.values(SEARCH_CONFIGURATIONS), SIMPLE_SEARCH]) {
    if (existing.has(name)) continue;
    const base = stemmer === 'simple' ? 'simple' : stemmer.replace(/_stem$/, '');
    await db.exec(
      `create text search configuration ${name} (copy = ${base});
       alter text search configuration ${name} alter mapping for hword, hword_part, word, asciiword, asciihword, hword_asciipart with ${unaccent}, ${stemmer};`,
    );
  }
}

/** Makes the index's extension, search configurations, tables and the model's indexes, where missing. */
export async function ensureIndexSchema(db: IndexDatabase): Promise<void> {
  // In a schema of its own: the extension is the database's, and a region's schema dropped
  // (cascade) must not take it, and every other region's search configurations, with it.
  // Where it exists already, it stays where it is.
  await db.exec('create schema if not exists communes_extensions; create extension if not exists unaccent schema communes_extensions');
  await ensureSearchConfigurations(db);
  await db.exec(TABLES);
  await ensureLiveCounts(db);
  await ensureValidTimes(db);
  await db.exec(OUTDATED_INDEXES_SQL);
  for (const statement of modelIndexStatements()) await db.exec(statement);
}
