import { DOCUMENT_ID } from '@communes/domain';
import type { Core } from '@strapi/strapi';
import { checkFilterValues } from './check-filter-values';
import { checkPagination } from './check-pagination';
import { checkPopulate } from './check-populate';
import { checkQueryKeys } from './check-query-keys';
import { toJsonbCodeFilters } from './json-code-filters';
import type { ModelLookup } from './model-schema';
import { toPublishedLocalizations } from './published-localizations';
import type { QueryProblem } from './query-problem';

export type { QueryProblem } from './query-problem';

const LOCALES_TTL_MS = 30_000;
/**
 * The page-size ceiling when the town sets no `api.rest.maxLimit`: Strapi would then serve
 * any size, and one request could ask a town for its whole database.
 */
export const DEFAULT_MAX_PAGE_SIZE = 100;

export interface QueryGuardLimits {
  maxPageSize: number;
  locales: ReadonlySet<string>;
  /** The content type asked for, to check filter values and populate against its attributes. */
  contentType?: { uid: string; getModel: ModelLookup };
}

/**
 * The checks Strapi's core find and findOne leave out. Strapi already refuses unknown filter
 * fields and operators, sort keys, fields and populate with a 400; without these, bad input
 * would turn into a silent default, an empty list, a 404, a draft, a private field found by
 * search, or a database error (a 500):
 * - the query parameters: Strapi's REST ones, without `_q` (which searches private fields)
 *   or the draft-and-publish ones;
 * - `status`: the public API serves published entries only (Strapi would serve drafts);
 * - `pagination`: integers only, at most the town's maximum page size;
 * - `locale`: one of the town's locales (Strapi answers an empty list);
 * - `filters`: values of each attribute's type, operator arity, list sizes, no nulls;
 * - `populate`: bounded depth and size, no polymorphic relation;
 * - findOne's documentId: Strapi's documentId shape.
 */
export function findQueryProblem(
  query: Record<string, unknown>,
  params: Record<string, string | undefined>,
  limits: QueryGuardLimits,
): QueryProblem | undefined {
  if (params.id !== undefined && !DOCUMENT_ID.test(params.id)) {
    return { source: 'params', param: 'id', message: `"${params.id.slice(0, 64)}" is not a documentId (24 lowercase letters and digits).` };
  }
  const keys = checkQueryKeys(query);
  if (keys) return keys;
  if (query.status !== undefined && query.status !== 'published') {
    return { source: 'query', param: 'status', message: "status: only published entries are served; drafts stay in the town's CMS." };
  }
  const pagination = checkPagination(query.pagination, limits.maxPageSize);
  if (pagination) return pagination;
  if (query.locale !== undefined) {
    const { locale } = query;
    if (typeof locale !== 'string') return { source: 'query', param: 'locale', message: 'locale must be one locale code such as "fr".' };
    if (locale !== '*' && !limits.locales.has(locale)) {
      return {
        source: 'query',
        param: 'locale',
        message: `locale "${locale.slice(0, 20)}" is not one of this town's locales (${[...limits.locales].sort().join(', ')}).`,
      };
    }
  }
  const model = limits.contentType?.getModel(limits.contentType.uid);
  if (!model || !limits.contentType) return undefined;
  return (
    checkFilterValues(query.filters, model, limits.contentType.getModel) ??
    checkPopulate(query.populate, model, limits.contentType.getModel)
  );
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
  const getModel: ModelLookup = (uid) => strapi.getModel(uid as never) as ReturnType<ModelLookup>;
  // The core router names its handler `<uid>.<action>`.
  const uidOf = (ctx: KoaContext): string => String(ctx.state.route?.handler ?? '').replace(/\.[^.]+$/, '');

  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const uid = uidOf(ctx);
    const problem = findQueryProblem(ctx.query, ctx.params, {
      maxPageSize,
      locales: ctx.query.locale === undefined ? new Set() : await knownLocales(),
      contentType: { uid, getModel },
    });
    if (!problem) {
      if (ctx.query.filters) ctx.query.filters = toPublishedLocalizations(ctx.query.filters);
      if (postgres && ctx.query.filters) {
        const attributes = getModel(uid)?.attributes ?? {};
        ctx.query.filters = toJsonbCodeFilters(ctx.query.filters, (name) => attributes[name]?.type === 'json');
      }
      return next();
    }
    const { message, ...details } = problem;
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details } };
  };
}
