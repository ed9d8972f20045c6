import { queryProblem, type QueryProblem } from './query-problem';

const POSITIVE_INTEGER = /^[1-9][0-9]*$/;
const NON_NEGATIVE_INTEGER = /^(0|[1-9][0-9]*)$/;
const PAGINATION_KEYS = ['page', 'pageSize', 'start', 'limit', 'withCount'];
/** The largest page or offset: far past any town, and within what SQLite's offset takes (a 500 beyond). */
export const MAX_PAGE_POSITION = 2_147_483_647;

/**
 * Integers only, and a page size over the maximum is an error rather than silently clamped
 * (or unbounded, when the town sets no maximum).
 */
export function checkPagination(pagination: unknown, maxPageSize: number): QueryProblem | undefined {
  if (pagination === undefined) return undefined;
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    return queryProblem('pagination', 'pagination must be an object such as pagination[page]=1&pagination[pageSize]=25.');
  }
  for (const [key, raw] of Object.entries(pagination)) {
    const param = `pagination[${key}]`;
    if (!PAGINATION_KEYS.includes(key))
      return queryProblem(param, `${param} is not a pagination parameter (expected one of ${PAGINATION_KEYS.join(', ')}).`);
    const value = String(raw);
    if (key === 'withCount') {
      if (!['true', 'false'].includes(value)) return queryProblem(param, `${param} must be true or false, got "${value}".`);
      continue;
    }
    const start = key === 'start';
    if (!(start ? NON_NEGATIVE_INTEGER : POSITIVE_INTEGER).test(value)) {
      return queryProblem(param, `${param} must be a ${start ? 'non-negative' : 'positive'} integer, got "${value.slice(0, 20)}".`);
    }
    if ((key === 'pageSize' || key === 'limit') && Number(value) > maxPageSize) {
      return queryProblem(param, `${param} is ${value}, over this town's maximum of ${maxPageSize}; page through the results instead.`);
    }
    if (Number(value) > MAX_PAGE_POSITION) return queryProblem(param, `${param} is over ${MAX_PAGE_POSITION}.`);
  }
  return undefined;
}
