import { parseDateParam } from '../listing/parse-date-param';
import { parseLimit, parseLocales } from '../listing/parse-limit';
import { badParameter } from '../open-data-error';

export interface CalendarQuery {
  from: Date;
  to?: Date;
  categories: string[];
  limit: number;
  locale?: string[];
}

const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 2000;
const DEFAULT_PAST_DAYS = 30;

/**
 * A calendar's query string. Without `from`, the last 30 days onward: what a subscribed
 * calendar app shows, without the whole archive on every refresh.
 */
export function parseCalendarQuery(url: URL, categoryCodes: readonly string[], now: Date): CalendarQuery {
  const from = parseDateParam(url, 'from') ?? new Date(now.getTime() - DEFAULT_PAST_DAYS * 86400_000);
  const to = parseDateParam(url, 'to');
  if (to && to <= from) throw badParameter('to: expected a moment after from.');
  const categories = url.searchParams
    .getAll('category')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = categories.find((c) => !categoryCodes.includes(c));
  if (unknown !== undefined) throw badParameter(`category: expected one of ${categoryCodes.join(', ')}, got "${unknown.slice(0, 60)}".`);
  const query: CalendarQuery = { from, categories: [...new Set(categories)], limit: parseLimit(url, DEFAULT_LIMIT, MAX_LIMIT) };
  if (to) query.to = to;
  const locale = parseLocales(url);
  if (locale) query.locale = locale;
  return query;
}
