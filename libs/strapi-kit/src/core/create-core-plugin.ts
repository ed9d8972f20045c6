import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { createChangeNotifier } from '../change-feed/create-change-notifier';
import { createChangesController } from '../change-feed/create-changes-controller';
import { registerChangeRecording } from '../change-feed/register-change-recording';
import { startChangeFeed } from '../change-feed/start-change-feed';
import { ensureEditorRole } from '../editor-role/ensure-editor-role';
import { createNetworkMembersController, networkMembersRoute } from '../network-members/network-members-controller';
import { registerSharingActions, sharingSettingsRoutes } from '../sharing-settings/sharing-permissions';
import { createSharingSettingsController } from '../sharing-settings/sharing-settings-controller';
import { buildTownManifest } from './build-town-manifest';
import { closeAdminApi } from './close-admin-api';
import { closePublicAccountsOnce } from './close-public-accounts';
import { defaultCoreConfig, validateCoreConfig, type CoreConfig } from './core-config';
import { refuseAdminRegistration } from './refuse-admin-registration';
import { syncLocales } from './sync-locales';

/**
 * The Communes core plugin: the town's capability manifest on a public route
 * (`GET /api/communes-core/manifest`), its change feed (`GET /api/communes-core/changes`),
 * the town's locales kept as configured, its sharing settings page's API (`/communes-core/sharing`,
 * what the town follows, edited in the admin panel), the network's members for the admin's
 * inputs (`/communes-core/network-members`, read from the gateway), and what
 * makes a town safe to put online whatever app installs it: no admin registration over the
 * network, no admin API without the admin panel, no public accounts unless configured.
 */
export function createCorePlugin({ pluginDir }: { pluginDir: string }) {
  const pkg = JSON.parse(readFileSync(join(pluginDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const core = { packageName: pkg.name, version: pkg.version };
  return {
    config: { default: defaultCoreConfig, validator: validateCoreConfig },
    services: {
      // The app's bootstrap calls it: Strapi's admin makes its roles after every plugin's
      // bootstrap, and a role made before would stop it making the super admin's.
      'editor-role': ({ strapi }: { strapi: Core.Strapi }) => ({ ensure: () => ensureEditorRole(strapi) }),
    },
    controllers: {
      manifest: ({ strapi }: { strapi: Core.Strapi }) => ({
        async find(ctx: { body: unknown; set(name: string, value: string): void }) {
          ctx.set('Cache-Control', 'public, max-age=60');
          ctx.body = await buildTownManifest(strapi, core);
        },
      }),
      changes: createChangesController,
      'sharing-settings': createSharingSettingsController,
      'network-members': createNetworkMembersController,
    },
    routes: {
      'content-api': {
        type: 'content-api',
        routes: [
          { method: 'GET', path: '/manifest', handler: 'manifest.find', config: { auth: false } },
          { method: 'GET', path: '/changes', handler: 'changes.find', config: { auth: false } },
        ],
      },
      admin: { type: 'admin', routes: [...sharingSettingsRoutes, networkMembersRoute] },
    },
    register({ strapi }: { strapi: Core.Strapi }) {
      refuseAdminRegistration(strapi);
      const config = strapi.config.get('plugin::communes-core') as CoreConfig;
      const notifier = createChangeNotifier(config.notify, config.town.code, (message) => strapi.log.warn(message));
      registerChangeRecording(strapi, notifier.changed);
    },
    async bootstrap({ strapi }: { strapi: Core.Strapi }) {
      const config = strapi.config.get('plugin::communes-core') as CoreConfig;
      if (strapi.config.get('admin.serveAdminPanel') === false && !config.adminApiWithoutPanel) closeAdminApi(strapi);
      if (!config.publicAccounts) await closePublicAccountsOnce(strapi);
      await syncLocales(strapi, config.locales);
      await registerSharingActions(strapi);
      await startChangeFeed(strapi);
    },
    destroy() {},
  };
}
