import { toLocaleFreeId } from '../../towns/node-id';
import { toIcalUtc } from './ical-dates';
import type { CalendarMeeting } from './calendar-nodes';
import { escapeText } from './ical-text';
import { icalProperty } from './ical-property';
import { toIcalTime, toInstant } from './to-ical-time';
import { toLocationText } from './to-location-text';
import { icalUrlLine, veventTail } from './vevent-tail';

/** One council meeting as a VEVENT, or null when it has no usable start. */
export function meetingToVevent(meeting: CalendarMeeting, now: Date): string[] | null {
  const start = toInstant(meeting.start);
  if (!start) return null;
  const end = toInstant(meeting.end);
  const lines = [
    'BEGIN:VEVENT',
    icalProperty('UID', escapeText(toLocaleFreeId(meeting.id))),
    `DTSTAMP:${toIcalUtc(toInstant(meeting.updatedAt) ?? now)}`,
    toIcalTime('DTSTART', start, false),
  ];
  if (end && end > start) lines.push(toIcalTime('DTEND', end, false));
  lines.push(icalProperty('SUMMARY', escapeText(meeting.name ?? '')));
  const organizations = meeting.organizations.map((o) => o.name).filter((n): n is string => Boolean(n));
  if (organizations.length) lines.push(icalProperty('DESCRIPTION', escapeText(organizations.join('\n'))));
  const location = toLocationText(meeting);
  if (location) lines.push(icalProperty('LOCATION', escapeText(location)));
  lines.push(...icalUrlLine(meeting.livestreamUrl));
  if (meeting.meetingType) lines.push(icalProperty('CATEGORIES', escapeText(meeting.meetingType)));
  lines.push(...veventTail(meeting.cancelled ? 'CANCELLED' : 'CONFIRMED', meeting));
  return lines;
}
