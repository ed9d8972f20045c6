import { toLocaleFreeId } from '../../towns/node-id';
import { toIcalUtc } from './ical-dates';
import type { CalendarEvent } from './calendar-nodes';
import { escapeText, paramValue } from './ical-text';
import { icalProperty } from './ical-property';
import { toAllDayEnd, toIcalTime, toInstant } from './to-ical-time';
import { toLocationText } from './to-location-text';
import { toExdates } from './to-exdates';
import { toRrule } from './to-rrule';
import { icalUrlLine, veventTail } from './vevent-tail';

/** schema.org EventStatus → iCalendar STATUS: a postponed event has no date to rely on. */
const STATUS: Record<string, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  movedOnline: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** One event as a VEVENT, or null when it has no usable start. `now` stands in for DTSTAMP when the event has no update time. */
export function eventToVevent(event: CalendarEvent, now: Date): string[] | null {
  const start = toInstant(event.start);
  if (!start) return null;
  const allDay = event.allDay === true;
  const end = toInstant(event.end);
  const lines = [
    'BEGIN:VEVENT',
    // One event in every language: its UID names the entry, not the version (see toLocaleFreeId).
    icalProperty('UID', escapeText(toLocaleFreeId(event.id))),
    `DTSTAMP:${toIcalUtc(toInstant(event.updatedAt) ?? now)}`,
    toIcalTime('DTSTART', start, allDay),
  ];
  if (allDay) lines.push(toAllDayEnd(start, end));
  else if (end && end > start) lines.push(toIcalTime('DTEND', end, false));
  const rrule = toRrule(event.recurrenceRule, allDay);
  if (rrule) {
    lines.push(icalProperty('RRULE', rrule));
    lines.push(...toExdates(event.recurrenceExceptions, start, allDay, rrule));
  }
  lines.push(icalProperty('SUMMARY', escapeText(event.name ?? '')));
  if (event.summary) lines.push(icalProperty('DESCRIPTION', escapeText(event.summary)));
  const location = toLocationText(event);
  if (location) lines.push(icalProperty('LOCATION', escapeText(location)));
  if (event.geo) lines.push(`GEO:${event.geo.latitude.toFixed(6)};${event.geo.longitude.toFixed(6)}`);
  const url = event.registrationUrl ?? event.onlineUrl;
  lines.push(...icalUrlLine(url));
  if (event.categories.length) lines.push(icalProperty('CATEGORIES', event.categories.map(escapeText).join(',')));
  if (event.organizer?.email && /^[^\s@:;,"]+@[^\s@:;,"]+$/.test(event.organizer.email)) {
    lines.push(
      icalProperty(`ORGANIZER${event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : ''}`, `mailto:${event.organizer.email}`),
    );
  }
  lines.push(...veventTail(STATUS[event.eventStatus ?? 'scheduled'] ?? 'CONFIRMED', event));
  return lines;
}
