import { toBrusselsParts } from '@communes/domain';
import { nextDay, toIcalDate, toIcalLocalDateTime } from './ical-dates';

/** `DTSTART;TZID=Europe/Brussels:20260314T200000`, or `;VALUE=DATE:20260314` for a whole day. */
export function toIcalTime(name: string, instant: Date, allDay: boolean): string {
  const local = toBrusselsParts(instant);
  return allDay ? `${name};VALUE=DATE:${toIcalDate(local)}` : `${name};TZID=Europe/Brussels:${toIcalLocalDateTime(local)}`;
}

/** The exclusive end of an all-day event: the day after the Brussels date it ends on. */
export function toAllDayEnd(start: Date, end: Date | null): string {
  const last = toBrusselsParts(end && end > start ? end : start);
  return `DTEND;VALUE=DATE:${toIcalDate(nextDay(last))}`;
}

/** An ISO date-time, or null when the value is missing or not a date. */
export function toInstant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
