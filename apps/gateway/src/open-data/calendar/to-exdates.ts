import { toBrusselsParts } from '@communes/domain';
import { toIcalDate, toIcalLocalDateTime } from './ical-dates';
import { toInstant } from './to-ical-time';

/**
 * The event's exceptions as EXDATE lines, in DTSTART's value type. Towns store instants, often
 * computed as "start plus n days", which lands an hour off once summer time begins or ends;
 * for a rule that repeats by days or longer, an exception means that day's occurrence, so it
 * takes DTSTART's wall-clock time.
 */
export function toExdates(exceptions: unknown, start: Date, allDay: boolean, rrule: string): string[] {
  const instants = (Array.isArray(exceptions) ? exceptions : []).map(toInstant).filter((d): d is Date => d !== null);
  const byDays = /(^|;)FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;|$)/.test(rrule);
  const startTime = toBrusselsParts(start);
  return instants.map((instant) => {
    const local = toBrusselsParts(instant);
    if (allDay) return `EXDATE;VALUE=DATE:${toIcalDate(local)}`;
    const time = byDays ? { ...local, hour: startTime.hour, minute: startTime.minute, second: startTime.second } : local;
    return `EXDATE;TZID=Europe/Brussels:${toIcalLocalDateTime(time)}`;
  });
}
