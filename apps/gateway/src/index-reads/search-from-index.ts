import { contentTypeNamed, type ResolvedContentType } from '@communes/domain';
import { type IndexDatabase, freshnessOf, readHarvestStates, searchList, type TownLocale } from '@communes/regional-index';
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
import { findEntryProblem } from '../towns/validate-entry';
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
  const states = await readHarvestStates(ctx.index);
  // Localized or not, a town's entries are searched in the locale it is read in.
  const anyLocalized = search.kinds.find((k) => k.localized) ?? search.kinds[0]!;
  const { read, missing } = townLocales({ ...anyLocalized, localized: true }, codes, states, search.locale);
  if (read.length === 0) return undefined;
  const request = { text: search.text, kinds: search.kinds.map((k) => k.names.singular), towns: read as TownLocale[] };
  const { total } = read.length ? await searchList(ctx.index, { ...request, offset: 0, limit: 1 }) : { total: 0 };
  const window = rankedWindow(total, search.paging, search.after, search.before);
  const { hits } =
    window.end > window.start
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
