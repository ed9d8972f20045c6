import { isDocumentId } from '@communes/domain';
import { badParameter } from '../open-data-error';
import { nameSome } from './name-some';
import { parseOpen311Date } from './parse-open311-date';
import { singleParam } from './single-param';

/** Open311's default window: the last 90 days, at most 1000 requests. */
const DEFAULT_DAYS = 90;
export const MAX_PAGE_SIZE = 1000;
/** Deep pages are read through the towns' own pages; past this, narrow the dates instead. */
const MAX_DEPTH = 10_000;
const STATUSES = ['open', 'closed'];
/** The towns' query parser (Strapi's qs, arrayLimit 100) takes lists of 100 values at most. */
const MAX_LIST = 100;
const KNOWN = [
  'service_request_id',
  'service_code',
  'start_date',
  'end_date',
  'status',
  'page',
  'page_size',
  'jurisdiction_id',
  'api_key',
  'locale',
];

export interface RequestsQuery {
  /** For the gateway's `serviceRequests(filters:)`. */
  filters: Record<string, unknown>;
  skip: number;
  limit: number;
}

/** A comma list's distinct values; more than the towns take is a 400. */
function list(name: string, value: string): string[] {
  const values = [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  if (values.length > MAX_LIST) throw badParameter(`${name} lists ${values.length} values; ${MAX_LIST} at most.`);
  return values;
}

function positiveInteger(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]{0,6}$/.test(value) || Number(value) > max)
    throw badParameter(`${name} must be an integer from 1 to ${max}, got "${value.slice(0, 20)}".`);
  return Number(value);
}

/**
 * GeoReport v2's `GET requests` parameters → the gateway's filters, newest first:
 * `service_request_id` (a comma list, overriding the others, as the spec says),
 * `service_code` and `status` (comma lists), `start_date`/`end_date` (the last 90 days by
 * default), and the common `page`/`page_size` extension.
 */
export function parseRequestsQuery(params: URLSearchParams, now: Date): RequestsQuery {
  const unknown = [...new Set(params.keys())].filter((key) => !KNOWN.includes(key));
  if (unknown.length)
    throw badParameter(`Unknown parameter${unknown.length > 1 ? 's' : ''} ${nameSome(unknown)} (expected: ${KNOWN.join(', ')}).`);
  const pageSize = positiveInteger('page_size', singleParam(params, 'page_size'), MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const page = positiveInteger('page', singleParam(params, 'page'), 1, MAX_DEPTH);
  if (page * pageSize > MAX_DEPTH)
    throw badParameter(`page ${page} of ${pageSize} goes past the first ${MAX_DEPTH} requests; narrow start_date and end_date instead.`);
  const paging = { skip: (page - 1) * pageSize, limit: pageSize };

  const ids = singleParam(params, 'service_request_id');
  if (ids !== undefined) {
    const wanted = list('service_request_id', ids);
    const bad = wanted.find((id) => !isDocumentId(id));
    if (wanted.length === 0 || bad !== undefined)
      throw badParameter(
        `service_request_id must be a comma-separated list of request ids (24 lowercase letters and digits), got "${(bad ?? ids).slice(0, 40)}".`,
      );
    return { filters: { documentId: { in: wanted } }, ...paging };
  }

  const filters: Record<string, unknown> = {};
  const codes = singleParam(params, 'service_code');
  if (codes !== undefined) {
    const wanted = list('service_code', codes);
    if (wanted.length === 0) throw badParameter('service_code is empty; give a service code, or leave the parameter out.');
    filters.serviceType = { serviceCode: { in: wanted } };
  }
  const status = singleParam(params, 'status');
  if (status !== undefined) {
    const statuses = list('status', status);
    const bad = statuses.find((s) => !STATUSES.includes(s));
    if (statuses.length === 0 || bad !== undefined)
      throw badParameter(`status must be open, closed or both comma-separated, got "${(bad ?? status).slice(0, 40)}".`);
    filters.requestStatus = { in: statuses };
  }
  const startParam = singleParam(params, 'start_date');
  const endParam = singleParam(params, 'end_date');
  const end = endParam === undefined ? undefined : parseOpen311Date('end_date', endParam);
  const start =
    startParam === undefined
      ? new Date(Date.parse(end ?? now.toISOString()) - DEFAULT_DAYS * 86_400_000).toISOString()
      : parseOpen311Date('start_date', startParam);
  if (end !== undefined && start > end) throw badParameter(`start_date (${startParam ?? start}) is after end_date (${endParam}).`);
  filters.requestedAt = end === undefined ? { gte: start } : { gte: start, lte: end };
  return { filters, ...paging };
}
