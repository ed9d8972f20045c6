import type { IndexQueries } from './index-database';
import { readHarvestStates, type TownHarvestState } from './town-harvest-state';

/** How fresh the index is for some towns: what a region-wide answer says of itself. */
export interface IndexFreshness {
  /** The oldest last successful harvest among the towns; null when one was never harvested. */
  oldestSync: Date | null;
  /** Towns never harvested, or behind their feed's last known change. */
  behind: string[];
  /** Towns whose last harvest failed. */
  failing: string[];
}

/** The freshness of `towns` from their harvest states (a town without one was never harvested). */
export function freshnessOf(states: ReadonlyMap<string, TownHarvestState>, towns: readonly string[]): IndexFreshness {
  let oldest: Date | null | undefined;
  const behind: string[] = [];
  const failing: string[] = [];
  for (const town of towns) {
    const state = states.get(town);
    const success = state?.lastSuccess ?? null;
    if (!success) oldest = null;
    else if (oldest !== null && (oldest === undefined || success < oldest)) oldest = success;
    if (state && state.failures > 0) failing.push(town);
    if (!success || (state && state.feedLatest !== null && state.feedLatest > state.lastSequence)) behind.push(town);
  }
  return { oldestSync: oldest ?? null, behind, failing };
}

/** The index's freshness for `towns`. */
export async function readFreshness(db: IndexQueries, towns: readonly string[]): Promise<IndexFreshness> {
  return freshnessOf(await readHarvestStates(db), towns);
}
