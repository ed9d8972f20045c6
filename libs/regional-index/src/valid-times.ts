import { communesModel, isIsoDate, isIsoDateTime, type ResolvedContentType } from '@communes/domain';
import type { IndexDatabase } from './index-database';

/** What every entry carries as instants. */
export const SYSTEM_INSTANTS: readonly string[] = ['createdAt', 'updatedAt', 'publishedAt'];

/** A kind's fields that hold a day or an instant, and what each holds. */
function timeFieldsOf(type: ResolvedContentType): [string, 'date' | 'dateTime'][] {
  const own = Object.entries(type.fields).flatMap(([name, field]) =>
    field.kind === 'date' || field.kind === 'dateTime' ? [[name, field.kind] as [string, 'date' | 'dateTime']] : [],
  );
  return [...own, ...SYSTEM_INSTANTS.map((name) => [name, 'dateTime'] as [string, 'date' | 'dateTime'])];
}

/**
 * An entry's data without the days and instants that are not real ones: a broken town's
 * "2026-02-30" or "soon" is a missing value in the index. So the index's reads cast them
 * without a check (a check per entry made an aggregate of 600,000 entries take seconds), and
 * no cast can fail a region's read.
 */
export function keepValidTimes(type: ResolvedContentType | undefined, data: Record<string, unknown>): Record<string, unknown> {
  if (!type) return data;
  let kept = data;
  for (const [name, kind] of timeFieldsOf(type)) {
    const value = data[name];
    if (value === undefined || value === null || (kind === 'date' ? isIsoDate(value) : isIsoDateTime(value))) continue;
    if (kept === data) kept = { ...data };
    delete kept[name];
  }
  return kept;
}

const DATE = String.raw`[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])`;
const INSTANT = String.raw`^${DATE}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,9})?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$`;

/** Whether a day or an instant of the JSON is a real one, in SQL: slow, for the one-time check below. */
function validTimeSql(key: string, kind: 'date' | 'dateTime'): string {
  const text = `(data->>'${key}')`;
  const dayFits = `substr(${text}, 9, 2)::int <= extract(day from make_date(greatest(substr(${text}, 1, 4)::int, 1), substr(${text}, 6, 2)::int, 1) + interval '1 month' - interval '1 day')`;
  return `(case when ${text} ~ '${kind === 'date' ? `^${DATE}$` : INSTANT}' and substr(${text}, 1, 4) <> '0000' then ${dayFits} else false end)`;
}

/**
 * Drops, once per index, the days and instants that are not real ones from entries harvested
 * before the harvest checked them (see keepValidTimes).
 */
export async function ensureValidTimes(db: IndexDatabase): Promise<void> {
  await db.exec('create table if not exists index_meta (key text primary key, value text not null)');
  const [done] = await db.query<{ value: string }>("select value from index_meta where key = 'times-checked'");
  if (done) return;
  for (const type of communesModel.contentTypes)
    for (const [name, kind] of timeFieldsOf(type))
      await db.query(
        `update index_entries set data = data - '${name}' where kind = $1 and data ? '${name}' and jsonb_typeof(data->'${name}') <> 'null' and not ${validTimeSql(name, kind)}`,
        [type.names.singular],
      );
  await db.query("insert into index_meta (key, value) values ('times-checked', now()::text) on conflict (key) do nothing");
}
