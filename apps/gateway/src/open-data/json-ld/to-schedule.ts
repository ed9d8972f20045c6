import type { Schedule } from 'schema-dts';
import { toRrule } from '../calendar/to-rrule';

const FREQUENCY: Record<string, string> = { DAILY: 'P1D', WEEKLY: 'P1W', MONTHLY: 'P1M', YEARLY: 'P1Y' };
const DAYS: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** An event's RRULE as a schema.org Schedule, for the rules Schedule can say (simple daily to yearly repeats). */
export function toSchedule(rule: string | null, startDate: string | undefined, allDay: boolean): Schedule | undefined {
  const rrule = toRrule(rule, allDay);
  if (!rrule) return undefined;
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const base = FREQUENCY[parts.get('FREQ') ?? ''];
  if (!base) return undefined;
  const interval = Number(parts.get('INTERVAL') ?? 1);
  const schedule: Schedule = {
    '@type': 'Schedule',
    repeatFrequency: base.replace('1', String(interval)),
    scheduleTimezone: 'Europe/Brussels',
  };
  if (startDate) schedule.startDate = startDate;
  if (parts.has('COUNT')) schedule.repeatCount = Number(parts.get('COUNT'));
  const byDay = parts
    .get('BYDAY')
    ?.split(',')
    .map((d) => DAYS[d])
    .filter((d): d is string => Boolean(d));
  if (byDay?.length) schedule.byDay = byDay.map((d) => `https://schema.org/${d}` as const) as Schedule['byDay'];
  return schedule;
}
