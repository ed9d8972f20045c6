/** `config/plugins.js` → `'communes-core': { config: {...} }`. */
export interface CoreConfig {
  town: {
    /** Short lowercase code, unique in a region, e.g. "seneffe". */
    code: string;
    name: string;
  };
  /**
   * The locales the town publishes in, default first. Empty leaves Strapi's i18n locales as
   * they are.
   */
  locales: string[];
}

export const defaultCoreConfig: CoreConfig = { town: { code: 'town', name: 'Town' }, locales: [] };

const TOWN_CODE = /^[a-z][a-z0-9-]{1,62}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export function validateCoreConfig(config: unknown): void {
  const { town, locales } = (config ?? {}) as Partial<CoreConfig>;
  if (!town || typeof town.code !== 'string' || !TOWN_CODE.test(town.code)) {
    throw new Error(`town.code must be a lowercase code such as "seneffe", got ${JSON.stringify(town?.code)}.`);
  }
  if (typeof town.name !== 'string' || town.name.trim() === '') throw new Error('town.name must be the town\'s name.');
  if (!Array.isArray(locales) || locales.some((l) => typeof l !== 'string' || !LOCALE.test(l))) {
    throw new Error(`locales must be a list of locale codes such as ["de", "fr"], got ${JSON.stringify(locales)}.`);
  }
  if (new Set(locales).size !== locales.length) throw new Error(`locales lists a locale twice: ${JSON.stringify(locales)}.`);
}
