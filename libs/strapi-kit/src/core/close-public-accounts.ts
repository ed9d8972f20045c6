import type { Core } from '@strapi/strapi';
import { whenPublicRoleExists } from '../when-public-role-exists';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';
const CLOSED_KEY = 'public-accounts-closed';
/**
 * What users-permissions gives the Public role on a fresh database: log in, register,
 * confirm an e-mail, reset a password, OAuth connect, refresh a session. A town's visitors
 * have no account, so none of it is theirs; the reset and confirmation routes would also
 * send e-mails to any address on request.
 */
export const PUBLIC_ACCOUNT_ACTIONS = [
  'callback',
  'connect',
  'register',
  'forgotPassword',
  'resetPassword',
  'emailConfirmation',
  'sendEmailConfirmation',
  'refresh',
].map((action) => `plugin::users-permissions.auth.${action}`);

/**
 * Once per town: users-permissions' self-registration off (`allow_register`) and its
 * account routes taken from the Public role. Once only, so that a town that opens public
 * accounts in the admin panel (Settings › Users & Permissions) keeps them open.
 *
 * On a fresh database the Public role and the advanced settings do not exist yet when this
 * runs before users-permissions' bootstrap: it waits for them (`whenPublicRoleExists`).
 */
export async function closePublicAccountsOnce(strapi: Core.Strapi): Promise<void> {
  if (!strapi.plugin('users-permissions')) return;
  const store = strapi.store({ type: 'plugin', name: 'communes-core' });
  const close = async () => {
    if (await store.get({ key: CLOSED_KEY })) return;
    const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
    const settings = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = (await settings.get({ key: 'advanced' })) as Record<string, unknown> | null;
    if (!role || !advanced) return;
    await settings.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { role: role.id, action: { $in: PUBLIC_ACCOUNT_ACTIONS } } });
    await store.set({ key: CLOSED_KEY, value: true });
    strapi.log.info(
      '[communes-core] Public accounts closed: no self-registration, and anonymous visitors reach no login, registration, password or e-mail route (reopen them in Settings › Users & Permissions).',
    );
  };

  await whenPublicRoleExists(strapi, close);
}
