import type { IndexQueries } from './index-database';

/** How fresh the index is for some towns: what a region-wide answer says of itself. */
export interface IndexFreshness {
  /** The oldest last successful harvest among the towns; null when one was never harvested. */
  oldestSync: Date | null;
  /** Towns never harvested, or whose last attempt failed, or behind their feed's last known change. */
  behind: string[];
  failing: string[];
}

/** The index's freshness for `towns`. */
export async function readFreshness(db: IndexQueries, towns: readonly string[]): Promise<IndexFreshness> {
  const rows = await db.query<{
    town: string;
    last_success: Date | string | null;
    failures: number;
    last_sequence: string | number;
    feed_latest: string | number | null;
  }>('select town, last_success, failures, last_sequence, feed_latest from index_towns where town = any($1::text[])', [[...towns]]);
  const known = new Map(rows.map((row) => [row.town, row]));
  let oldest: Date | null | undefined;
  const behind: string[] = [];
  const failing: string[] = [];
  for (const town of towns) {
    const row = known.get(town);
    const success = row?.last_success ? new Date(row.last_success) : null;
    if (!success) oldest = null;
    else if (oldest !== null && (oldest === undefined || success < oldest)) oldest = success;
    if (row && row.failures > 0) failing.push(town);
    if (!success || (row && row.feed_latest !== null && Number(row.feed_latest) > Number(row.last_sequence))) behind.push(town);
  }
  return { oldestSync: oldest ?? null, behind, failing };
}
