import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentManagerSettings, PluginManifest, PluginMigrations } from '@communes/codegen';
import { factories, type Core } from '@strapi/strapi';
import { applyContentManagerSettings } from './apply-content-manager-settings';
import { registerCustomFields } from './custom-fields/register-custom-fields';
import { createClosedSessionGuard } from './closed-session/create-closed-session-guard';
import { registerClosedSessionSanitizer } from './closed-session/register-closed-session-sanitizer';
import { grantPublicReadOnce } from './grant-public-read';
import { loadContentTypes } from './load-content-types';
import { registerMediaAltText } from './media-alt-text/register-media-alt-text';
import { registerFieldRenames } from './migrations/register-field-renames';
import { registerModelValidation } from './model-validation/register-model-validation';
import { defaultDomainPluginConfig, validateDomainPluginConfig, type DomainPluginConfig } from './plugin-config';
import { registerPublishWith } from './publishing/register-publish-with';
import { createQueryGuard } from './query-guard';

export interface DomainPluginOptions {
  /**
   * The plugin package's folder: its `package.json` names the plugin (`strapi.name`, which
   * makes the uids `plugin::<name>.<type>`); `server/` holds what codegen generated for it.
   */
  pluginDir: string;
  /**
   * Content types that also get Strapi's core `create` route. It is never granted to the
   * Public role: only an API token given `<uid>.create` can use it (a town's service requests).
   */
  creatable?: readonly string[];
}

/** What the core plugin's capability manifest lists for each installed domain plugin. */
export interface InstalledPluginManifest extends PluginManifest {
  packageName: string;
  version: string;
}

/** The public read actions, as Strapi's core router names them. */
const READ_ACTIONS = ['find', 'findOne'] as const;
/** The service each domain plugin exposes for the core plugin's manifest. */
export const MANIFEST_SERVICE = 'communes-manifest';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/**
 * Builds a domain plugin's Strapi 5 server entry from what codegen generated for it: the
 * content types, and for each one Strapi's own core service, controller and read-only
 * router, so that filters, sort, pagination, populate, fields, locale, draft hiding and
 * private-field removal are Strapi's. A query guard in front adds the checks Strapi leaves out;
 * a closed-session guard and an output sanitizer withhold what confidential entries (an agenda
 * item heard in closed session) must keep in the town. Every write is checked against the
 * model (codes, structured values), in the editor's language.
 */
export function createDomainPlugin({ pluginDir, creatable = [] }: DomainPluginOptions) {
  const pkg = readJson<{ name: string; version: string; strapi?: { name?: string } }>(join(pluginDir, 'package.json'));
  const pluginName = pkg.strapi?.name;
  if (!pluginName) throw new Error(`${join(pluginDir, 'package.json')} has no strapi.name: it is not a Strapi plugin package.`);
  const contentTypes = loadContentTypes(join(pluginDir, 'server', 'content-types'));
  const manifest: InstalledPluginManifest = {
    ...readJson<PluginManifest>(join(pluginDir, 'server', 'manifest.json')),
    packageName: pkg.name,
    version: pkg.version,
  };
  const unknownCreatable = creatable.filter((name) => !(name in contentTypes));
  if (unknownCreatable.length)
    throw new Error(
      `creatable names ${unknownCreatable.join(', ')}, not content types of ${pluginName} (${Object.keys(contentTypes).join(', ')}).`,
    );
  const contentManager = readJson<Record<string, ContentManagerSettings>>(join(pluginDir, 'server', 'content-manager.json'));
  // A plugin released before migrations were generated ships none.
  const migrationsFile = join(pluginDir, 'server', 'migrations.json');
  const migrations: PluginMigrations = existsSync(migrationsFile) ? readJson<PluginMigrations>(migrationsFile) : { renames: [] };

  const names = Object.keys(contentTypes);
  const uidOf = (name: string) => `plugin::${pluginName}.${name}` as Parameters<typeof factories.createCoreService>[0];
  const byName = <T>(make: (name: string) => T): Record<string, T> => Object.fromEntries(names.map((name) => [name, make(name)]));
  // The closed-session guard runs after the query guard, on a query already found well-formed.
  const guarded = { middlewares: [`plugin::${pluginName}.query-guard`, `plugin::${pluginName}.closed-session-guard`] };

  return {
    contentTypes,
    services: {
      ...byName((name) => factories.createCoreService(uidOf(name))),
      [MANIFEST_SERVICE]: () => ({ get: (): InstalledPluginManifest => manifest }),
    },
    controllers: byName((name) => factories.createCoreController(uidOf(name))),
    routes: byName((name) =>
      factories.createCoreRouter(uidOf(name), {
        only: creatable.includes(name) ? [...READ_ACTIONS, 'create'] : [...READ_ACTIONS],
        config: { find: guarded, findOne: guarded },
      }),
    ),
    middlewares: { 'query-guard': createQueryGuard, 'closed-session-guard': createClosedSessionGuard },
    config: {
      default: defaultDomainPluginConfig,
      validator: validateDomainPluginConfig,
    },
    register({ strapi }: { strapi: Core.Strapi }) {
      registerCustomFields(strapi, pluginName);
      // Every content-API answer, whichever plugin serves it: a meeting populates its agenda items.
      registerClosedSessionSanitizer(strapi);
      // Every write of this plugin's types, whoever makes it: a bad structured value is never stored.
      registerModelValidation(strapi, pluginName);
      // A meeting goes live with its agenda; no picture goes live without its alternative text.
      registerPublishWith(strapi, pluginName);
      registerMediaAltText(strapi, pluginName);
      // Before Strapi syncs the schema (in its bootstrap): a renamed field keeps its values.
      registerFieldRenames(strapi, pluginName, migrations.renames);
    },
    async bootstrap({ strapi }: { strapi: Core.Strapi }) {
      if (!strapi.plugin('communes-core')) {
        strapi.log.warn(
          `[${pluginName}] @communes/strapi-plugin-core is not installed: the town publishes no capability manifest, and the gateway cannot tell its version.`,
        );
      }
      await applyContentManagerSettings(strapi, pluginName, contentManager);
      const config = strapi.config.get(`plugin::${pluginName}`) as DomainPluginConfig;
      if (config.publicRead) {
        await grantPublicReadOnce(
          strapi,
          pluginName,
          names.flatMap((name) => READ_ACTIONS.map((action) => `${uidOf(name)}.${action}`)),
        );
      }
    },
    destroy() {},
  };
}

export type DomainPlugin = ReturnType<typeof createDomainPlugin>;
