import { findContentType } from '@communes/domain';
import type { IndexQueries } from './index-database';
import type { IndexedEntry, RemovedEntry } from './indexed-entry';
import { searchConfigurationOf } from './search-configuration';
import { keepValidTimes } from './valid-times';

/**
 * Rows as one JSON parameter, without NUL characters: PostgreSQL's text and jsonb cannot hold
 * one, and an editor's stray NUL in a title must not stop a town's harvest for good.
 */
const NUL = String.fromCharCode(0);
const toJsonParameter = (rows: unknown): string =>
  JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll(NUL, '') : value));

/**
 * Stores entries of one town and kind, replacing what the index held of them (a tombstone
 * included: an entry published again comes back). One statement per call.
 */
export async function upsertEntries(db: IndexQueries, town: string, kind: string, entries: readonly IndexedEntry[]): Promise<void> {
  if (!entries.length) return;
  const type = findContentType(kind);
  const rows = entries.map((entry) => ({
    document_id: entry.documentId,
    locale: entry.locale,
    data: keepValidTimes(type, entry.data),
    text: entry.text,
    config: searchConfigurationOf(entry.locale),
    published_at: entry.publishedAt,
    updated_at: entry.updatedAt,
  }));
  await db.query(
    `insert into index_entries (town, kind, document_id, locale, data, search, published_at, updated_at, removed, changed_at)
     select $1, $2, e.document_id, e.locale, e.data, to_tsvector(e.config::regconfig, e.text), e.published_at, e.updated_at, null, now()
     from jsonb_to_recordset($3::jsonb) as e(document_id text, locale text, data jsonb, text text, config text, published_at timestamptz, updated_at timestamptz)
     on conflict (town, kind, document_id, locale) do update
       set data = excluded.data, search = excluded.search, published_at = excluded.published_at,
           updated_at = excluded.updated_at, removed = null, changed_at = excluded.changed_at`,
    [town, kind, toJsonParameter(rows)],
  );
}

/**
 * Turns the live locale versions among `entries` into tombstones: their data goes, the fact
 * that they were unpublished or deleted stays (a consumer of the index's changes learns it).
 * A version the index never held is left alone: there is nothing to retract.
 */
export async function removeEntries(db: IndexQueries, town: string, kind: string, entries: readonly RemovedEntry[]): Promise<void> {
  if (!entries.length) return;
  await db.query(
    `update index_entries as i set data = null, search = null, removed = e.removed, changed_at = now()
     from jsonb_to_recordset($3::jsonb) as e(document_id text, locale text, removed text)
     where i.town = $1 and i.kind = $2 and i.document_id = e.document_id and i.locale = e.locale and i.removed is null`,
    [town, kind, JSON.stringify(entries.map((e) => ({ document_id: e.documentId, locale: e.locale, removed: e.removed })))],
  );
}

/**
 * After reading a town's kind whole (a town without a change feed): every live version of
 * that kind the town no longer serves becomes a tombstone. `served` holds `documentId:locale`.
 */
export async function removeEntriesNotServed(db: IndexQueries, town: string, kind: string, served: readonly string[]): Promise<void> {
  await db.query(
    `update index_entries set data = null, search = null, removed = 'unpublish', changed_at = now()
     where town = $1 and kind = $2 and removed is null and not (document_id || ':' || locale = any($3::text[]))`,
    [town, kind, [...served]],
  );
}
