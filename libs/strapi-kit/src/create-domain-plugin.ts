import { loadContentTypes, type PluginContentType } from './load-content-types';

export interface DomainPluginOptions {
  /** The folder of generated schemas, `<plugin>/server/content-types`. */
  contentTypesDir: string;
}

/** The parts of a Strapi 5 plugin server entry that a Communes domain plugin provides. */
export interface DomainPlugin {
  contentTypes: Record<string, PluginContentType>;
  register(): void;
  bootstrap(): void;
  destroy(): void;
}

/** Builds a domain plugin's server entry from its generated content-type schemas. */
export function createDomainPlugin({ contentTypesDir }: DomainPluginOptions): DomainPlugin {
  return {
    contentTypes: loadContentTypes(contentTypesDir),
    register() {},
    bootstrap() {},
    destroy() {},
  };
}
