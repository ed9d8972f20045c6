import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Strapi's documentIds: cuid2, 24 lowercase letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{24}$/;
const POSITIVE_INTEGER = /^[1-9][0-9]*$/;
const NON_NEGATIVE_INTEGER = /^(0|[1-9][0-9]*)$/;
const LOCALES_TTL_MS = 30_000;

type Query = Record<string, unknown>;

const fail = (param: string, message: string): never => {
  throw new errors.ValidationError(message, { source: 'query', param });
};

function checkPagination(pagination: unknown, maxLimit: number | undefined): void {
  if (pagination === undefined) return;
  if (typeof pagination !== 'object' || pagination === null || Array.isArray(pagination)) {
    fail('pagination', 'pagination must be an object such as pagination[page]=1&pagination[pageSize]=25.');
  }
  const known = ['page', 'pageSize', 'start', 'limit', 'withCount'];
  for (const [key, raw] of Object.entries(pagination as Query)) {
    const param = `pagination[${key}]`;
    if (!known.includes(key)) fail(param, `${param} is not a pagination parameter (expected one of ${known.join(', ')}).`);
    const value = String(raw);
    if (key === 'withCount') {
      if (!['true', 'false'].includes(value)) fail(param, `${param} must be true or false, got "${value}".`);
      continue;
    }
    const pattern = key === 'start' ? NON_NEGATIVE_INTEGER : POSITIVE_INTEGER;
    if (!pattern.test(value)) {
      fail(param, `${param} must be a${key === 'start' ? ' non-negative' : ' positive'} integer, got "${value}".`);
    }
    if ((key === 'pageSize' || key === 'limit') && maxLimit !== undefined && Number(value) > maxLimit) {
      fail(param, `${param} is ${value}, over this town's maximum of ${maxLimit}; page through the results instead.`);
    }
  }
}

/**
 * A route middleware in front of Strapi's core find and findOne. Strapi already refuses
 * unknown filter fields and operators, sort keys, fields and populate with a 400; this adds
 * the checks it leaves out, so that bad input never turns into a silent default, an empty
 * list, a 404 or a draft:
 * - `status`: the public API serves published entries only (Strapi would serve drafts);
 * - `pagination`: integers only, and a page size over `api.rest.maxLimit` is an error
 *   rather than silently clamped;
 * - `locale`: must be one of the town's locales (Strapi answers an empty list);
 * - the documentId of findOne must have Strapi's documentId shape.
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

  return async (ctx: { query: Query; params: Record<string, string | undefined> }, next: () => Promise<void>) => {
    const { query, params } = ctx;
    if (params.id !== undefined && !DOCUMENT_ID.test(params.id)) {
      throw new errors.ValidationError(`"${params.id.slice(0, 64)}" is not a documentId (24 lowercase letters and digits).`, { source: 'params', param: 'id' });
    }
    if (query.status !== undefined && query.status !== 'published') {
      fail('status', 'status: only published entries are served; drafts stay in the town\'s CMS.');
    }
    checkPagination(query.pagination, strapi.config.get('api.rest.maxLimit') as number | undefined);
    if (query.locale !== undefined) {
      const locale = query.locale;
      if (typeof locale !== 'string') fail('locale', 'locale must be a single locale code such as "fr".');
      const codes = await knownLocales();
      if (locale !== '*' && !codes.has(locale as string)) {
        fail('locale', `locale "${String(locale).slice(0, 20)}" is not one of this town's locales (${[...codes].sort().join(', ')}).`);
      }
    }
    await next();
  };
}
