import { DOMAINS, type Domain, FIELD_RENAMES, type FieldRename, type Model } from '@communes/domain';
import { toGraphqlSdl } from './graphql/to-graphql-sdl';
import { toContentManagerSettings } from './plugin/to-content-manager-settings';
import { toPluginManifest } from './plugin/to-plugin-manifest';
import { toAdminTypeNames } from './plugin/to-admin-type-names';
import { toPluginReadme } from './plugin/to-plugin-readme';
import { toStrapiSchema } from './strapi/to-strapi-schema';
import { toEntryTypes } from './typescript/to-entry-types';
import { toGraphqlTypes } from './typescript/to-graphql-types';

export interface GeneratedFile {
  /** Relative to the workspace root, with forward slashes. */
  path: string;
  content: string;
}

/** Where a domain's plugin keeps its generated Strapi schemas. */
export const pluginContentTypesDir = (domain: Domain): string => `plugins/${domain}/server/content-types`;
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
export const ENTRY_TYPES_PATH = 'libs/domain/src/generated/entries.ts';
export const GATEWAY_SDL_PATH = 'apps/gateway/src/schema/generated/domain.graphql';
export const GATEWAY_TYPES_PATH = 'apps/gateway/src/schema/generated/graphql-types.ts';
export const ADMIN_TYPE_NAMES_PATH = 'apps/town/src/admin/generated/type-names.mjs';

/** The migrations a domain's plugin ships (`server/migrations.json`): the renames of its content types' fields, oldest first. */
export interface PluginMigrations {
  renames: FieldRename[];
}

/**
 * Every file generated from the model and the renames it ships, in a stable order: pure, so
 * the drift test can call it.
 */
export function toGeneratedFiles(model: Model, renames: readonly FieldRename[] = FIELD_RENAMES): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const domain of DOMAINS) {
    for (const type of model.contentTypes.filter((t) => t.domain === domain)) {
      files.push({
        path: `${pluginContentTypesDir(domain)}/${type.names.singular}/schema.json`,
        content: json(toStrapiSchema(type, model)),
      });
    }
    files.push({ path: `plugins/${domain}/server/manifest.json`, content: json(toPluginManifest(model, domain)) });
    files.push({ path: `plugins/${domain}/server/content-manager.json`, content: json(toContentManagerSettings(model, domain)) });
    const kinds = new Set(model.contentTypes.filter((t) => t.domain === domain).map((t) => t.names.singular));
    const migrations: PluginMigrations = { renames: renames.filter((r) => kinds.has(r.kind)) };
    files.push({ path: `plugins/${domain}/server/migrations.json`, content: json(migrations) });
    files.push({ path: `plugins/${domain}/README.md`, content: toPluginReadme(model, domain) });
  }
  files.push({ path: ENTRY_TYPES_PATH, content: toEntryTypes(model) });
  files.push({ path: GATEWAY_SDL_PATH, content: toGraphqlSdl(model) });
  files.push({ path: GATEWAY_TYPES_PATH, content: toGraphqlTypes(model) });
  files.push({ path: ADMIN_TYPE_NAMES_PATH, content: toAdminTypeNames(model) });
  return files;
}
