import { fromBrusselsLocal, toBrusselsParts } from '@communes/domain';
import type { TimeBucket } from '@communes/regional-index';
import { bucketOf } from './aggregate-occurrences';

/** One period of a date field, as a town can count it: its name and the filter that keeps its entries. */
export interface LivePeriod {
  name: string;
  condition: { gte: string; lt: string };
}

type Day = { year: number; month: number; day: number };

const pad = (n: number) => String(n).padStart(2, '0');
const dayText = ({ year, month, day }: Day) => `${year}-${pad(month)}-${pad(day)}`;
/** A calendar day moved by whole days, months or years (out-of-range fields roll over, as Date.UTC does). */
function shift({ year, month, day }: Day, by: Partial<Day>): Day {
  const date = new Date(Date.UTC(year + (by.year ?? 0), month - 1 + (by.month ?? 0), day + (by.day ?? 0)));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The first day of the bucket a day falls in (ISO weeks start on Monday). */
function bucketStart(day: Day, bucket: TimeBucket): Day {
  switch (bucket) {
    case 'day':
      return day;
    case 'week':
      return shift(day, { day: -((new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7) });
    case 'month':
      return { ...day, day: 1 };
    case 'quarter':
      return { year: day.year, month: 3 * Math.floor((day.month - 1) / 3) + 1, day: 1 };
    case 'year':
      return { year: day.year, month: 1, day: 1 };
  }
}

const STEP: Record<TimeBucket, Partial<Day>> = {
  day: { day: 1 },
  week: { day: 7 },
  month: { month: 1 },
  quarter: { month: 3 },
  year: { year: 1 },
};

/**
 * The Brussels calendar day of a filter's bound: a date as it is, an instant where Brussels is
 * then; an exclusive upper bound (`lt`), the day before it; null when it is neither.
 */
function dayOf(value: unknown, kind: 'date' | 'dateTime', exclusive = false): Day | null {
  if (typeof value !== 'string') return null;
  if (kind === 'date') {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const day = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
    return day && exclusive ? shift(day, { day: -1 }) : day;
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  return toBrusselsParts(exclusive ? new Date(instant.getTime() - 1) : instant);
}

/**
 * The periods a town is asked to count one by one: every bucket from the one holding the
 * filters' lower bound of the field to the one holding its upper bound, in Brussels time. Each
 * is kept by `gte` its start and `lt` the next one's, beside the client's own bounds: a period
 * the bounds cut counts only what they keep, as the index does. Null when the filters do not
 * bound the field on both sides, or bound it with more than `max` periods.
 */
export function livePeriods(
  filters: Record<string, unknown> | null | undefined,
  field: string,
  kind: 'date' | 'dateTime',
  bucket: TimeBucket,
  max: number,
): LivePeriod[] | null {
  const bounds = filters?.[field] as Record<string, unknown> | null | undefined;
  const from = dayOf(bounds?.gte ?? bounds?.gt, kind);
  const to = bounds?.lt !== undefined && bounds?.lt !== null ? dayOf(bounds.lt, kind, true) : dayOf(bounds?.lte, kind);
  if (!from || !to) return null;
  const edge = (day: Day) => (kind === 'date' ? dayText(day) : fromBrusselsLocal(day.year, day.month, day.day).toISOString());
  const last = dayText(to);
  const periods: LivePeriod[] = [];
  for (let start = bucketStart(from, bucket); dayText(start) <= last; start = shift(start, STEP[bucket])) {
    if (periods.length === max) return null;
    periods.push({
      name: bucketOf(fromBrusselsLocal(start.year, start.month, start.day), bucket),
      condition: { gte: edge(start), lt: edge(shift(start, STEP[bucket])) },
    });
  }
  return periods;
}
