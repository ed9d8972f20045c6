const KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;

/** Where aggregates count days, weeks and months: the towns' own time. */
export const TIME_ZONE = 'Europe/Brussels';

/** A date field holds a calendar day; a dateTime field an instant. */
export type TimeKind = 'date' | 'dateTime';

const DATE = String.raw`[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])`;
const INSTANT = String.raw`^${DATE}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$`;

/**
 * An entry's date or instant as a `timestamptz`, or null where the JSON holds anything else: a
 * broken town's "2026-02-30" or "soon" is a missing value to an aggregate, not a cast error
 * that fails the region's. The shape is checked first, then the day against its month's
 * length, each in a CASE of its own (SQL does not promise the order of AND's terms). A day
 * is its midnight in Brussels.
 */
export function timeExpression(key: string, kind: TimeKind, column = 'e.data'): string {
  if (!KEY.test(key)) throw new Error(`Not a field name: ${JSON.stringify(key)}.`);
  const text = `(${column}->>'${key}')`;
  const shape = kind === 'date' ? `^${DATE}$` : INSTANT;
  const dayFits = `substr(${text}, 9, 2)::int <= extract(day from make_date(substr(${text}, 1, 4)::int, substr(${text}, 6, 2)::int, 1) + interval '1 month' - interval '1 day')`;
  const value = kind === 'date' ? `(${text}::date::timestamp at time zone '${TIME_ZONE}')` : `${text}::timestamptz`;
  return `(case when ${text} ~ '${shape}' then case when ${dayFits} then ${value} end end)`;
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

/** The bucket of Brussels time that an instant falls in, named as `BUCKET_FORMATS` says. */
export function bucketExpression(instant: string, bucket: TimeBucket): string {
  return `to_char(date_trunc('${bucket}', ${instant} at time zone '${TIME_ZONE}'), '${BUCKET_FORMATS[bucket]}')`;
}
