import { checkRecurrenceRule, type RECURRENCE_FREQUENCIES } from '../checks/check-recurrence-rule';

export type Frequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** A weekday of BYDAY: 0 is Monday; `n` its position in the month or year (0: every one). */
export interface RuleWeekday {
  n: number;
  weekday: number;
}

/** An RFC 5545 RRULE, read: the parts it has, checked against the ranges the RFC gives them. */
export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count?: number;
  /** As written: a date ("20260630"), a wall-clock time ("20260630T180000") or an instant ("...Z"). */
  until?: { year: number; month: number; day: number; hour: number; minute: number; second: number; utc: boolean; dateOnly: boolean };
  bySecond?: number[];
  byMinute?: number[];
  byHour?: number[];
  byDay?: RuleWeekday[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  /** The day weeks start on (0: Monday, the RFC's default). */
  wkst: number;
}

/** A rule the expander cannot read: the checker's refusal, or a value outside the RFC's ranges. */
export class InvalidRecurrenceRule extends Error {
  override readonly name = 'InvalidRecurrenceRule';
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The RFC's range of each numeric list: [min, max, signed] (a signed value is never 0). */
const RANGES: Record<string, [number, number, boolean]> = {
  BYSECOND: [0, 60, false],
  BYMINUTE: [0, 59, false],
  BYHOUR: [0, 23, false],
  BYMONTHDAY: [1, 31, true],
  BYYEARDAY: [1, 366, true],
  BYWEEKNO: [1, 53, true],
  BYMONTH: [1, 12, false],
  BYSETPOS: [1, 366, true],
};

function numbers(name: string, text: string): number[] {
  const [min, max, signed] = RANGES[name]!;
  const values = text.split(',').map(Number);
  for (const value of values) {
    const size = signed ? Math.abs(value) : value;
    if (!Number.isInteger(value) || size < min || size > max || (!signed && value < 0))
      throw new InvalidRecurrenceRule(`${name}=${text}: each value from ${signed ? `±${min}` : min} to ${signed ? `±${max}` : max}.`);
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * Reads an RRULE as `checkRecurrenceRule` accepts it (any case, an optional `RRULE:` prefix),
 * and refuses what the RFC rules out beyond its shape: values out of range (BYHOUR=25), an
 * INTERVAL of 0, BYWEEKNO outside YEARLY, BYYEARDAY in DAILY, WEEKLY or MONTHLY, BYMONTHDAY in
 * WEEKLY, a numbered BYDAY outside MONTHLY and YEARLY (or with BYWEEKNO).
 */
export function parseRecurrenceRule(text: string): RecurrenceRule {
  const problems = checkRecurrenceRule(text, []);
  if (problems.length) throw new InvalidRecurrenceRule(`Not a recurrence rule the model accepts (${problems[0]!.code}).`);
  const parts = new Map(
    text
      .trim()
      .replace(/^RRULE:/i, '')
      .toUpperCase()
      .split(';')
      .map((part) => part.split('=') as [string, string]),
  );
  const freq = parts.get('FREQ') as Frequency;
  const rule: RecurrenceRule = {
    freq,
    interval: Number(parts.get('INTERVAL') ?? 1),
    wkst: WEEKDAYS.indexOf((parts.get('WKST') ?? 'MO') as 'MO'),
  };
  if (rule.interval < 1) throw new InvalidRecurrenceRule('INTERVAL is at least 1.');
  if (parts.has('COUNT')) rule.count = Number(parts.get('COUNT'));
  const until = parts.get('UNTIL');
  if (until) {
    const n = (from: number, to: number) => Number(until.slice(from, to));
    rule.until = {
      year: n(0, 4),
      month: n(4, 6),
      day: n(6, 8),
      hour: until.length > 8 ? n(9, 11) : 23,
      minute: until.length > 8 ? n(11, 13) : 59,
      second: until.length > 8 ? n(13, 15) : 59,
      utc: until.endsWith('Z'),
      dateOnly: until.length === 8,
    };
    const u = rule.until;
    const check = new Date(Date.UTC(u.year, u.month - 1, u.day, u.hour, u.minute, u.second));
    if (check.getUTCMonth() !== u.month - 1 || check.getUTCDate() !== u.day || u.hour > 23 || u.minute > 59 || u.second > 59)
      throw new InvalidRecurrenceRule(`UNTIL=${until} is not a real date and time.`);
  }
  for (const [part, key] of [
    ['BYSECOND', 'bySecond'],
    ['BYMINUTE', 'byMinute'],
    ['BYHOUR', 'byHour'],
    ['BYMONTHDAY', 'byMonthDay'],
    ['BYYEARDAY', 'byYearDay'],
    ['BYWEEKNO', 'byWeekNo'],
    ['BYMONTH', 'byMonth'],
    ['BYSETPOS', 'bySetPos'],
  ] as const) {
    const value = parts.get(part);
    if (value !== undefined) rule[key] = numbers(part, value);
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    rule.byDay = byDay.split(',').map((item) => {
      const n = item.length > 2 ? Number(item.slice(0, -2)) : 0;
      if (!Number.isInteger(n) || Math.abs(n) > 53 || (item.length > 2 && n === 0))
        throw new InvalidRecurrenceRule(`BYDAY=${byDay}: a position from ±1 to ±53.`);
      return { n, weekday: WEEKDAYS.indexOf(item.slice(-2) as 'MO') };
    });
    const numbered = rule.byDay.some((d) => d.n !== 0);
    if (numbered && (!['MONTHLY', 'YEARLY'].includes(freq) || rule.byWeekNo))
      throw new InvalidRecurrenceRule('BYDAY with a position (e.g. 2SA) goes with FREQ=MONTHLY or YEARLY, without BYWEEKNO.');
  }
  if (rule.byWeekNo && freq !== 'YEARLY') throw new InvalidRecurrenceRule('BYWEEKNO goes with FREQ=YEARLY only.');
  if (rule.byYearDay && ['DAILY', 'WEEKLY', 'MONTHLY'].includes(freq))
    throw new InvalidRecurrenceRule('BYYEARDAY does not go with FREQ=DAILY, WEEKLY or MONTHLY.');
  if (rule.byMonthDay && freq === 'WEEKLY') throw new InvalidRecurrenceRule('BYMONTHDAY does not go with FREQ=WEEKLY.');
  return rule;
}
