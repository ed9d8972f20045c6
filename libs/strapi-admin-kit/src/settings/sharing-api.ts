/** The core plugin's admin API behind the sharing settings page (libs/strapi-kit, sharing-settings). */
export const SHARING_SETTINGS_PATH = '/communes-core/sharing';

/** The RBAC actions the core plugin registers: Settings › Roles › Plugins › Communes: core › Sharing. */
export const SHARING_PERMISSIONS = {
  read: [{ action: 'plugin::communes-core.sharing.read', subject: null }],
  update: [{ action: 'plugin::communes-core.sharing.update', subject: null }],
};

/** What `GET /communes-core/sharing` answers, in `data` (a type only: the admin bundle does not ship the server's kit). */
export type { SharingSettings } from '@communes/strapi-kit';
