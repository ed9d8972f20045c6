import type { ContentManagerSettings } from '@communes/codegen';
import type { Core } from '@strapi/strapi';

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: unknown };
}

/**
 * Gives editors readable labels, a naming field and the model's default order in the
 * Content Manager, once per content type: after that the configuration is the town's to
 * change in the admin panel, and a restart never undoes it.
 */
export async function applyContentManagerSettings(
  strapi: Core.Strapi,
  pluginName: string,
  settingsByType: Record<string, ContentManagerSettings>,
): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return;
  const store = strapi.store({ type: 'plugin', name: pluginName });
  const service = contentManager.service('content-types');
  for (const [name, wanted] of Object.entries(settingsByType)) {
    const uid = `plugin::${pluginName}.${name}`;
    const key = `content-manager-configured:${name}`;
    const contentType = strapi.contentType(uid as never);
    if (!contentType || (await store.get({ key }))) continue;
    const current = (await service.findConfiguration(contentType)) as Configuration;
    const metadatas = { ...current.metadatas };
    for (const [field, { label, description }] of Object.entries(wanted.labels)) {
      const metadata = metadatas[field];
      if (!metadata) continue;
      metadatas[field] = {
        ...metadata,
        edit: { ...metadata.edit, label, ...(description ? { description } : {}) },
        list: { ...metadata.list, label },
      };
    }
    await service.updateConfiguration(contentType, {
      settings: {
        ...current.settings,
        mainField: wanted.mainField,
        defaultSortBy: wanted.defaultSortBy,
        defaultSortOrder: wanted.defaultSortOrder,
      },
      metadatas,
      layouts: { ...current.layouts, list: wanted.listFields.filter((field) => field in metadatas) },
    });
    await store.set({ key, value: true });
  }
}
