import type { Core } from '@strapi/strapi';
import { COMMUNES_CUSTOM_FIELDS } from './communes-custom-fields';

/**
 * Registers the Communes inputs under this plugin's own name, so that a town that installs
 * only some plugins still has every field their schemas use. Must run in the plugin's
 * `register` phase: Strapi swaps each `customField` attribute for its stored type right after.
 */
export function registerCustomFields(strapi: Core.Strapi, pluginName: string): void {
  strapi.customFields.register(Object.entries(COMMUNES_CUSTOM_FIELDS).map(([name, type]) => ({ name, plugin: pluginName, type })));
}
