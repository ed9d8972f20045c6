import type { Core } from '@strapi/strapi';

/**
 * The admin actions over the town's sharing settings, in Strapi's Roles page under
 * Plugins › Communes: core. No role but the Super Admin holds them until the town grants them:
 * what the town follows changes what its public listings show.
 */
export const SHARING_ACTIONS = {
  read: 'plugin::communes-core.sharing.read',
  update: 'plugin::communes-core.sharing.update',
} as const;

export async function registerSharingActions(strapi: Core.Strapi): Promise<void> {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: { registerMany(actions: unknown[]): Promise<void> } };
  await actionProvider.registerMany([
    { section: 'plugins', pluginName: 'communes-core', subCategory: 'sharing', displayName: 'Read', uid: 'sharing.read' },
    { section: 'plugins', pluginName: 'communes-core', subCategory: 'sharing', displayName: 'Edit', uid: 'sharing.update' },
  ]);
}

const guarded = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

/** The admin API the settings page uses (`/communes-core/sharing`), closed like every admin route when the town serves no panel. */
export const sharingSettingsRoutes = [
  { method: 'GET', path: '/sharing', handler: 'sharing-settings.find', config: guarded(SHARING_ACTIONS.read) },
  { method: 'PUT', path: '/sharing', handler: 'sharing-settings.update', config: guarded(SHARING_ACTIONS.update) },
  { method: 'DELETE', path: '/sharing', handler: 'sharing-settings.reset', config: guarded(SHARING_ACTIONS.update) },
];
