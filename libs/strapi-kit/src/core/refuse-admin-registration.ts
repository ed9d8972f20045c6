import type { Core } from '@strapi/strapi';

/** Where the 403 sends whoever tries: the server, never the network. */
export const FIRST_ADMIN_HINT =
  'Admins are not registered over the network. Create the first admin on the server: in the Communes reference town, set TOWN_ADMIN_EMAIL and TOWN_ADMIN_PASSWORD_FILE before it starts, or run `npm run admin:create -w @communes/town -- --email it@town.example`; in another Strapi app, run `strapi admin:create-user`.';

interface Context {
  status: number;
  body: unknown;
}

/**
 * Strapi lets whoever first calls `POST /admin/register-admin` on a town without an admin
 * become its super admin, and a town is reachable before anyone has logged in. The action
 * itself is replaced, so that it answers 403 whatever path or case reaches it, and whether
 * or not the town has an admin; first admins are created on the server (Strapi's
 * `admin:create-user`, or the reference town's start and CLI). Invited editors still
 * register through `/admin/register` with their invitation token.
 */
export function refuseAdminRegistration(strapi: Core.Strapi): void {
  strapi.get('controllers').extend('admin::authentication', (controller: Record<string, unknown>) => ({
    ...controller,
    registerAdmin(ctx: Context) {
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: FIRST_ADMIN_HINT, details: {} } };
    },
  }));
}
