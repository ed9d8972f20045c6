import type { TownHarvestState, TownLocale } from '@communes/regional-index';
import { pickLocale } from '../towns/pick-locale';

/**
 * The locale each town is read in from the index, as a live read would pick it from the
 * town's manifest: the first of the client's chain the town publishes in, else its default.
 * The harvest keeps each town's locales; a town never harvested is missing.
 */
export function townLocales(
  /** Whether the kind read has locales: one that has none is read as '' in every town. */
  localized: boolean,
  towns: readonly string[],
  states: ReadonlyMap<string, TownHarvestState>,
  chain: readonly string[] | null | undefined,
): { read: TownLocale[]; missing: string[] } {
  const read: TownLocale[] = [];
  const missing: string[] = [];
  for (const town of towns) {
    const state = states.get(town);
    if (!state?.lastSuccess || !state.locales) {
      missing.push(town);
      continue;
    }
    const locale = localized ? pickLocale(chain, state.locales, state.defaultLocale) : '';
    if (locale === undefined) missing.push(town);
    else read.push({ town, locale });
  }
  return { read, missing };
}
