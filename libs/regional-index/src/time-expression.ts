const KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;

/** Where aggregates count days, weeks and months: the towns' own time. */
export const TIME_ZONE = 'Europe/Brussels';

/** A date field holds a calendar day; a dateTime field an instant. */
export type TimeKind = 'date' | 'dateTime';

/**
 * An entry's date or instant as a `timestamptz`: the index holds only real ones (the harvest
 * drops the others, see valid-times.ts), so the cast cannot fail. A day is its midnight in
 * Brussels.
 */
export function timeExpression(key: string, kind: TimeKind, column = 'e.data'): string {
  if (!KEY.test(key)) throw new Error(`Not a field name: ${JSON.stringify(key)}.`);
  const text = `(${column}->>'${key}')`;
  return kind === 'date' ? `(${text}::date::timestamp at time zone '${TIME_ZONE}')` : `${text}::timestamptz`;
}

/** A bucket of time, as aggregates group by it. */
export type TimeBucket = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How a bucket is named: ISO 8601 forms ("2026-03-01", "2026-W09", "2026-03", "2026-Q1", "2026"). */
const BUCKET_FORMATS: Record<TimeBucket, string> = {
  day: 'YYYY-MM-DD',
  week: 'IYYY-"W"IW',
  month: 'YYYY-MM',
  quarter: 'YYYY-"Q"Q',
  year: 'YYYY',
};

/**
 * The bucket of Brussels time that an instant falls in: its start (`group`, what entries are
 * grouped by: a timestamp, cheaper to group than text) and how it is named (`name`, of the
 * grouped value, as `BUCKET_FORMATS` says).
 */
export function bucketExpression(instant: string, bucket: TimeBucket): { group: string; name: (group: string) => string } {
  return {
    group: `date_trunc('${bucket}', ${instant} at time zone '${TIME_ZONE}')`,
    name: (group) => `to_char(${group}, '${BUCKET_FORMATS[bucket]}')`,
  };
}
