import type { LocalParts } from '@communes/domain';

// Brussels wall-clock time is the model's (`@communes/domain`: toBrusselsParts,
// fromBrusselsLocal); this file writes it in iCalendar's forms.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD`, an iCalendar DATE. */
export const toIcalDate = (p: LocalParts) => `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}`;

/** `YYYYMMDDTHHMMSS`, an iCalendar local DATE-TIME (with a TZID). */
export const toIcalLocalDateTime = (p: LocalParts) => `${toIcalDate(p)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;

/** `YYYYMMDDTHHMMSSZ`, an iCalendar UTC DATE-TIME. */
export const toIcalUtc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The calendar day after a local date, for the exclusive DTEND of all-day events. */
export function nextDay(p: LocalParts): LocalParts {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, second: 0 };
}
