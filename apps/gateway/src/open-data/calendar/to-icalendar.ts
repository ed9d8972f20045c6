import { escapeText } from './ical-text';
import { icalProperty } from './ical-property';
import { VTIMEZONE_BRUSSELS } from './vtimezone-brussels';

/** A whole VCALENDAR: CRLF after every line, the last one included (RFC 5545 §3.1). */
export function toICalendar(options: { name: string; description?: string }, vevents: readonly (readonly string[])[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Communes//Gateway open data//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    icalProperty('X-WR-CALNAME', escapeText(options.name)),
    'X-WR-TIMEZONE:Europe/Brussels',
    ...(options.description ? [icalProperty('X-WR-CALDESC', escapeText(options.description))] : []),
    ...VTIMEZONE_BRUSSELS,
    ...vevents.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
