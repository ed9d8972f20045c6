import type { OpenDataContext } from '../open-data-route';
import { notFound } from './oparl-error';
import type { OparlUrls } from './oparl-urls';
import { parseListQuery } from './parse-list-query';
import { readTowns } from './read-town';
import { toOparlBody } from './to-oparl-body';
import { toPagedList } from './to-paged-list';

/**
 * The System's bodies: every town of the registry, in code order. Towns carry no creation
 * time, so the date filters are accepted (and kept in the links) but select every town.
 */
export async function answerBodies(context: OpenDataContext, urls: OparlUrls): Promise<unknown> {
  const query = parseListQuery(context.url.searchParams, context.config.maxPageSize);
  const towns = [...(await readTowns(context))].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const totalPages = Math.max(1, Math.ceil(towns.length / query.limit));
  if (query.page > totalPages) throw notFound(`page ${query.page}; this list has ${totalPages} page${totalPages === 1 ? '' : 's'} of ${query.limit}`);
  const slice = towns.slice((query.page - 1) * query.limit, query.page * query.limit);
  return toPagedList(urls.bodies, query, slice.map((town) => toOparlBody(town, urls)), towns.length);
}
