/** The towns' time zone: Belgian local time, for iCalendar TZIDs and calendar dates. */
export const BRUSSELS = 'Europe/Brussels';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const format = new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The wall-clock time in Brussels at an instant. */
export function toBrusselsParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The instant when Brussels clocks show this wall-clock time (the earlier one in the autumn overlap). */
export function fromBrusselsLocal(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Brussels is UTC+1 or UTC+2: try both offsets and keep the one whose wall clock matches.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3600_000);
    const p = toBrusselsParts(candidate);
    if (p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute) return candidate;
  }
  // A time skipped by the spring change: the hour after it.
  return new Date(asUtc - 3600_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD`, an iCalendar DATE. */
export const toIcalDate = (p: LocalParts) => `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}`;

/** `YYYYMMDDTHHMMSS`, an iCalendar local DATE-TIME (with a TZID). */
export const toIcalLocalDateTime = (p: LocalParts) => `${toIcalDate(p)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;

/** `YYYYMMDDTHHMMSSZ`, an iCalendar UTC DATE-TIME. */
export const toIcalUtc = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The calendar day after a local date, for the exclusive DTEND of all-day events. */
export function nextDay(p: LocalParts): LocalParts {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, second: 0 };
}
