import type { Core } from '@strapi/strapi';
import { MANIFEST_SERVICE, type InstalledPluginManifest } from '../create-domain-plugin';
import { subscriptionsInForce } from '../sharing-settings/sharing-settings-store';
import type { CoreConfig } from './core-config';

/** Bumped when the manifest's shape changes, so that gateways can read old and new towns. */
export const MANIFEST_VERSION = 1;

export interface TownManifest {
  manifestVersion: number;
  town: CoreConfig['town'];
  locales: string[];
  defaultLocale: string | null;
  /** Strapi's major version only ("5"): the exact one would tell attackers which flaws apply. */
  strapiVersion: string;
  core: { packageName: string; version: string };
  plugins: InstalledPluginManifest[];
  /** The channels and members whose entries the town's listings may include: the admin panel's, else the configuration's. */
  subscriptions: string[];
}

/** The town's capability manifest: who it is, what it publishes, from which model version. */
export async function buildTownManifest(strapi: Core.Strapi, core: { packageName: string; version: string }): Promise<TownManifest> {
  const config = strapi.config.get('plugin::communes-core') as CoreConfig;
  const i18n = strapi.plugin('i18n')?.service('locales');
  const codes = i18n ? ((await i18n.find()) as { code: string }[]).map((l) => l.code) : [];
  const defaultLocale = i18n ? ((await i18n.getDefaultLocale()) as string | null) : null;
  const plugins = Object.keys(strapi.plugins)
    .sort()
    .flatMap((name) => {
      const service = strapi.plugin(name).service(MANIFEST_SERVICE) as { get(): InstalledPluginManifest } | undefined;
      return service ? [service.get()] : [];
    });
  return {
    manifestVersion: MANIFEST_VERSION,
    town: config.town,
    locales: [...codes].sort((a, b) => (a === defaultLocale ? -1 : b === defaultLocale ? 1 : a < b ? -1 : 1)),
    defaultLocale,
    strapiVersion: String(strapi.config.get('info.strapi') ?? '').split('.')[0] ?? '',
    core,
    plugins,
    subscriptions: await subscriptionsInForce(strapi),
  };
}
