import type { Core } from '@strapi/strapi';

interface RouteLayer {
  methods: string[];
  match(path: string): boolean;
}

interface Context {
  path: string;
  status: number;
  body: unknown;
}

/**
 * Strapi keeps its admin API mounted when it serves no admin panel: `/admin/init` tells
 * anyone whether the town has an admin, `/admin/login` takes password guesses, and every
 * plugin's admin routes (`/content-manager/…`, `/upload/…`) answer. A town that serves no
 * panel answers them all 404, as for a path it does not know.
 *
 * The routes are recognised by the admin router's own layers, so a path matches here
 * exactly when Strapi's router would route it (case, trailing slash, plugin prefixes).
 * Added during bootstrap, the middleware runs after the global ones (logger, security
 * headers, CORS) and before the router, which Strapi mounts when it starts listening.
 */
export function closeAdminApi(strapi: Core.Strapi): void {
  let layers: RouteLayer[] | undefined;
  strapi.server.use(async (ctx: Context, next: () => Promise<void>) => {
    layers ??= (strapi.server.api('admin').listRoutes() as unknown as RouteLayer[]).filter((layer) => layer.methods.length > 0);
    if (!layers.some((layer) => layer.match(ctx.path))) return next();
    ctx.status = 404;
    ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
  });
}
