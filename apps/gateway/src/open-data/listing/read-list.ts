import { isShareable, namingOf, type ResolvedContentType } from '@communes/domain';
import { badParameter } from '../open-data-error';
import type { InternalGraphQLResult, OpenDataContext } from '../open-data-route';
import { toOpenDataError, type GatewayError } from '../to-open-data-error';
import type { TownScope } from './town-scope';

export interface ListRequest {
  /** The kind listed; its root field and GraphQL type come from the model's naming. */
  type: ResolvedContentType;
  /** The node selection, e.g. `id name start`. */
  selection: string;
  scope: TownScope;
  filters?: Record<string, unknown>;
  orderBy: { field: string; direction: 'ASC' | 'DESC' }[];
  locale?: string[];
  limit: number;
  /** Where to resume: the `next` of the previous page. */
  after?: string;
}

export interface ListResult<T> {
  nodes: T[];
  /** Towns whose data is missing (down, slow, failing): the output is partial. */
  missingTowns: string[];
  /** Where the next page starts when the limit stopped this one short of the list's end. */
  next: string | null;
}

interface Page<T> {
  list: { nodes: T[]; missingTowns: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** How a listing the cost limit refuses is narrowed: every town asked counts. */
const NARROW = 'Ask for one town or group (town=, group=) or a smaller limit.';

/**
 * Reads up to `limit` nodes through the gateway's own schema, page after page, so that
 * federation, the cache, town errors and the page size limit stay where GraphQL has them.
 * A town that fails only costs its own entries; when no town asked answered, the request
 * fails with the towns' failures (a timeout is a 504, as in every open-data format).
 */
export async function readList<T>(ctx: OpenDataContext, request: ListRequest): Promise<ListResult<T>> {
  const { listField, graphqlType } = namingOf(request.type);
  const shared = request.scope.shared === true;
  if (shared && !isShareable(request.type))
    throw badParameter(`shared: ${request.type.names.plural} are not shared between members; leave shared out.`);
  const query = `query OpenDataList($towns: [String!], $group: String, $filters: ${graphqlType}FiltersInput, $orderBy: [${graphqlType}Order!], $first: Int, $after: String, $locale: [String!]) {
  list: ${listField}(towns: $towns, group: $group, filters: $filters, orderBy: $orderBy, first: $first, after: $after, locale: $locale${shared ? ', shared: true' : ''}) {
    nodes { ${request.selection} }
    missingTowns
    pageInfo { hasNextPage endCursor }
  }
}`;
  const nodes: T[] = [];
  const missing = new Set<string>();
  const townErrors: GatewayError[] = [];
  let after: string | null = request.after ?? null;
  let more = false;
  while (nodes.length < request.limit) {
    const first = Math.min(ctx.config.maxPageSize, request.limit - nodes.length);
    const result: InternalGraphQLResult<Page<T>> = await ctx.graphql<Page<T>>(query, {
      towns: request.scope.towns,
      group: request.scope.group,
      filters: request.filters,
      orderBy: request.orderBy,
      first,
      after,
      locale: request.locale,
    });
    const page = result.data?.list;
    if (!page)
      throw (
        toOpenDataError(result.errors ?? [], ctx.directory, NARROW) ??
        new Error(`The gateway refused an open-data listing: ${result.errors?.[0]?.message ?? 'no data and no error'}`)
      );
    nodes.push(...page.nodes);
    for (const town of page.missingTowns) missing.add(town);
    townErrors.push(...(result.errors ?? []));
    more = page.pageInfo.hasNextPage && Boolean(page.pageInfo.endCursor);
    if (!more) break;
    after = page.pageInfo.endCursor;
  }
  const asked = ctx.directory.select(request.scope.towns, request.scope.group).length;
  if (nodes.length === 0 && missing.size > 0 && missing.size >= asked) {
    const failures = townErrors.filter((error) => missing.has(String(error.extensions?.town)));
    throw (
      toOpenDataError(failures, ctx.directory, NARROW) ??
      new Error(`No town answered an open-data listing: ${[...missing].sort().join(', ')}.`)
    );
  }
  // The loop ended on the limit with more to read: the caller's next page starts there.
  return { nodes, missingTowns: [...missing].sort(), next: more ? after : null };
}
