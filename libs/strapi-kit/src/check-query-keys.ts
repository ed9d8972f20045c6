import { queryProblem, type QueryProblem } from './query-problem';

/** The query parameters the public read API takes: Strapi's REST conventions, minus search. */
export const QUERY_PARAMETERS = ['filters', 'sort', 'fields', 'populate', 'pagination', 'locale', 'status'] as const;

/** Why some parameters Strapi knows are refused rather than merely unknown. */
const REFUSED: Record<string, string> = {
  _q: "_q (full-text search) is not served: it searches every text column, the town's private ones included. Filter on a field instead, such as filters[name][$containsi]=….",
  publicationFilter: 'publicationFilter is not served: the public API serves published entries only.',
  hasPublishedVersion: 'hasPublishedVersion is not served: the public API serves published entries only.',
};

/**
 * The first query parameter the public read API does not take. Strapi ignores unknown ones,
 * and serves some the public must not have (`_q` searches private fields).
 */
export function checkQueryKeys(query: Record<string, unknown>): QueryProblem | undefined {
  const key = Object.keys(query).find((name) => !(QUERY_PARAMETERS as readonly string[]).includes(name));
  if (key === undefined) return undefined;
  const param = key.slice(0, 64);
  return queryProblem(param, REFUSED[key] ?? `"${param}" is not a query parameter of this API (expected ${QUERY_PARAMETERS.join(', ')}).`);
}
