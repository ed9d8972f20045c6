/**
 * Small-count suppression (`GATEWAY_AGGREGATE_MIN_COUNT`): a deployment that publishes
 * aggregates to the public may withhold every figure of a group holding fewer than k entries,
 * as statistical offices do for cells under a threshold. Off (0) by default.
 */

/**
 * The minimum count as a deployment sets it: 0 (off) or a whole number of 2 or more. 1 would
 * withhold nothing (a group holds at least one entry), so it is refused as a likely mistake.
 */
export function checkAggregateMinCount(value: number): number {
  if (value === 0 || (Number.isInteger(value) && value >= 2)) return value;
  throw new Error(
    `GATEWAY_AGGREGATE_MIN_COUNT (aggregateMinCount) is 0 (no suppression) or a whole number of 2 or more (groups of fewer entries are withheld), got "${value}".`,
  );
}

/** The threshold in force: null when the deployment suppresses nothing. */
export const suppressionThreshold = (minCount: number | undefined): number | null =>
  minCount !== undefined && minCount >= 2 ? minCount : null;

/** Whether a count is a small one: from 1 to k - 1 (a count of 0 discloses no entry, and is no group). */
export const isSmallCount = (count: number, threshold: number | null): boolean => threshold !== null && count > 0 && count < threshold;
