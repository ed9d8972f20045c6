export { createDomainPlugin, type DomainPlugin, type DomainPluginOptions } from './create-domain-plugin';
export { loadContentTypes, type PluginContentType } from './load-content-types';
