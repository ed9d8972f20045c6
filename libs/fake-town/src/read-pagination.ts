import { badRequest, FakeTownError } from './fake-town-error';
import type { QueryValue } from './parse-query';

/** Strapi's `api.rest.defaultLimit`. */
const DEFAULT_PAGE_SIZE = 25;
const KEYS = ['page', 'pageSize', 'start', 'limit', 'withCount'];

export interface Pagination {
  start: number;
  limit: number;
  /** The answer's `meta.pagination`, given the number of matching entries. */
  meta(total: number): Record<string, number>;
}

/**
 * The `pagination` parameter as a real town takes it: `page`/`pageSize` (the default, page 1
 * of 25) or `start`/`limit`, never both; positive integers (`start` may be 0); a page size
 * over the town's maximum is a 400, not silently clamped. `withCount=false` leaves the
 * totals out.
 */
export function readPagination(value: QueryValue | undefined, maxPageSize: number): Pagination {
  if (value !== undefined && (typeof value !== 'object' || Array.isArray(value)))
    throw badRequest('pagination', 'pagination must be an object such as pagination[page]=1&pagination[pageSize]=25.');
  const given = value ?? {};
  const numbers: Record<string, number> = {};
  for (const [key, raw] of Object.entries(given)) {
    const param = `pagination[${key}]`;
    const text = String(raw);
    if (!KEYS.includes(key)) throw badRequest(param, `${param} is not a pagination parameter (expected one of ${KEYS.join(', ')}).`);
    if (key === 'withCount') {
      if (text !== 'true' && text !== 'false') throw badRequest(param, `${param} must be true or false, got "${text.slice(0, 20)}".`);
      continue;
    }
    if (!(key === 'start' ? /^(0|[1-9]\d*)$/ : /^[1-9]\d*$/).test(text))
      throw badRequest(param, `${param} must be a ${key === 'start' ? 'non-negative' : 'positive'} integer, got "${text.slice(0, 20)}".`);
    if ((key === 'pageSize' || key === 'limit') && Number(text) > maxPageSize)
      throw badRequest(param, `${param} is ${text}, over this town's maximum of ${maxPageSize}.`);
    numbers[key] = Number(text);
  }
  const withCount = (given as Record<string, QueryValue>).withCount !== 'false';
  const offsets = 'start' in numbers || 'limit' in numbers;
  if (offsets && ('page' in numbers || 'pageSize' in numbers))
    throw new FakeTownError(400, 'PaginationError', 'Cannot use both page & offset pagination in the same query');
  if (offsets) {
    const { start = 0, limit = DEFAULT_PAGE_SIZE } = numbers;
    return { start, limit, meta: (total) => ({ start, limit, ...(withCount ? { total } : {}) }) };
  }
  const { page = 1, pageSize = DEFAULT_PAGE_SIZE } = numbers;
  return {
    start: (page - 1) * pageSize,
    limit: pageSize,
    meta: (total) => ({ page, pageSize, ...(withCount ? { pageCount: Math.ceil(total / pageSize), total } : {}) }),
  };
}
