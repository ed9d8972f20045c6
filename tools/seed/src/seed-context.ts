import { BRUSSELS, fromBrusselsLocal } from '@communes/domain';
import { createRng, type Rng } from './prng';
import type { TownProfile } from './town-profiles';

/** The reference year of the seed: fixed, so that the same seed gives the same dates forever. */
export const SEED_YEAR = 2026;

export interface SeedContext {
  town: TownProfile;
  scale: number;
  /** A generator for entry `index` of `kind`: independent of every other entry. */
  rng(kind: string, index: number): Rng;
  /** How many entries of a kind a town-year has, times the scale (at least one). */
  count(perYear: number): number;
  /** A plausible address and geo point in the town. */
  address(rng: Rng): { streetAddress: string; postalCode: string; locality: string; geoLatitude: number; geoLongitude: number };
}

export function createSeedContext(town: TownProfile, scale: number): SeedContext {
  return {
    town,
    scale,
    rng: (kind, index) => createRng(town.code, kind, index),
    count: (perYear) => Math.max(1, Math.round(perYear * scale)),
    address(rng) {
      const locality = rng.pick(town.localities);
      return {
        streetAddress: `${rng.pick(town.streets)} ${rng.int(1, 180)}`,
        postalCode: locality.postalCode,
        locality: locality.name,
        geoLatitude: Number((town.center.latitude + (rng.next() - 0.5) * 0.06).toFixed(6)),
        geoLongitude: Number((town.center.longitude + (rng.next() - 0.5) * 0.09).toFixed(6)),
      };
    },
  };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "14 mars 2026", "14. März 2026": a date as a reader of the locale writes it. */
export function longDate(iso: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: BRUSSELS });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** An instant in Brussels local time, as ISO 8601 UTC: summer time from the last Sunday of March to the last of October, as the domain computes it. */
export const brusselsInstant = (year: number, month: number, day: number, hour: number, minute = 0): string =>
  fromBrusselsLocal(year, month, day, hour, minute).toISOString();

export const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** A calendar date `days` after an ISO date. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
