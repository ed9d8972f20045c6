import type { Core } from '@strapi/strapi';

/**
 * Each language by its own name, as language pickers write them: an editor of any of the
 * town's languages recognizes it in the admin's locale menu and "available in" column.
 */
export const LOCALE_NAMES: Readonly<Record<string, string>> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };

interface Locale {
  id: number;
  code: string;
  name?: string;
}

/** The names Strapi (and earlier versions of this plugin) gave: renamed, a town's own name kept. */
const ENGLISH_DEFAULT = /^(French|Dutch|German|English) \((fr|nl|de|en)\)$/;

/**
 * Makes Strapi's i18n locales the town's: each configured locale exists, the first is the
 * default, and a locale the town does not publish in is removed, but only while no entry
 * uses it (i18n creates "en" on a fresh database; deleting a locale deletes its content).
 */
export async function syncLocales(strapi: Core.Strapi, wanted: readonly string[]): Promise<void> {
  const i18n = strapi.plugin('i18n');
  if (!i18n || wanted.length === 0) return;
  const locales = i18n.service('locales');
  const existing = (await locales.find()) as Locale[];
  for (const code of wanted) {
    const found = existing.find((l) => l.code === code);
    if (!found) await locales.create({ code, name: LOCALE_NAMES[code] ?? code });
    else if (LOCALE_NAMES[code] && ENGLISH_DEFAULT.test(found.name ?? ''))
      await locales.update({ id: found.id }, { name: LOCALE_NAMES[code] });
  }
  await locales.setDefaultLocale({ code: wanted[0] });

  const localizedUids = Object.values(strapi.contentTypes)
    .filter((ct) => (ct as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized)
    .map((ct) => ct.uid);
  for (const locale of existing.filter((l) => !wanted.includes(l.code))) {
    let used = 0;
    for (const uid of localizedUids) used += await strapi.db.query(uid).count({ where: { locale: locale.code } });
    if (used === 0) await locales.delete({ id: locale.id });
    else strapi.log.warn(`[communes-core] locale "${locale.code}" is not configured but ${used} entries use it: kept.`);
  }
}
