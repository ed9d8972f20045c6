import type { Core } from '@strapi/strapi';
import { ClosedSessionProblem } from './closed-session-problem';
import { guardClosedSessionQuery } from './guard-closed-session-query';
import type { GetModel, StrapiModel } from './strapi-model';

interface KoaContext {
  query: Record<string, unknown>;
  state: { route?: { handler?: unknown } };
  status: number;
  body: unknown;
}

/**
 * The route middleware in front of each domain plugin's find and findOne, after the query
 * guard: it rewrites filters, fields and populate so that nothing a confidential entry
 * withholds decides what is answered (see `guardClosedSessionQuery`), and answers what it
 * cannot rewrite with a 400 in Strapi's error format, itself, like the query guard (Strapi's
 * error classes from a plugin's copy of @strapi/utils could become a 500).
 */
export function createClosedSessionGuard(_config: unknown, { strapi }: { strapi: Core.Strapi }) {
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as unknown as StrapiModel | undefined;
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    // The core router names its handler `<uid>.<action>`.
    const model = getModel(String(ctx.state.route?.handler ?? '').replace(/\.[^.]+$/, ''));
    if (!model) return next();
    try {
      Object.assign(ctx.query, guardClosedSessionQuery(ctx.query, model, getModel));
    } catch (error) {
      if (!(error instanceof ClosedSessionProblem)) throw error;
      ctx.status = 400;
      ctx.body = {
        data: null,
        error: {
          status: 400,
          name: 'ValidationError',
          message: error.message,
          details: { source: 'query', param: error.param, code: error.code },
        },
      };
      return;
    }
    return next();
  };
}
