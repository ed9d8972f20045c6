import { badParameter } from '../open-data-error';

/** What an OParl list request asks for, checked. */
export interface ListQuery {
  page: number;
  limit: number;
  omitInternal: boolean;
  /** Strapi operators on createdAt/updatedAt, in the gateway's filter input shape. */
  filters: { createdAt?: { gte?: string; lte?: string }; updatedAt?: { gte?: string; lte?: string } };
  /** The filters as the client wrote them, carried into every link (OParl's rule). */
  kept: [string, string][];
}

export const DEFAULT_LIMIT = 20;

// OParl asks for ISO 8601 with a time zone; a bare date or local time is ambiguous.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

const DATE_FILTERS = {
  created_since: ['createdAt', 'gte'],
  created_until: ['createdAt', 'lte'],
  modified_since: ['updatedAt', 'gte'],
  modified_until: ['updatedAt', 'lte'],
} as const;

/** An instant in time, or NaN; a day the calendar lacks (February 30) is NaN, not March 2. */
function toInstant(value: string): number {
  const match = INSTANT.exec(value);
  if (!match) return Number.NaN;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day || month < 1 || month > 12) return Number.NaN;
  return Date.parse(value);
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw badParameter(`${name} may be given once, got ${values.length} values.`);
  return values[0];
}

function positiveInteger(name: string, value: string, max: number): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw badParameter(`${name} must be an integer from 1 to ${max}, got "${value.slice(0, 40)}".`);
  }
  return Number(value);
}

/** Reads page, limit, the four date filters and omit_internal; other parameters are ignored. */
export function parseListQuery(params: URLSearchParams, maxLimit: number): ListQuery {
  const kept: [string, string][] = [];
  const filters: ListQuery['filters'] = {};
  for (const [name, [field, operator]] of Object.entries(DATE_FILTERS)) {
    const value = single(params, name);
    if (value === undefined) continue;
    const time = toInstant(value);
    if (Number.isNaN(time))
      throw badParameter(
        `${name} must be an ISO 8601 date-time with a time zone, such as 2026-01-01T00:00:00+01:00, got "${value.slice(0, 40)}".`,
      );
    filters[field] = { ...filters[field], [operator]: new Date(time).toISOString() };
    kept.push([name, value]);
  }
  const page = single(params, 'page');
  const limit = single(params, 'limit');
  if (limit !== undefined) kept.push(['limit', limit]);
  const omit = single(params, 'omit_internal');
  if (omit !== undefined && !['true', 'false', '1', '0', ''].includes(omit)) {
    throw badParameter(`omit_internal must be true or false, got "${omit.slice(0, 40)}".`);
  }
  const omitInternal = omit === 'true' || omit === '1' || omit === '';
  if (omit !== undefined) kept.push(['omit_internal', omit]);
  return {
    page: page === undefined ? 1 : positiveInteger('page', page, 1_000_000_000),
    limit: limit === undefined ? Math.min(DEFAULT_LIMIT, maxLimit) : positiveInteger('limit', limit, maxLimit),
    omitInternal,
    filters,
    kept,
  };
}
