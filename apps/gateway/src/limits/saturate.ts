/**
 * Counts past this are all "too many": a chain of fragments can name a field 2^1000 times,
 * and capping keeps the arithmetic finite (0 × Infinity would be NaN, and pass every check).
 */
export const saturate = (count: number): number => Math.min(count, Number.MAX_SAFE_INTEGER);
