import type { OpenDataContext } from '../open-data-route';
import type { MapContext, OparlKind } from './oparl-kind';
import { embedObjects } from './embed-objects';
import { notFound } from './oparl-error';
import { parseListQuery } from './parse-list-query';
import { readKindPage } from './read-kind-page';
import { toPagedList } from './to-paged-list';

/** A paged OParl list of one kind in one town, with the client's filters and any of the route's own. */
export async function answerList(
  context: OpenDataContext,
  kind: OparlKind<never>,
  mapContext: Omit<MapContext, 'omitInternal'>,
  listUrl: string,
  routeFilters: Record<string, unknown> = {},
): Promise<unknown> {
  const query = parseListQuery(context.url.searchParams, context.config.maxPageSize);
  const page = await readKindPage(context, kind, mapContext.town, { ...query.filters, ...routeFilters }, (query.page - 1) * query.limit, query.limit);
  const totalPages = Math.max(1, Math.ceil(page.total / query.limit));
  if (query.page > totalPages) throw notFound(`page ${query.page}; this list has ${totalPages} page${totalPages === 1 ? '' : 's'} of ${query.limit}`);
  await embedObjects(context, kind, mapContext.town, page.nodes, query.omitInternal);
  const data = page.nodes.map((node) => kind.toOparl(node, { ...mapContext, omitInternal: query.omitInternal }));
  return toPagedList(listUrl, query, data, page.total);
}
