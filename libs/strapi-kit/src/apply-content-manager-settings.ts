import type { ContentManagerSettings } from '@communes/codegen';
import type { Core } from '@strapi/strapi';

type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown };
}

/** What was written for one type, kept so that a later version can tell the town's own changes. */
interface Applied {
  version: string;
  locale: string;
  settings: { mainField: string; defaultSortBy: string; defaultSortOrder: string };
  listFields: string[];
  /** Per attribute, per metadata key ("edit.label", "list.label", "edit.editable", ...). */
  metadatas: Record<string, Record<string, unknown>>;
}

/** The locales codegen writes labels in; anything else falls back to English. */
const LABEL_LOCALES = ['fr', 'nl', 'de', 'en'] as const;
type LabelLocale = (typeof LABEL_LOCALES)[number];

/**
 * The town's main language: the first of the core plugin's locales (TOWN_LOCALES), the one it
 * makes i18n's default locale. Read from the configuration, since plugins bootstrap in any order.
 */
export function townMainLocale(strapi: Core.Strapi): LabelLocale {
  const locales = (strapi.config.get('plugin::communes-core') as { locales?: unknown } | undefined)?.locales;
  const first = Array.isArray(locales) ? String(locales[0] ?? '').slice(0, 2) : '';
  return (LABEL_LOCALES as readonly string[]).includes(first) ? (first as LabelLocale) : 'en';
}

/** Version 1 of this function wrote humanized English names and stored `true`. */
const humanize = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const wantedMetadatas = (wanted: ContentManagerSettings, locale: LabelLocale): Applied['metadatas'] => {
  const metadatas: Applied['metadatas'] = {};
  for (const [field, { label, description }] of Object.entries(wanted.labels[locale] ?? wanted.labels.en)) {
    metadatas[field] = { 'edit.label': label, 'edit.description': description ?? '', 'list.label': label };
  }
  for (const field of wanted.readOnly) metadatas[field] = { ...metadatas[field], 'edit.editable': false };
  for (const [field, mainField] of Object.entries(wanted.relationMainFields)) {
    metadatas[field] = { ...metadatas[field], 'edit.mainField': mainField };
  }
  return metadatas;
};

const read = (metadata: Metadata, key: string): unknown => {
  const [part, name] = key.split('.') as ['edit' | 'list', string];
  const value = metadata[part]?.[name];
  // Strapi stores a relation's main field as { name, type } in some versions, a string in others.
  return value && typeof value === 'object' && 'name' in value ? (value as { name: unknown }).name : value;
};

const write = (metadata: Metadata, key: string, value: unknown): Metadata => {
  const [part, name] = key.split('.') as ['edit' | 'list', string];
  return { ...metadata, [part]: { ...metadata[part], [name]: value } };
};

const sameList = (a: unknown, b: readonly string[]) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Gives editors labels and help texts in the town's main language, a naming field, the
 * model's default order and list columns in the Content Manager, and makes the inverse side
 * of relations read-only. The configuration stays the town's to change in the admin panel: a
 * restart never undoes a change, and a new version of the settings (new words in the model)
 * only replaces what still holds what the previous version wrote. A town configured by version
 * 1 (stored `true`) gets the new labels where it still has the English names that version wrote.
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
  const locale = townMainLocale(strapi);
  for (const [name, wanted] of Object.entries(settingsByType)) {
    const uid = `plugin::${pluginName}.${name}`;
    const key = `content-manager-configured:${name}`;
    const contentType = strapi.contentType(uid as never);
    if (!contentType) continue;
    const stored = (await store.get({ key })) as Applied | true | null | undefined;
    if (stored && stored !== true && stored.version === wanted.version && stored.locale === locale) continue;
    const previous = stored && stored !== true ? stored : undefined;
    const legacy = stored === true;
    // Nothing stored: Strapi's defaults, which are ours to replace.
    const untouched = (current: unknown, before: unknown) => !stored || legacy || current === before || current === undefined;

    const current = (await service.findConfiguration(contentType)) as Configuration;
    const next: Applied = {
      version: wanted.version,
      locale,
      settings: { mainField: wanted.mainField, defaultSortBy: wanted.defaultSortBy, defaultSortOrder: wanted.defaultSortOrder },
      listFields: wanted.listFields.filter((field) => field in current.metadatas),
      metadatas: wantedMetadatas(wanted, locale),
    };

    const settings = { ...current.settings };
    for (const [setting, value] of Object.entries(next.settings)) {
      if (untouched(settings[setting], previous?.settings[setting as keyof Applied['settings']])) settings[setting] = value;
    }
    const metadatas = { ...current.metadatas };
    for (const [field, values] of Object.entries(next.metadatas)) {
      let metadata = metadatas[field];
      if (!metadata) continue;
      for (const [metadataKey, value] of Object.entries(values)) {
        const now = read(metadata, metadataKey);
        const before = legacy
          ? metadataKey.endsWith('.label')
            ? humanize(field)
            : now
          : (previous?.metadatas[field]?.[metadataKey] ?? (metadataKey === 'edit.description' ? '' : undefined));
        if (!stored || now === before || now === undefined || (legacy && !metadataKey.endsWith('.label'))) {
          metadata = write(metadata, metadataKey, value);
        }
      }
      metadatas[field] = metadata;
    }
    const list = !stored || legacy || sameList(current.layouts.list, previous?.listFields ?? []) ? next.listFields : current.layouts.list;

    await service.updateConfiguration(contentType, { settings, metadatas, layouts: { ...current.layouts, list } });
    await store.set({ key, value: next });
  }
}
