export { toStrapiSchema, type StrapiContentTypeSchema, type StrapiIndex } from './strapi/to-strapi-schema';
export type { StrapiAttribute } from './strapi/strapi-attribute';
export { CUSTOM_FIELD_STORAGE, storedTypeOf } from './strapi/stored-type';
export type { ValueFieldShape, ValueTypeShape, VocabularyOption } from './strapi/to-custom-field-options';
export { toGraphqlSdl } from './graphql/to-graphql-sdl';
export { FILTER_OPERATORS, FILTERED_SCALARS } from './graphql/scalar-filters';
export { toEntryTypes } from './typescript/to-entry-types';
export { toGraphqlTypes } from './typescript/to-graphql-types';
export {
  toGeneratedFiles,
  pluginContentTypesDir,
  ENTRY_TYPES_PATH,
  GATEWAY_SDL_PATH,
  GATEWAY_TYPES_PATH,
  type GeneratedFile,
  type PluginMigrations,
} from './generated-files';
export { findDrift, writeGeneratedFiles, type DriftReport } from './write-generated-files';
export { findWorkspaceRoot } from './workspace-root';
export { toModelFingerprint } from './plugin/model-fingerprint';
export { toPluginManifest, type PluginManifest } from './plugin/to-plugin-manifest';
export { toContentManagerSettings, type ContentManagerSettings } from './plugin/to-content-manager-settings';
export { toPluginReadme } from './plugin/to-plugin-readme';
