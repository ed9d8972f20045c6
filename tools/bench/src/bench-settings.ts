/** How hard and how long the benchmarks run. */
export interface BenchSettings {
  quick: boolean;
  durationSec: number;
  warmupSec: number;
  repeats: number;
  connections: number;
  townCounts: number[];
  /** Registered towns of the resources scenario (memory, heap, CPU per operation). */
  resourceTownCounts: number[];
  pageSizes: number[];
  /** The real town's seed scale for the overhead scenario. */
  townScale: number;
  /** Town-years of content in the data-scale town (57: about 100,000 entries). */
  dataScale: number;
  /** The databases of the data-scale scenario, each seeded once and kept (`--databases sqlite`). */
  dataScaleDatabases: readonly ('sqlite' | 'postgres')[];
  /** Length of each measured run in the data-scale scenario (one connection). */
  dataScaleDurationSec: number;
  /** Added latency of each fake town, in ms. */
  fakeTownLatencyMs: number;
  /** The gateway's cache TTL in the shielding scenario, in ms. */
  shieldTtlMs: number;
  /** Fake towns of the harvest scenario: reads compared at the smallest and the largest count. */
  harvestTowns: number[];
  harvestEntriesPerTown: number;
  /** Changes timed from a town to the index, by notification and by polling. */
  lagSamples: number;
  /** The dashboard scenario: fake towns, the size of their data (1: about 130 to 400 entries a town), and the towns of the province also paged. */
  dashboardTowns: number;
  dashboardScale: number;
  dashboardProvinceTowns: number;
}

export const FULL: BenchSettings = {
  quick: false,
  durationSec: 10,
  warmupSec: 3,
  repeats: 3,
  connections: 10,
  townCounts: [1, 5, 20, 50, 100],
  resourceTownCounts: [1, 100, 600],
  pageSizes: [5, 10, 20, 50, 100],
  townScale: 1,
  dataScale: 57,
  dataScaleDatabases: ['sqlite', 'postgres'],
  dataScaleDurationSec: 5,
  fakeTownLatencyMs: 20,
  shieldTtlMs: 1000,
  harvestTowns: [60, 600],
  harvestEntriesPerTown: 1000,
  lagSamples: 20,
  dashboardTowns: 600,
  dashboardScale: 4,
  dashboardProvinceTowns: 60,
};

/**
 * Checks that every scenario runs and yields figures; proves no timing. 125 s alone on 2026-12-02 (160 s
 * before its runs were shortened), most of it starting and seeding real towns; CI runs it
 * beside the other suites.
 */
export const QUICK: BenchSettings = {
  quick: true,
  durationSec: 1,
  warmupSec: 1,
  repeats: 1,
  connections: 5,
  townCounts: [1, 5],
  resourceTownCounts: [1, 5],
  pageSizes: [5, 20, 50],
  townScale: 0.1,
  dataScale: 0.05,
  // Beside every other suite in CI: the scenario checked on SQLite; the full run measures both.
  dataScaleDatabases: ['sqlite'],
  dataScaleDurationSec: 1,
  fakeTownLatencyMs: 20,
  shieldTtlMs: 1000,
  harvestTowns: [2, 4],
  harvestEntriesPerTown: 20,
  lagSamples: 3,
  dashboardTowns: 6,
  dashboardScale: 0.5,
  dashboardProvinceTowns: 3,
};
