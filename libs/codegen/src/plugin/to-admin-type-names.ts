import { editorTypeName, LOCALES, type Model } from '@communes/domain';

/**
 * An admin-panel module for a town's `src/admin/app`: each type's name in each admin language,
 * keyed by the English name its Strapi schema carries. Strapi's Content Manager translates a
 * type's name with it, and sorts its menu by the key, so types stay grouped by domain.
 */
export function toAdminTypeNames(model: Model): string {
  const names = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      Object.fromEntries(model.contentTypes.map((type) => [editorTypeName(type, 'en'), editorTypeName(type, locale)])),
    ]),
  );
  return [
    '// Generated from libs/domain by `npm run generate`: do not edit.',
    "/** Each Communes type's name per admin language, keyed by its name in Strapi's schema. */",
    `export default ${JSON.stringify(names, null, 2)};`,
    '',
  ].join('\n');
}
