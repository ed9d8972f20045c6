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
export { applyContentManagerSettings } from './apply-content-manager-settings';
export { createClosedSessionGuard } from './closed-session/create-closed-session-guard';
export { guardClosedSessionQuery } from './closed-session/guard-closed-session-query';
export { withholdClosedFields } from './closed-session/withhold-closed-fields';
export { ClosedSessionErrorCode, ClosedSessionProblem } from './closed-session/closed-session-problem';
export { createCorePlugin } from './core/create-core-plugin';
export { buildTownManifest, MANIFEST_VERSION, type TownManifest } from './core/build-town-manifest';
export { defaultCoreConfig, validateCoreConfig, type CoreConfig } from './core/core-config';
