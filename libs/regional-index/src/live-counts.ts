import type { IndexDatabase, IndexQueries } from './index-database';

/**
 * How many live versions each town holds of each kind, per locale, kept by the database itself:
 * a region's unfiltered total is a sum over its towns, not a count of every entry (600,000 at
 * 600 towns). Statement triggers fold each write's rows into the counts, in the write's own
 * transaction, whoever writes (the harvester, a script, a future compaction).
 */
const COUNT_STATEMENTS = [
  `create table if not exists index_counts (
    kind text not null,
    town text not null,
    locale text not null,
    live bigint not null default 0,
    primary key (kind, town, locale)
  )`,
  // `set search_path from current`: the triggers write this region's counts, whatever the
  // writer's own path.
  `create or replace function index_counts_after_write() returns trigger language plpgsql set search_path from current as $$
  begin
    if tg_op = 'INSERT' then
      insert into index_counts as c (kind, town, locale, live)
        select kind, town, locale, count(*) from new_entries where removed is null group by kind, town, locale
        on conflict (kind, town, locale) do update set live = c.live + excluded.live;
    elsif tg_op = 'UPDATE' then
      insert into index_counts as c (kind, town, locale, live)
        select kind, town, locale, sum(change) from (
          select kind, town, locale, 1 as change from new_entries where removed is null
          union all
          select kind, town, locale, -1 from old_entries where removed is null
        ) as changes group by kind, town, locale having sum(change) <> 0
        on conflict (kind, town, locale) do update set live = c.live + excluded.live;
    else
      update index_counts as c set live = c.live - gone.n
        from (select kind, town, locale, count(*) as n from old_entries where removed is null group by kind, town, locale) as gone
        where c.kind = gone.kind and c.town = gone.town and c.locale = gone.locale;
    end if;
    return null;
  end $$`,
  `create or replace trigger index_counts_insert after insert on index_entries
    referencing new table as new_entries for each statement execute function index_counts_after_write()`,
  `create or replace trigger index_counts_update after update on index_entries
    referencing old table as old_entries new table as new_entries for each statement execute function index_counts_after_write()`,
  `create or replace trigger index_counts_delete after delete on index_entries
    referencing old table as old_entries for each statement execute function index_counts_after_write()`,
];

/**
 * Makes the counts where missing. An index made before them is counted once, with its writers
 * held off meanwhile: a harvest between the count and the triggers would be lost to them.
 */
export async function ensureLiveCounts(db: IndexDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('lock table index_entries in share row exclusive mode');
    const [table] = await tx.query<{ present: boolean }>(
      "select exists (select 1 from pg_tables where schemaname = current_schema() and tablename = 'index_counts') as present",
    );
    for (const statement of COUNT_STATEMENTS) await tx.query(statement);
    if (!table?.present)
      await tx.query(
        `insert into index_counts (kind, town, locale, live)
         select kind, town, locale, count(*) from index_entries where removed is null group by kind, town, locale`,
      );
  });
}

/** How many live versions of a kind some towns hold, each town in its locale. */
export async function sumLiveCounts(db: IndexQueries, kind: string, towns: readonly { town: string; locale: string }[]): Promise<number> {
  const [row] = await db.query<{ total: string | number | null }>(
    `select sum(c.live) as total from index_counts c join unnest($2::text[], $3::text[]) as t(town, locale)
     on c.town = t.town and c.locale = t.locale where c.kind = $1`,
    [kind, towns.map((t) => t.town), towns.map((t) => t.locale)],
  );
  return Number(row?.total ?? 0);
}
