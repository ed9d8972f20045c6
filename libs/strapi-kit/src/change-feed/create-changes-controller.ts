import type { Core } from '@strapi/strapi';
import { feedKinds } from './feed-kinds';
import { parseChangeQuery } from './parse-change-query';
import { publicKinds } from './public-kinds';
import { readChanges } from './read-changes';

export interface KoaContext {
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

/**
 * `GET /api/communes-core/changes?since=&limit=`: the town's change feed, public kinds only.
 * A bad parameter answers 400 in Strapi's error format, written here rather than thrown (see
 * the query guard: a plugin's copy of Strapi's error classes may not be the one Strapi checks).
 */
export const createChangesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: KoaContext) {
    const query = parseChangeQuery(ctx.query);
    if ('param' in query) {
      const { message, ...details } = query;
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details } };
      return;
    }
    // Read again on every request: it is what the feed is for.
    ctx.set('Cache-Control', 'no-cache');
    const kinds = await publicKinds(strapi, feedKinds(strapi).values());
    ctx.body = await readChanges(
      strapi,
      kinds.map((kind) => kind.kind),
      query,
    );
  },
});
