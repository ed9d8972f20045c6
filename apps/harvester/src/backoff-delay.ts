/**
 * How long to leave a town alone after `failures` failures in a row: doubling from `baseMs`,
 * at most `maxMs`, with up to a fifth less at random so that towns that failed together (a
 * network cut) are not all asked again at the same instant.
 */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(30, failures - 1)));
  return Math.round(full * (1 - 0.2 * random()));
}
