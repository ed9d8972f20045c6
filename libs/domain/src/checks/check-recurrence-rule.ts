import type { ValueProblem } from './value-problem';

const DAY = '(MO|TU|WE|TH|FR|SA|SU)';
const numbers = (digits: number, signed: boolean) =>
  new RegExp(`^${signed ? '[+-]?' : ''}\\d{1,${digits}}(,${signed ? '[+-]?' : ''}\\d{1,${digits}})*$`);

/** The frequencies RFC 5545 knows. */
export const RECURRENCE_FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/** Each part a stored recurrence rule may hold, and how its value is written. */
const PARTS: Record<string, RegExp> = {
  FREQ: /^[A-Z]+$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  COUNT: /^\d{1,4}$/,
  INTERVAL: /^\d{1,4}$/,
  BYSECOND: numbers(2, false),
  BYMINUTE: numbers(2, false),
  BYHOUR: numbers(2, false),
  BYDAY: new RegExp(`^([+-]?\\d{1,2})?${DAY}(,([+-]?\\d{1,2})?${DAY})*$`),
  BYMONTHDAY: numbers(2, true),
  BYYEARDAY: numbers(3, true),
  BYWEEKNO: numbers(2, true),
  BYMONTH: numbers(2, false),
  BYSETPOS: numbers(3, true),
  WKST: new RegExp(`^${DAY}$`),
};

/**
 * Checks an event's stored recurrence rule (RFC 5545 RRULE, as the gateway's calendar
 * export reads it: any case, an optional `RRULE:` prefix). Returns its problems, if any.
 */
export function checkRecurrenceRule(value: string, path: readonly (string | number)[]): ValueProblem[] {
  const text = value
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const seen = new Map<string, string>();
  for (const part of text.split(';')) {
    const [name = '', partValue, ...rest] = part.split('=');
    if (partValue === undefined || rest.length || !PARTS[name]?.test(partValue) || seen.has(name))
      return [{ path, code: 'recurrencePart', params: { part } }];
    seen.set(name, partValue);
  }
  const freq = seen.get('FREQ');
  if (!freq || !(RECURRENCE_FREQUENCIES as readonly string[]).includes(freq))
    return [{ path, code: 'recurrenceFrequency', params: { value: freq } }];
  if (seen.has('UNTIL') && seen.has('COUNT')) return [{ path, code: 'recurrenceCountAndUntil', params: {} }];
  return [];
}
