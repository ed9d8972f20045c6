import type { Core } from '@strapi/strapi';
import { whenPublicRoleExists } from './when-public-role-exists';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';
const GRANTED_KEY = 'public-read-granted';

/**
 * Gives the users-permissions Public role the given actions, once per town: a town that
 * later revokes them in the admin panel keeps them revoked.
 *
 * Whichever plugin boots first, the grant waits until the Public role exists
 * (`whenPublicRoleExists`).
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

  await whenPublicRoleExists(strapi, grant);
}
