import { describe, expect, it } from 'vitest';
import { QUICK } from './bench-settings';
import { runBench } from './run-bench';
import { toMarkdown } from './to-markdown';

const positive = (n: number) => Number.isFinite(n) && n > 0;

/**
 * The quick mode as a smoke test: every scenario runs and yields figures. No timing is asserted;
 * the generous timeout is for CI, where other suites share the 2 cores (97 s alone, over 300 s
 * once beside them).
 */
describe('npm run bench -- --quick', () => {
  it('runs every scenario and reports a figure for each', async () => {
    const results = await runBench(QUICK);
    const { overhead, fanOut, batching, dataScale, shielding, replicas, memory, harvest, dashboard } = results;
    if (!overhead || !fanOut || !batching || !dataScale || !shielding || !replicas || !memory || !harvest || !dashboard)
      throw new Error('a scenario did not run');
    for (const figures of [
      overhead.direct,
      overhead.strapiGraphql,
      overhead.gatewayCold,
      overhead.gatewayWarm,
      overhead.gatewayWarmUpstreamOnly,
      overhead.ceiling,
    ]) {
      // A warm answer or the ceiling can take under a millisecond: a p50 of 0 ms is a figure.
      expect(positive(figures.requestsPerSec) && Number.isFinite(figures.p50Ms) && figures.p50Ms >= 0).toBe(true);
      expect(figures.errors).toBe(0);
    }
    expect(fanOut.map((f) => f.towns)).toEqual(QUICK.townCounts);
    expect(
      fanOut.every((f) =>
        (f.towns === 1 ? [f] : [f, f.fromIndex!]).every(
          (at) =>
            positive(at.figures.requestsPerSec) && positive(at.unloaded.requestsPerSec) && at.figures.errors + at.unloaded.errors === 0,
        ),
      ),
    ).toBe(true);
    expect(batching.map((b) => b.pageSize)).toEqual(QUICK.pageSizes);
    expect(batching.every((b) => b.upstreamRequests > 0)).toBe(true);
    expect(dataScale.map((d) => d.database)).toEqual(['sqlite']);
    for (const { entries, queries } of dataScale) {
      expect(entries).toBeGreaterThan(0);
      expect(queries).toHaveLength(3);
      expect(
        queries.every(
          (q) => positive(q.direct.requestsPerSec) && positive(q.gateway.requestsPerSec) && q.direct.errors === 0 && q.gateway.errors === 0,
        ),
      ).toBe(true);
    }
    expect(positive(shielding.client.requestsPerSec)).toBe(true);
    // The towns are asked again once the cache entry expires, and not for every client request.
    expect(shielding.upstreamPerTownPerSec).toBeGreaterThan(0);
    expect(shielding.upstreamPerTownPerSec).toBeLessThan(shielding.client.requestsPerSec);
    expect(replicas.byCount.map((r) => r.replicas)).toEqual([1, 2]);
    for (const r of replicas.byCount) {
      expect(positive(r.client.requestsPerSec) && r.client.errors === 0 && positive(r.townRequestsPerTtl)).toBe(true);
    }
    // Redis killed under load: the replicas go on answering, and ask the towns for themselves.
    expect(replicas.redisAway.client.errors).toBe(0);
    expect(positive(replicas.redisAway.townRequestsPerTtlAfter)).toBe(true);
    expect(toMarkdown(results)).toMatch(/## 5b\. Replicas/);
    expect(memory.map((m) => m.towns)).toEqual(QUICK.resourceTownCounts);
    for (const m of memory) {
      expect([m.idleMb, ...m.afterRoundsMb, ...m.heapAfterRoundsMb, m.cpuMsPerOperation].every(positive)).toBe(true);
      expect(m.operations).toBeGreaterThanOrEqual(10);
    }
    // Every entry of every fake town reached the index, and every row of it the export.
    expect(harvest.initial.entries).toBe(Math.max(...QUICK.harvestTowns) * QUICK.harvestEntriesPerTown);
    expect(harvest.export.rows).toBe(harvest.initial.entries);
    expect(harvest.lagByNotification.samples).toBe(QUICK.lagSamples);
    expect(harvest.readVsLive.map((r) => r.towns)).toEqual([Math.min(...QUICK.harvestTowns), Math.max(...QUICK.harvestTowns)]);
    expect(harvest.readVsLive.every((r) => positive(r.indexPageMs) && positive(r.livePageMs))).toBe(true);
    expect(positive(harvest.harvesterProcess.peakMb)).toBe(true);
    expect(toMarkdown(results)).toMatch(/## 6\. Resources/);
    expect(toMarkdown(results)).toMatch(/## 7\. Regional index/);
    expect(dashboard.questions.map((q) => q.question)).toEqual([
      'PlanningApplicationsPerTown',
      'ServiceRequestsPerTown',
      'CouncilMeetingsPerTown',
      'EventsAndNewsPerTown',
      'PublicServicesPerTown',
      'CompareTowns',
    ]);
    expect(dashboard.questions.every((q) => positive(q.provinceMs) && positive(q.regionMs) && q.regionGroups > 0)).toBe(true);
    expect(dashboard.firstRender.every((f) => positive(f.p50Ms) && positive(f.firstScreenP50Ms) && f.firstScreenP50Ms <= f.p50Ms)).toBe(
      true,
    );
    expect(toMarkdown(results)).toMatch(/## 8\. The dashboard's questions/);
  }, 600_000);
});
