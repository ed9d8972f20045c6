import type { Core } from '@strapi/strapi';
import { toJsonbCodeFilters } from './json-code-filters';

/** Strapi's documentIds: cuid2, 24 lowercase letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{24}$/;
const POSITIVE_INTEGER = /^[1-9][0-9]*$/;
const NON_NEGATIVE_INTEGER = /^(0|[1-9][0-9]*)$/;
const PAGINATION_KEYS = ['page', 'pageSize', 'start', 'limit', 'withCount'];
const LOCALES_TTL_MS = 30_000;
/**
 * The page-size ceiling when the town sets no `api.rest.maxLimit`: Strapi would then serve
 * any size, and one request could ask a town for its whole database.
 */
export const DEFAULT_MAX_PAGE_SIZE = 100;

/** What is wrong with a request, and which parameter: the 400's `details`. */
export interface QueryProblem {
  source: 'query' | 'params';
  param: string;
  message: string;
}

export interface QueryGuardLimits {
  maxPageSize: number;
  locales: ReadonlySet<string>;
}

function paginationProblem(pagination: unknown, maxPageSize: number): QueryProblem | undefined {
  if (pagination === undefined) return undefined;
  const problem = (param: string, message: string): QueryProblem => ({ source: 'query', param, message });
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    return problem('pagination', 'pagination must be an object such as pagination[page]=1&pagination[pageSize]=25.');
  }
  for (const [key, raw] of Object.entries(pagination)) {
    const param = `pagination[${key}]`;
    if (!PAGINATION_KEYS.includes(key)) return problem(param, `${param} is not a pagination parameter (expected one of ${PAGINATION_KEYS.join(', ')}).`);
    const value = String(raw);
    if (key === 'withCount') {
      if (!['true', 'false'].includes(value)) return problem(param, `${param} must be true or false, got "${value}".`);
      continue;
    }
    const start = key === 'start';
    if (!(start ? NON_NEGATIVE_INTEGER : POSITIVE_INTEGER).test(value)) {
      return problem(param, `${param} must be a ${start ? 'non-negative' : 'positive'} integer, got "${value.slice(0, 20)}".`);
    }
    if ((key === 'pageSize' || key === 'limit') && Number(value) > maxPageSize) {
      return problem(param, `${param} is ${value}, over this town's maximum of ${maxPageSize}; page through the results instead.`);
    }
  }
  return undefined;
}

/**
 * The checks Strapi's core find and findOne leave out. Strapi already refuses unknown filter
 * fields and operators, sort keys, fields and populate with a 400; without these, bad input
 * would turn into a silent default, an empty list, a 404 or a draft:
 * - `status`: the public API serves published entries only (Strapi would serve drafts);
 * - `pagination`: integers only, and a page size over the maximum is an error rather than
 *   silently clamped (or unbounded, when the town sets no maximum);
 * - `locale`: one of the town's locales (Strapi answers an empty list);
 * - findOne's documentId: Strapi's documentId shape.
 */
export function findQueryProblem(query: Record<string, unknown>, params: Record<string, string | undefined>, limits: QueryGuardLimits): QueryProblem | undefined {
  if (params.id !== undefined && !DOCUMENT_ID.test(params.id)) {
    return { source: 'params', param: 'id', message: `"${params.id.slice(0, 64)}" is not a documentId (24 lowercase letters and digits).` };
  }
  if (query.status !== undefined && query.status !== 'published') {
    return { source: 'query', param: 'status', message: "status: only published entries are served; drafts stay in the town's CMS." };
  }
  const pagination = paginationProblem(query.pagination, limits.maxPageSize);
  if (pagination) return pagination;
  if (query.locale !== undefined) {
    const { locale } = query;
    if (typeof locale !== 'string') return { source: 'query', param: 'locale', message: 'locale must be one locale code such as "fr".' };
    if (locale !== '*' && !limits.locales.has(locale)) {
      return { source: 'query', param: 'locale', message: `locale "${locale.slice(0, 20)}" is not one of this town's locales (${[...limits.locales].sort().join(', ')}).` };
    }
  }
  return undefined;
}

interface KoaContext {
  query: Record<string, unknown>;
  state: { route?: { handler?: unknown } };
  params: Record<string, string | undefined>;
  status: number;
  body: unknown;
}

/**
 * The route middleware in front of each domain plugin's find and findOne. It answers a bad
 * request itself, in Strapi's error format, rather than throwing one of Strapi's error
 * classes: a plugin's own copy of `@strapi/utils` may differ from the one Strapi's error
 * middleware checks against, which would turn the 400 into a 500.
 */
export function createQueryGuard(_config: unknown, { strapi }: { strapi: Core.Strapi }) {
  let locales: { codes: Set<string>; at: number } | undefined;
  const knownLocales = async (): Promise<Set<string>> => {
    if (!locales || Date.now() - locales.at > LOCALES_TTL_MS) {
      const rows = (await strapi.plugin('i18n')?.service('locales').find()) as { code: string }[] | undefined;
      locales = { codes: new Set((rows ?? []).map((row) => row.code)), at: Date.now() };
    }
    return locales.codes;
  };
  const maxPageSize = Number(strapi.config.get('api.rest.maxLimit')) || DEFAULT_MAX_PAGE_SIZE;
  const postgres = strapi.db?.dialect.client === 'postgres';
  const jsonAttributesOf = (ctx: KoaContext): ((name: string) => boolean) => {
    // The core router names its handler `<uid>.<action>`.
    const uid = String(ctx.state.route?.handler ?? '').replace(/\.[^.]+$/, '');
    const attributes = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string }> }>)[uid]?.attributes ?? {};
    return (name) => attributes[name]?.type === 'json';
  };

  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const problem = findQueryProblem(ctx.query, ctx.params, { maxPageSize, locales: ctx.query.locale === undefined ? new Set() : await knownLocales() });
    if (!problem) {
      if (postgres && ctx.query.filters) ctx.query.filters = toJsonbCodeFilters(ctx.query.filters, jsonAttributesOf(ctx));
      return next();
    }
    const { message, ...details } = problem;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details } };
  };
}
