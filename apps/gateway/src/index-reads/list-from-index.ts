import { harvestStatesOf } from './harvest-states-of';
import type { ResolvedContentType } from '@communes/domain';
import {
  countList,
  type IndexDatabase,
  type IndexList,
  type ListRow,
  freshnessOf,
  readListPage,
  UnsupportedFilter,
} from '@communes/regional-index';
import type { GraphQLResolveInfo } from 'graphql';
import { GatewayErrorCode, TownError } from '../errors';
import { checkFilterValues } from '../resolvers/check-filter-values';
import { checkPaging } from '../resolvers/check-paging';
import type { GatewayContext } from '../resolvers/gateway-context';
import type { ListArgs } from '../resolvers/list-field';
import { reportTownError } from '../resolvers/report-town-error';
import { requestedFields } from '../resolvers/requested-fields';
import { toConnection } from '../resolvers/to-connection';
import { kindListSignature } from '../towns/town-cursor';
import type { TownEntry } from '../towns/town-directory';
import { type GatewayNode, toNode } from '../towns/to-node';
import { findEntryProblem } from '@communes/domain';
import { decodeIndexCursor, encodeIndexCursor } from './index-cursor';
import { townLocales } from './town-locales';

/** Whether this list is the index's to answer: a region (more than one town), when the gateway reads its index. */
export const readsFromIndex = (ctx: GatewayContext, towns: readonly TownEntry[]): ctx is GatewayContext & { index: IndexDatabase } =>
  ctx.readsIndex === true && ctx.index !== undefined && towns.length > 1;

/** An entry of the index as a node; a malformed one (a broken town's) is dropped and named, as a live read does. */
function toNodes(ctx: GatewayContext, info: GraphQLResolveInfo, type: ResolvedContentType, rows: ListRow[], towns: readonly TownEntry[]) {
  const byCode = new Map(towns.map((t) => [t.town.code, t.town]));
  const dropped = new Map<string, string[]>();
  const nodes: { row: ListRow; node: GatewayNode }[] = [];
  for (const row of rows) {
    const problem = findEntryProblem(row.data, type);
    if (problem) {
      dropped.set(row.town, [...(dropped.get(row.town) ?? []), row.documentId]);
      continue;
    }
    const data = { ...row.data, documentId: row.documentId };
    nodes.push({ row, node: toNode(data, type, byCode.get(row.town)!, row.locale || undefined, true) });
  }
  for (const [town, documentIds] of dropped)
    reportTownError(
      ctx,
      info,
      new TownError(
        GatewayErrorCode.TownBadResponse,
        town,
        `published ${documentIds.length} ${type.names.singular} ${documentIds.length === 1 ? 'entry' : 'entries'} that do not match the model, left out: ${documentIds.slice(0, 3).join(', ')}.`,
        { extensions: { documentIds } },
      ),
    );
  return nodes;
}

/**
 * A region-wide list from the regional index: one query, however many towns, in exactly the
 * order a live merge gives (the order's terms with missing values last, documentId, town),
 * each town in the locale a live read would pick. Paged by keys. Undefined when the index
 * cannot answer the filters as the towns would, or holds none of the towns yet: the caller
 * reads the towns.
 */
export async function listFromIndex(
  type: ResolvedContentType,
  args: ListArgs,
  ctx: GatewayContext & { index: IndexDatabase },
  info: GraphQLResolveInfo,
  towns: readonly TownEntry[],
  /** A shared listing: what it takes of each town, and its plan for the cursors (a cursor of another plan is refused). */
  sharing?: { scope: NonNullable<IndexList['shared']>; signature: unknown },
) {
  const { backward, size } = checkPaging(args, ctx.config.maxPageSize);
  checkFilterValues(type, args.filters);
  const codes = towns.map((t) => t.town.code);
  const states = await harvestStatesOf(ctx, ctx.index);
  const { read, missing } = townLocales(type.localized, codes, states, args.locale);
  // None of them harvested yet (a region just set up, the harvester's first round): the towns answer.
  if (read.length === 0) return undefined;
  const order = (args.orderBy?.length ? args.orderBy : type.defaultOrder).map((term) => ({
    field: term.field,
    direction: String(term.direction ?? 'asc').toLowerCase() === 'desc' ? ('desc' as const) : ('asc' as const),
  }));
  const list: IndexList = { type, towns: read, filters: args.filters, order, ...(sharing ? { shared: sharing.scope } : {}) };
  const signature = `index:${kindListSignature({
    kind: type.names.singular,
    towns: codes,
    filters: sharing ? { filters: args.filters, shared: sharing.signature } : args.filters,
    orderBy: args.orderBy,
    locale: args.locale,
  })}`;
  const after = decodeIndexCursor(args.after, signature, list, 'after');
  const before = decodeIndexCursor(args.before, signature, list, 'before');
  let page: Awaited<ReturnType<typeof readListPage>>;
  try {
    page =
      size === 0 ? { rows: [], more: false } : await readListPage(ctx.index, { ...list, limit: size, after, before, fromEnd: backward });
  } catch (error) {
    if (error instanceof UnsupportedFilter) return undefined;
    throw error;
  }
  const total = requestedFields(info).has('totalCount') ? await countList(ctx.index, list) : 0;
  const freshness = freshnessOf(states, codes);
  for (const town of missing)
    reportTownError(
      ctx,
      info,
      new TownError(GatewayErrorCode.TownUnavailable, town, 'has not been harvested into the regional index yet.'),
    );
  const nodes = toNodes(ctx, info, type, page.rows, towns);
  return toConnection({
    edges: nodes.map(({ row, node }) => ({ cursor: encodeIndexCursor(signature, row.key), node })),
    totalCount: total,
    missingTowns: missing,
    hasNextPage: backward ? before !== undefined : page.more,
    hasPreviousPage: backward ? page.more : after !== undefined,
    indexed: { freshness, complete: missing.length === 0 && freshness.failing.length === 0 },
    // A page whose entries were all dropped still moves on.
    ...(nodes.length === 0 && page.rows.length > 0
      ? backward
        ? { startCursorWithoutEdges: encodeIndexCursor(signature, page.rows[0]!.key) }
        : { endCursorWithoutEdges: encodeIndexCursor(signature, page.rows.at(-1)!.key) }
      : {}),
  });
}
