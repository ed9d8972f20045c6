import type { IndexQueries } from './index-database';
import type { TownLocale } from './read-list-page';
import { type SearchHit, type SearchRow, toSearchHit } from './read-index';
import { searchConfigurationOf } from './search-configuration';

export interface SearchListRequest {
  text: string;
  kinds: readonly string[];
  /** Each town searched in its locale; entries of kinds without locales are searched too. */
  towns: readonly TownLocale[];
  offset: number;
  limit: number;
}

/**
 * A region-wide search: each town's entries in its locale, matched and ranked with that
 * locale's language (folded, stemmed), best first, then by town, kind and documentId; a page
 * of them, and how many match in all.
 */
export async function searchList(db: IndexQueries, request: SearchListRequest): Promise<{ hits: SearchHit[]; total: number }> {
  const towns = request.towns.map((t) => t.town);
  const locales = request.towns.map((t) => t.locale);
  const configurations = request.towns.map((t) => searchConfigurationOf(t.locale));
  const rows = await db.query<SearchRow & { total: string | number }>(
    `with asked as (
       select t.town, t.locale, plainto_tsquery(t.configuration::regconfig, $4) as query
       from unnest($1::text[], $2::text[], $3::text[]) as t(town, locale, configuration)
     )
     select e.town, e.kind, e.document_id, e.locale, e.data, ts_rank(e.search, a.query) as score, count(*) over () as total
     from index_entries e join asked a on e.town = a.town and (e.locale = a.locale or e.locale = '')
     where e.removed is null and e.kind = any($5::text[]) and e.search @@ a.query
     order by score desc, e.town collate "C", e.kind collate "C", e.document_id collate "C"
     offset ${Math.max(0, Math.floor(request.offset))} limit ${Math.max(1, Math.floor(request.limit))}`,
    [towns, locales, configurations, request.text, [...request.kinds]],
  );
  const total = rows.length ? Number(rows[0]!.total) : request.offset > 0 ? await countMatches(db, request) : 0;
  return {
    hits: rows.map(toSearchHit),
    total,
  };
}

/** The number of matches, for a page past the last one (which has no row to carry it). */
async function countMatches(db: IndexQueries, request: SearchListRequest): Promise<number> {
  const { total } = await searchList(db, { ...request, offset: 0, limit: 1 });
  return total;
}
