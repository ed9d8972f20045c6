import type { ListQuery } from './parse-list-query';

/** An OParl list page: `data`, `pagination` and `links`, the filters kept in every link. */
export function toPagedList(listUrl: string, query: ListQuery, data: unknown[], totalElements: number) {
  const totalPages = Math.ceil(totalElements / query.limit);
  const link = (page: number) => {
    const params = new URLSearchParams(query.kept);
    params.set('page', String(page));
    return `${listUrl}?${params}`;
  };
  const lastPage = Math.max(1, totalPages);
  return {
    data,
    pagination: { totalElements, elementsPerPage: query.limit, currentPage: query.page, totalPages },
    links: {
      first: link(1),
      ...(query.page > 1 ? { prev: link(Math.min(query.page - 1, lastPage)) } : {}),
      ...(query.page < totalPages ? { next: link(query.page + 1) } : {}),
      last: link(lastPage),
    },
  };
}
