import { type QueryProblem, queryProblem, quoted } from '../query-problem';

export const DEFAULT_CHANGE_LIMIT = 100;
export const MAX_CHANGE_LIMIT = 1000;

export interface ChangeQuery {
  /** The last sequence the reader has: the feed answers what came after it. */
  since: number;
  limit: number;
}

const WHOLE = /^(0|[1-9][0-9]*)$/;

/** Reads `since` and `limit`, or says which parameter is wrong: anything else is refused too. */
export function parseChangeQuery(query: Readonly<Record<string, unknown>>): ChangeQuery | QueryProblem {
  const unknown = Object.keys(query).find((key) => key !== 'since' && key !== 'limit');
  if (unknown !== undefined) return queryProblem(unknown, `Unknown parameter ${quoted(unknown)}: the change feed takes since and limit.`);
  const number = (param: string, value: unknown, fallback: number, min: number, max: number): number | QueryProblem => {
    if (value === undefined) return fallback;
    const parsed = typeof value === 'string' && WHOLE.test(value) ? Number(value) : Number.NaN;
    return Number.isSafeInteger(parsed) && parsed >= min && parsed <= max
      ? parsed
      : queryProblem(param, `${param} must be a whole number from ${min} to ${max}, got ${quoted(value)}.`);
  };
  const since = number('since', query.since, 0, 0, Number.MAX_SAFE_INTEGER);
  if (typeof since !== 'number') return since;
  const limit = number('limit', query.limit, DEFAULT_CHANGE_LIMIT, 1, MAX_CHANGE_LIMIT);
  if (typeof limit !== 'number') return limit;
  return { since, limit };
}
