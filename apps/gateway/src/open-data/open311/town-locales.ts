import type { RegisteredTown } from '../../registry/town-registry';
import { badParameter } from '../open-data-error';
import { singleParam } from './single-param';

/**
 * The locale fallback chain for a town's texts: `locale` (an extension of Open311, which has
 * none) first when given, then the town's own locales, default first.
 */
export function townLocales(town: RegisteredTown, params: URLSearchParams): string[] {
  const locale = singleParam(params, 'locale');
  if (locale === undefined) return town.locales;
  if (!town.locales.includes(locale))
    throw badParameter(`locale "${locale.slice(0, 20)}" is not one of ${town.name}'s locales (${town.locales.join(', ')}).`);
  return [locale, ...town.locales.filter((l) => l !== locale)];
}
