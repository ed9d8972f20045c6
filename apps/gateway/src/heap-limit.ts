import { getHeapStatistics } from 'node:v8';

/**
 * The V8 old-generation limit the gateway is started with (`node --max-old-space-size=192`):
 * without one, V8 sizes its heap from the machine's memory and lets it grow with the rate of
 * garbage, so a gateway under load held 160 to 210 MB where, with any limit from 96 to 192 MB,
 * it held about 135 MB at the same request rate (tools/bench, the resources scenario). 192
 * leaves room for the default caches (64 MB of town answers, 16 MB of whole answers) and for
 * the cost budget's operations in progress.
 */
export const RECOMMENDED_HEAP_MB = 192;

/** The flags to start the gateway's process with. */
export const GATEWAY_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${RECOMMENDED_HEAP_MB}`];

/** A start-up warning when the process runs without a heap limit near the recommended one, else undefined. */
export function heapLimitWarning(limitBytes = getHeapStatistics().heap_size_limit): string | undefined {
  const limitMb = Math.round(limitBytes / 1024 / 1024);
  // The limit covers the young generation too: a little over the old generation's.
  if (limitMb <= 4 * RECOMMENDED_HEAP_MB) return undefined;
  return `The V8 heap may grow to ${limitMb} MB: start the gateway with node ${GATEWAY_NODE_FLAGS.join(' ')} (npm start does) to keep its memory near its needs.`;
}
