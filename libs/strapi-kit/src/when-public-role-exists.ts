import type { Core } from '@strapi/strapi';

const ROLE_UID = 'plugin::users-permissions.role';
const UP_SERVICE_UID = 'plugin::users-permissions.users-permissions';

/**
 * Runs `work` once users-permissions' Public role exists: now, or, on a fresh database where a
 * plugin's bootstrap runs before users-permissions', right after users-permissions' own
 * `initialize` (through Strapi's documented service extension). Changing the Public role's
 * permissions before that would also stop users-permissions from creating its defaults: it
 * only does on an empty table.
 */
export async function whenPublicRoleExists(strapi: Core.Strapi, work: () => Promise<void>): Promise<void> {
  if (await strapi.db.query(ROLE_UID).count({ where: { type: 'public' } })) {
    await work();
    return;
  }
  strapi.get('services').extend(UP_SERVICE_UID, (service: { initialize(): Promise<unknown> }) => ({
    ...service,
    async initialize() {
      const result = await service.initialize();
      await work();
      return result;
    },
  }));
}
