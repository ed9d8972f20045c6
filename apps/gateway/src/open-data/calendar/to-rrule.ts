import { fromBrusselsLocal } from '@communes/domain';
import { toIcalUtc } from './ical-dates';

const FREQS = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const PARTS: Record<string, RegExp> = {
  FREQ: /^[A-Z]+$/,
  UNTIL: /^\d{8}(T\d{6}Z?)?$/,
  COUNT: /^\d{1,4}$/,
  INTERVAL: /^\d{1,4}$/,
  BYSECOND: /^\d{1,2}(,\d{1,2})*$/,
  BYMINUTE: /^\d{1,2}(,\d{1,2})*$/,
  BYHOUR: /^\d{1,2}(,\d{1,2})*$/,
  BYDAY: /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)(,([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU))*$/,
  BYMONTHDAY: /^[+-]?\d{1,2}(,[+-]?\d{1,2})*$/,
  BYYEARDAY: /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/,
  BYWEEKNO: /^[+-]?\d{1,2}(,[+-]?\d{1,2})*$/,
  BYMONTH: /^\d{1,2}(,\d{1,2})*$/,
  BYSETPOS: /^[+-]?\d{1,3}(,[+-]?\d{1,3})*$/,
  WKST: /^(MO|TU|WE|TH|FR|SA|SU)$/,
};

/**
 * The event's stored RRULE as an RFC 5545 value, or null when it is not one: an editor's
 * typo must cost the recurrence, not the whole calendar. UNTIL is put in the form RFC 5545
 * requires for the DTSTART it goes with: a DATE for all-day events, UTC otherwise.
 */
export function toRrule(stored: string | null, allDay: boolean): string | null {
  if (!stored) return null;
  const text = stored
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [name, value, ...rest] = part.split('=');
    if (!name || value === undefined || rest.length || !PARTS[name]?.test(value) || parts.has(name)) return null;
    parts.set(name, value);
  }
  if (!FREQS.has(parts.get('FREQ') ?? '') || (parts.has('UNTIL') && parts.has('COUNT'))) return null;
  const until = parts.get('UNTIL');
  if (until) parts.set('UNTIL', allDay ? until.slice(0, 8) : toUtcUntil(until));
  // FREQ first, as most clients and the RFC's examples write it.
  return [...parts]
    .sort(([a], [b]) => (a === 'FREQ' ? -1 : b === 'FREQ' ? 1 : 0))
    .map(([n, v]) => `${n}=${v}`)
    .join(';');
}

function toUtcUntil(until: string): string {
  if (until.endsWith('Z')) return until;
  const [y, m, d, hh, mm] = [
    until.slice(0, 4),
    until.slice(4, 6),
    until.slice(6, 8),
    until.slice(9, 11) || '23',
    until.slice(11, 13) || '59',
  ].map(Number) as [number, number, number, number, number];
  return toIcalUtc(fromBrusselsLocal(y, m, d, hh, mm));
}
