/**
 * The model's `date`, `dateTime` and `time` values: real calendar values, not only their
 * shape. `Date.parse` accepts 2026-02-30 (as March 2), and a town's database refuses it with
 * an HTTP 500, so the shape alone would let a client make every town fail. Here once, for the
 * gateway (scalars, town answers) and the town (its query guard, which adds what its
 * database cannot store): dates `2026-03-14`, instants `2026-03-14T19:30:00.000Z` (any
 * offset), times `19:30:00.000`.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isDay(year: string, month: string, day: string): boolean {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

const isClock = (hours: string, minutes: string, seconds = '0') => Number(hours) <= 23 && Number(minutes) <= 59 && Number(seconds) <= 59;

/** A calendar day, e.g. 2026-03-14. */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  return !!match && isDay(match[1]!, match[2]!, match[3]!);
}

/** An instant with its offset, e.g. 2026-03-14T19:30:00.000Z or 2026-03-14T20:30+01:00. */
export function isIsoDateTime(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) return false;
  const [, year, month, day, hours, minutes, seconds, sign, offsetHours, offsetMinutes] = match;
  return isDay(year!, month!, day!) && isClock(hours!, minutes!, seconds) && (!sign || isClock(offsetHours!, offsetMinutes!));
}

/** A wall-clock time, e.g. 19:30 or 19:30:00.000. */
export function isIsoTime(value: unknown): value is string {
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  return !!match && isClock(match[1]!, match[2]!, match[3]);
}
