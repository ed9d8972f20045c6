import { harvestStatesOf } from './harvest-states-of';
import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import { type IndexDatabase, freshnessOf, searchList } from '@communes/regional-index';
import type { GraphQLResolveInfo } from 'graphql';
import { GatewayErrorCode, TownError } from '../errors';
import type { Paging } from '../resolvers/check-paging';
import type { GatewayContext } from '../resolvers/gateway-context';
import { rankedWindow } from '../resolvers/ranked-window';
import { reportTownError } from '../resolvers/report-town-error';
import { toConnection } from '../resolvers/to-connection';
import { encodeCursor } from '../towns/town-cursor';
import type { TownEntry } from '../towns/town-directory';
import { toNode } from '../towns/to-node';
import { findEntryProblem } from '@communes/domain';
import { townLocales } from './town-locales';

export interface IndexSearch {
  text: string;
  kinds: readonly ResolvedContentType[];
  towns: readonly TownEntry[];
  locale?: readonly string[] | null;
  paging: Paging;
  after?: number;
  before?: number;
  signature: string;
}

/**
 * Search from the regional index: every town's entries in its locale, matched by PostgreSQL's
 * full-text search in that locale's language (accents and case folded, words stemmed: "liege"
 * finds "Liège", "marchés" finds "marché"), ranked, every match counted (no per-town cap).
 */
export async function searchFromIndex(ctx: GatewayContext & { index: IndexDatabase }, info: GraphQLResolveInfo, search: IndexSearch) {
  const codes = search.towns.map((t) => t.town.code);
  const states = await harvestStatesOf(ctx, ctx.index);
  // A town is searched in the locale it is read in; entries of kinds without locales match in any.
  const { read, missing } = townLocales(true, codes, states, search.locale);
  if (read.length === 0) return undefined;
  const request = { text: search.text, kinds: search.kinds.map((k) => k.names.singular), towns: read };
  // Paging forward, the page's start is known before the total: one query gives both. Paging
  // backward (or up to `before`), the total places the page first.
  const forward = !search.paging.backward && search.before === undefined && search.paging.size > 0;
  const first = forward
    ? await searchList(ctx.index, { ...request, offset: search.after ?? 0, limit: search.paging.size })
    : await searchList(ctx.index, { ...request, offset: 0, limit: 1 });
  const { total } = first;
  const window = rankedWindow(total, search.paging, search.after, search.before);
  const { hits } = forward
    ? first
    : window.end > window.start
      ? await searchList(ctx.index, { ...request, offset: window.start, limit: window.end - window.start })
      : { hits: [] };
  const byCode = new Map(search.towns.map((t) => [t.town.code, t.town]));
  for (const town of missing)
    reportTownError(
      ctx,
      info,
      new TownError(GatewayErrorCode.TownUnavailable, town, 'has not been harvested into the regional index yet.'),
    );
  const freshness = freshnessOf(states, codes);
  const edges = hits.flatMap((hit, i) => {
    const type = contentTypeNamed(hit.kind);
    if (findEntryProblem(hit.data, type)) return [];
    const node = toNode({ ...hit.data, documentId: hit.documentId }, type, byCode.get(hit.town)!, hit.locale || undefined, true);
    return [{ cursor: encodeCursor(search.signature, { _: window.start + i + 1 }), node, score: hit.score }];
  });
  return toConnection({
    edges,
    totalCount: total,
    missingTowns: missing,
    hasNextPage: window.hasNextPage,
    hasPreviousPage: window.hasPreviousPage,
    indexed: { freshness, complete: missing.length === 0 && freshness.failing.length === 0 },
  });
}
