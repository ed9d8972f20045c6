/*
 * The ISO 8601 forms a town accepts in filters, checked field by field: V8's Date.parse
 * takes "2026-02-30" for March 2nd, and the databases answer an impossible or out-of-range
 * date with an error (a 500), so a well-shaped string is not enough.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** Strapi's own time format (HH:mm:ss.SSS, milliseconds optional). */
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?$/;
/** 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z: PostgreSQL has no year zero. */
const FIRST_INSTANT = -62_135_596_800_000;
const LAST_INSTANT = 253_402_300_799_999;

const daysIn = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** A calendar day that exists, `YYYY-MM-DD`, year 1 to 9999. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** An instant: a real day, a real time of day and a zone (`Z` or `+01:00`), seconds optional. */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match || !isIsoDate(match[1]!)) return false;
  const [hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = match.slice(2);
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59 || Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return false;
  // The fields are now valid, so Date.parse is exact; the zone may still push it out of range.
  const time = Date.parse(value);
  return time >= FIRST_INSTANT && time <= LAST_INSTANT;
}

/** A time of day as Strapi stores it: `HH:mm:ss`, milliseconds optional. */
export function isIsoTime(value: string): boolean {
  const match = TIME.exec(value);
  return match !== null && Number(match[1]) <= 23 && Number(match[2]) <= 59 && Number(match[3]) <= 59;
}
