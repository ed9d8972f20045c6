import type { Core } from '@strapi/strapi';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';
const UP_SERVICE_UID = 'plugin::users-permissions.users-permissions';
const GRANTED_KEY = 'public-read-granted';

/**
 * Gives the users-permissions Public role the given actions, once per town: a town that
 * later revokes them in the admin panel keeps them revoked.
 *
 * On a fresh database the Public role does not exist yet when a plugin's bootstrap runs
 * before users-permissions'. Granting then, before users-permissions creates its default
 * permissions, would also stop it from creating them (it only does on an empty table). So
 * the grant waits for users-permissions' own `initialize` to finish, through Strapi's
 * documented service extension, whichever plugin boots first.
 */
export async function grantPublicReadOnce(strapi: Core.Strapi, pluginName: string, actions: readonly string[]): Promise<void> {
  if (!strapi.plugin('users-permissions')) return;
  const store = strapi.store({ type: 'plugin', name: pluginName });
  const grant = async () => {
    if (await store.get({ key: GRANTED_KEY })) return;
    const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
    if (!role) return;
    const existing = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id, action: { $in: [...actions] } } });
    const missing = actions.filter((action) => !existing.some((p: { action: string }) => p.action === action));
    for (const action of missing) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
    await store.set({ key: GRANTED_KEY, value: true });
    strapi.log.info(`[${pluginName}] Public role may now read: ${actions.join(', ')}`);
  };

  if (await strapi.db.query(ROLE_UID).count({ where: { type: 'public' } })) {
    await grant();
    return;
  }
  strapi.get('services').extend(UP_SERVICE_UID, (service: { initialize(): Promise<unknown> }) => ({
    ...service,
    async initialize() {
      const result = await service.initialize();
      await grant();
      return result;
    },
  }));
}
