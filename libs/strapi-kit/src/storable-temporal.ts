import { isIsoDateTime, isIsoTime } from '@communes/domain';

/** Strapi's own time format (HH:mm:ss.SSS, milliseconds optional): its time columns take no other. */
const STRAPI_TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/;
/** 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z: PostgreSQL has no year zero. */
const FIRST_INSTANT = -62_135_596_800_000;
const LAST_INSTANT = 253_402_300_799_999;

/*
 * What a town's database stores of the model's calendar values (`@communes/domain` checks
 * they are real: no 2026-02-30); beyond these, the database answers with an error (a 500).
 * A calendar day needs nothing more: the domain's `isIsoDate` is the whole check.
 */

/** An instant the databases can store: real, with its zone, in years 1 to 9999 once in UTC. */
export function isStorableDateTime(value: string): boolean {
  if (!isIsoDateTime(value)) return false;
  // The fields are now valid, so Date.parse is exact; the zone may still push it out of range.
  const time = Date.parse(value);
  return time >= FIRST_INSTANT && time <= LAST_INSTANT;
}

/** A time of day as Strapi stores it: `HH:mm:ss`, milliseconds optional. */
export const isStorableTime = (value: string): boolean => STRAPI_TIME.test(value) && isIsoTime(value);
