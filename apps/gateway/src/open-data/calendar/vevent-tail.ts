import { toIcalUtc } from './ical-dates';
import { icalProperty } from './ical-property';
import { toInstant } from './to-ical-time';

/** A URL a calendar can show as a link: http(s), without characters that break the line. */
export const icalUrlLine = (url: string | null | undefined): string[] =>
  url && /^https?:\/\/[^\s"<>]+$/.test(url) ? [icalProperty('URL', url)] : [];

/** What ends every VEVENT of ours: its class, its timestamps from the entry, END. */
export function veventTail(status: string, entry: { createdAt: string | null; updatedAt: string | null }): string[] {
  const lines = [`STATUS:${status}`, 'CLASS:PUBLIC', 'TRANSP:OPAQUE'];
  const created = toInstant(entry.createdAt);
  if (created) lines.push(`CREATED:${toIcalUtc(created)}`);
  const modified = toInstant(entry.updatedAt);
  if (modified) lines.push(`LAST-MODIFIED:${toIcalUtc(modified)}`);
  lines.push('END:VEVENT');
  return lines;
}
