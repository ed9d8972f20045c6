import type { InternalGraphQLResult, OpenDataContext } from '../open-data-route';
import { badParameter, OpenDataErrorCode, OpenDataRequestError } from './request-error';
import type { TownScope } from './town-scope';

export interface ListRequest {
  /** The root list field, e.g. `events`. */
  field: string;
  /** The GraphQL type, e.g. `Event` (for the filter and order input types). */
  type: string;
  /** The node selection, e.g. `id name start`. */
  selection: string;
  scope: TownScope;
  filters?: Record<string, unknown>;
  orderBy: { field: string; direction: 'ASC' | 'DESC' }[];
  locale?: string[];
  limit: number;
}

export interface ListResult<T> {
  nodes: T[];
  /** Towns whose data is missing (down, slow, failing): the output is partial. */
  missingTowns: string[];
}

interface Page<T> {
  list: { nodes: T[]; missingTowns: string[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * Reads up to `limit` nodes through the gateway's own schema, page after page, so that
 * federation, the cache, town errors and the page size limit stay where GraphQL has them.
 * A town that fails only costs its own entries; no town answering at all is a 502.
 */
export async function readList<T>(ctx: OpenDataContext, request: ListRequest): Promise<ListResult<T>> {
  const query = `query OpenDataList($towns: [String!], $group: String, $filters: ${request.type}FiltersInput, $orderBy: [${request.type}Order!], $first: Int, $after: String, $locale: [String!]) {
  list: ${request.field}(towns: $towns, group: $group, filters: $filters, orderBy: $orderBy, first: $first, after: $after, locale: $locale) {
    nodes { ${request.selection} }
    missingTowns
    pageInfo { hasNextPage endCursor }
  }
}`;
  const nodes: T[] = [];
  const missing = new Set<string>();
  let after: string | null = null;
  while (nodes.length < request.limit) {
    const first = Math.min(ctx.config.maxPageSize, request.limit - nodes.length);
    const result: InternalGraphQLResult<Page<T>> = await ctx.graphql<Page<T>>(query, { towns: request.scope.towns, group: request.scope.group, filters: request.filters, orderBy: request.orderBy, first, after, locale: request.locale });
    const page = result.data?.list;
    if (!page) throw toRequestError(result.errors ?? []);
    nodes.push(...page.nodes);
    for (const town of page.missingTowns) missing.add(town);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  const asked = ctx.directory.select(request.scope.towns, request.scope.group).length;
  if (nodes.length === 0 && missing.size > 0 && missing.size >= asked) {
    throw new OpenDataRequestError(502, OpenDataErrorCode.TownsUnavailable, `No town answered: ${[...missing].sort().join(', ')}.`);
  }
  return { nodes, missingTowns: [...missing].sort() };
}

/**
 * A failed operation as what the open-data client should see: its own mistakes and the towns'
 * failures say so; anything else (a query of ours the schema refuses) is a masked 500.
 */
export function toRequestError(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): Error {
  const first = errors[0];
  const code = String(first?.extensions?.code ?? '');
  if (code === 'UNKNOWN_TOWN') return new OpenDataRequestError(404, OpenDataErrorCode.UnknownTown, first!.message);
  if (code === 'BAD_USER_INPUT') return badParameter(first!.message);
  // The cost limit counts every town asked: a listing of a large region can pass it.
  if (code === 'QUERY_TOO_COSTLY') {
    return badParameter(`This listing would read about ${String(first!.extensions?.cost)} entries from the towns asked; the limit is ${String(first!.extensions?.limit)}. Ask for one town or group (town=, group=) or a smaller limit.`);
  }
  if (code.startsWith('TOWN_')) return new OpenDataRequestError(502, OpenDataErrorCode.TownsUnavailable, first!.message);
  return new Error(`The gateway refused an open-data operation: ${first?.message ?? 'no data and no error'}`);
}
