import { describe, expect, it } from 'vitest';
import { QUICK } from './bench-settings';
import { runBench } from './run-bench';
import { toMarkdown } from './to-markdown';

const positive = (n: number) => Number.isFinite(n) && n > 0;

/** The quick mode as a smoke test: every scenario runs and yields figures. No timing is asserted. */
describe('npm run bench -- --quick', () => {
  it('runs every scenario and reports a figure for each', async () => {
    const results = await runBench(QUICK);
    for (const figures of [results.overhead.direct, results.overhead.strapiGraphql, results.overhead.gatewayCold, results.overhead.gatewayWarm]) {
      expect(positive(figures.requestsPerSec) && positive(figures.p50Ms)).toBe(true);
      expect(figures.errors).toBe(0);
    }
    expect(results.fanOut.map((f) => f.towns)).toEqual(QUICK.townCounts);
    expect(results.fanOut.every((f) => positive(f.figures.requestsPerSec) && f.figures.errors === 0)).toBe(true);
    expect(results.batching.map((b) => b.pageSize)).toEqual(QUICK.pageSizes);
    expect(results.batching.every((b) => b.upstreamRequests > 0)).toBe(true);
    expect(results.dataScale.map((d) => d.database)).toEqual(['sqlite', 'postgres']);
    for (const { entries, queries } of results.dataScale) {
      expect(entries).toBeGreaterThan(0);
      expect(queries).toHaveLength(3);
      expect(queries.every((q) => positive(q.direct.requestsPerSec) && positive(q.gateway.requestsPerSec) && q.direct.errors === 0 && q.gateway.errors === 0)).toBe(true);
    }
    expect(positive(results.shielding.client.requestsPerSec)).toBe(true);
    // The towns are asked again once the cache entry expires, and not for every client request.
    expect(results.shielding.upstreamPerTownPerSec).toBeGreaterThan(0);
    expect(results.shielding.upstreamPerTownPerSec).toBeLessThan(results.shielding.client.requestsPerSec);
    expect(positive(results.memory.idleMb)).toBe(true);
    expect(results.memory.afterRoundsMb.every(positive)).toBe(true);
    expect(toMarkdown(results)).toMatch(/## 6\. Memory/);
  }, 180_000);
});
