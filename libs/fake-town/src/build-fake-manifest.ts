import { toPluginManifest } from '@communes/codegen';
import { communesModel, DOMAINS, toPluginName, toPluginPackageName } from '@communes/domain';

/** The plugins' version the fake town claims; a real town gives its installed packages' versions. */
const PLUGIN_VERSION = '0.1.0';

export interface FakeManifestOptions {
  code: string;
  name: string;
  /** Default first. */
  locales: readonly string[];
  /** An older town: the kinds it serves, and per kind the fields its version lacks. */
  kinds?: readonly string[];
  missingFields?: Readonly<Record<string, readonly string[]>>;
  /** What the town subscribes to, served as given (a hostile town's too); none when unset. */
  subscriptions?: readonly unknown[];
}

/**
 * The capability manifest (`/api/communes-core/manifest`) as a real town's core plugin writes
 * it: who the town is, its locales (default first), Strapi's major version only, and each
 * installed domain plugin by name, with what codegen says of it.
 */
export function buildFakeManifest({ code, name, locales, kinds, missingFields = {}, subscriptions = [] }: FakeManifestOptions) {
  const plugins = [...DOMAINS]
    .sort((a, b) => (toPluginName(a) < toPluginName(b) ? -1 : 1))
    .map((domain) => {
      const plugin = toPluginManifest(communesModel, domain);
      const contentTypes = plugin.contentTypes
        .filter((ct) => !kinds || kinds.includes(ct.kind))
        .map((ct) => ({ ...ct, fields: ct.fields.filter((f) => !(missingFields[ct.kind] ?? []).includes(f)) }));
      return { ...plugin, contentTypes, packageName: toPluginPackageName(domain), version: PLUGIN_VERSION };
    })
    .filter((plugin) => plugin.contentTypes.length > 0);
  return {
    manifestVersion: 1,
    town: { code, name },
    locales: [...locales],
    defaultLocale: locales[0] ?? null,
    strapiVersion: '5',
    core: { packageName: '@communes/strapi-plugin-core', version: PLUGIN_VERSION },
    plugins,
    subscriptions: [...subscriptions],
  };
}
