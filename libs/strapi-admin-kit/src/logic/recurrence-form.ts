/**
 * An event's repetition as plain choices, and the RFC 5545 RRULE written from them (the
 * stored value, read by the gateway's calendar export). Rules the choices cannot say (yearly,
 * hourly, several month days, ...) are reported as such, so that the editor keeps them
 * unless they choose to replace them.
 */
export const WEEK_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export type Frequency = 'none' | 'DAILY' | 'WEEKLY' | 'MONTHLY';
/** Monthly: on the start's date, on a day number, or on the n-th (or last, -1) weekday. */
export type MonthlyMode = 'sameDay' | 'dayOfMonth' | 'weekdayOfMonth';
export type RecurrenceEnd = 'never' | 'until' | 'count';

export interface RecurrenceForm {
  frequency: Frequency;
  /** Every n days, weeks or months. */
  interval: number;
  /** Weekly: the days (none: the start's weekday). */
  weekDays: WeekDay[];
  monthlyMode: MonthlyMode;
  monthDay: number;
  /** 1 to 4, or -1 for the last. */
  ordinal: number;
  ordinalDay: WeekDay;
  end: RecurrenceEnd;
  /** The last day, `YYYY-MM-DD`. */
  until: string;
  count: number;
}

export const EMPTY_RECURRENCE: RecurrenceForm = {
  frequency: 'none',
  interval: 1,
  weekDays: [],
  monthlyMode: 'sameDay',
  monthDay: 1,
  ordinal: 1,
  ordinalDay: 'MO',
  end: 'never',
  until: '',
  count: 10,
};

export interface ParsedRecurrence {
  form: RecurrenceForm;
  /** False when the stored rule says more than the form can (it is then kept as it is). */
  supported: boolean;
}

const isWeekDay = (value: string): value is WeekDay => (WEEK_DAYS as readonly string[]).includes(value);
const positive = (value: string | undefined) => (value !== undefined && /^\d{1,4}$/.test(value) ? Number(value) : undefined);

/** Reads a stored rule (any case, with or without `RRULE:`) into the form. */
export function parseRecurrence(rule: unknown): ParsedRecurrence {
  if (typeof rule !== 'string' || rule.trim() === '') return { form: EMPTY_RECURRENCE, supported: true };
  const parts = new Map<string, string>();
  for (const part of rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase()
    .split(';')) {
    const [name = '', value = ''] = part.split('=');
    parts.set(name, value);
  }
  const form: RecurrenceForm = { ...EMPTY_RECURRENCE, weekDays: [] };
  const unsupported = { form, supported: false };
  const frequency = parts.get('FREQ');
  if (frequency !== 'DAILY' && frequency !== 'WEEKLY' && frequency !== 'MONTHLY') return unsupported;
  form.frequency = frequency;
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST']);
  if ([...parts.keys()].some((name) => !known.has(name))) return unsupported;

  const interval = parts.get('INTERVAL');
  if (interval !== undefined) {
    const n = positive(interval);
    if (!n) return unsupported;
    form.interval = n;
  }
  const byDay = parts.get('BYDAY');
  const byMonthDay = parts.get('BYMONTHDAY');
  if (frequency === 'DAILY' && (byDay !== undefined || byMonthDay !== undefined)) return unsupported;
  if (frequency === 'WEEKLY') {
    if (byMonthDay !== undefined) return unsupported;
    const days = byDay === undefined ? [] : byDay.split(',');
    if (!days.every(isWeekDay)) return unsupported;
    form.weekDays = WEEK_DAYS.filter((d) => days.includes(d));
  }
  if (frequency === 'MONTHLY') {
    if (byDay !== undefined && byMonthDay !== undefined) return unsupported;
    if (byMonthDay !== undefined) {
      const day = positive(byMonthDay);
      if (!day || day > 31) return unsupported;
      form.monthlyMode = 'dayOfMonth';
      form.monthDay = day;
    } else if (byDay !== undefined) {
      const match = /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
      const ordinal = Number(match?.[1]);
      if (!match || !(ordinal === -1 || (ordinal >= 1 && ordinal <= 4))) return unsupported;
      form.monthlyMode = 'weekdayOfMonth';
      form.ordinal = ordinal;
      form.ordinalDay = match[2] as WeekDay;
    }
  }
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until !== undefined && count !== undefined) return unsupported;
  if (until !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})(T\d{6}Z?)?$/.exec(until);
    if (!match) return unsupported;
    form.end = 'until';
    form.until = `${match[1]}-${match[2]}-${match[3]}`;
  }
  if (count !== undefined) {
    const n = positive(count);
    if (!n) return unsupported;
    form.end = 'count';
    form.count = n;
  }
  return { form, supported: true };
}

/** The RRULE for the choices, or null for an event that does not repeat. */
export function buildRecurrence(form: RecurrenceForm): string | null {
  if (form.frequency === 'none') return null;
  const parts = [`FREQ=${form.frequency}`];
  if (Number.isInteger(form.interval) && form.interval > 1) parts.push(`INTERVAL=${form.interval}`);
  if (form.frequency === 'WEEKLY' && form.weekDays.length)
    parts.push(`BYDAY=${WEEK_DAYS.filter((d) => form.weekDays.includes(d)).join(',')}`);
  if (form.frequency === 'MONTHLY' && form.monthlyMode === 'dayOfMonth') parts.push(`BYMONTHDAY=${form.monthDay}`);
  if (form.frequency === 'MONTHLY' && form.monthlyMode === 'weekdayOfMonth') parts.push(`BYDAY=${form.ordinal}${form.ordinalDay}`);
  if (form.end === 'until' && /^\d{4}-\d{2}-\d{2}$/.test(form.until)) parts.push(`UNTIL=${form.until.replaceAll('-', '')}`);
  if (form.end === 'count' && Number.isInteger(form.count) && form.count > 0) parts.push(`COUNT=${form.count}`);
  return parts.join(';');
}
