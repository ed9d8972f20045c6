export {
  createDomainPlugin,
  MANIFEST_SERVICE,
  type DomainPlugin,
  type DomainPluginOptions,
  type InstalledPluginManifest,
} from './create-domain-plugin';
export { loadContentTypes, type PluginContentType } from './load-content-types';
export { defaultDomainPluginConfig, validateDomainPluginConfig, type DomainPluginConfig } from './plugin-config';
export { grantPublicReadOnce } from './grant-public-read';
export { createQueryGuard, findQueryProblem, DEFAULT_MAX_PAGE_SIZE, type QueryProblem } from './query-guard';
export { applyContentManagerSettings, townMainLocale } from './apply-content-manager-settings';
export { EDITOR_ROLE_CODE, EDITOR_ROLE_NAME, ensureEditorRole } from './editor-role/ensure-editor-role';
export { editorPermissions, EDITOR_CONTENT_ACTIONS, EDITOR_MEDIA_ACTIONS } from './editor-role/editor-permissions';
export { createClosedSessionGuard } from './closed-session/create-closed-session-guard';
export { guardClosedSessionQuery } from './closed-session/guard-closed-session-query';
export { withholdClosedFields } from './closed-session/withhold-closed-fields';
export { ClosedSessionErrorCode, ClosedSessionProblem } from './closed-session/closed-session-problem';
export { createCorePlugin } from './core/create-core-plugin';
export { buildTownManifest, MANIFEST_VERSION, type TownManifest } from './core/build-town-manifest';
export { SHARING_ACTIONS } from './sharing-settings/sharing-permissions';
export type { SharingSettings } from './sharing-settings/sharing-settings';
export type { NetworkMember } from './network-members/parse-network-members';
export type { NetworkMembersAnswer } from './network-members/network-members-controller';
export { defaultCoreConfig, validateCoreConfig, type CoreConfig } from './core/core-config';
export { COMMUNES_CUSTOM_FIELDS, type CommunesCustomFieldName } from './custom-fields/communes-custom-fields';
