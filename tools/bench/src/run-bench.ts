import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSettings } from './bench-settings';
import { measureBatching } from './scenarios/batching';
import { measureDashboard } from './scenarios/dashboard';
import { measureDataScale } from './scenarios/data-scale';
import { measureFanOut } from './scenarios/fan-out';
import { measureHarvest } from './scenarios/harvest';
import { measureMemory } from './scenarios/memory';
import { measureOverhead } from './scenarios/overhead';
import { measureReplicas } from './scenarios/replicas';
import { measureShielding } from './scenarios/shielding';

export const SCENARIOS = [
  'overhead',
  'fan-out',
  'batching',
  'data-scale',
  'shielding',
  'replicas',
  'memory',
  'harvest',
  'dashboard',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchResults {
  machine: { cores: number; cpu: string; node: string; date: string };
  settings: BenchSettings;
  overhead?: Awaited<ReturnType<typeof measureOverhead>>;
  fanOut?: Awaited<ReturnType<typeof measureFanOut>>;
  batching?: Awaited<ReturnType<typeof measureBatching>>;
  dataScale?: Awaited<ReturnType<typeof measureDataScale>>;
  shielding?: Awaited<ReturnType<typeof measureShielding>>;
  replicas?: Awaited<ReturnType<typeof measureReplicas>>;
  memory?: Awaited<ReturnType<typeof measureMemory>>;
  harvest?: Awaited<ReturnType<typeof measureHarvest>>;
  dashboard?: Awaited<ReturnType<typeof measureDashboard>>;
}

/**
 * The scenarios, in one run, so that each figure has its baseline from the same machine
 * state. `only` runs some of them (the data-scale one alone needs its data sets seeded).
 */
export async function runBench(
  settings: BenchSettings,
  log: (line: string) => void = () => undefined,
  only: readonly Scenario[] = SCENARIOS,
): Promise<BenchResults> {
  const dir = mkdtempSync(join(tmpdir(), 'communes-bench-'));
  const results: BenchResults = {
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, date: new Date().toISOString() },
    settings,
  };
  const steps: Record<Scenario, [string, () => Promise<void>]> = {
    overhead: [
      'overhead: one real town, directly, through its Strapi GraphQL and through the gateway',
      async () => {
        results.overhead = await measureOverhead(settings, dir);
      },
    ],
    'fan-out': [
      'fan-out over fake towns',
      async () => {
        results.fanOut = await measureFanOut(settings, dir);
      },
    ],
    batching: [
      'batching',
      async () => {
        results.batching = await measureBatching(settings, dir);
      },
    ],
    'data-scale': [
      'data scale: one real town with many entries, on each database asked (--databases)',
      async () => {
        results.dataScale = await measureDataScale(settings, dir, log);
      },
    ],
    shielding: [
      'shielding',
      async () => {
        results.shielding = await measureShielding(settings, dir);
      },
    ],
    replicas: [
      'replicas: 1 to 6 gateway processes on one Redis, the same client load; then Redis killed under load',
      async () => {
        results.replicas = await measureReplicas(settings, dir);
      },
    ],
    memory: [
      'memory',
      async () => {
        results.memory = await measureMemory(settings, dir);
      },
    ],
    harvest: [
      'harvest: fake towns with change feeds into a PostgreSQL regional index; reads and exports from it',
      async () => {
        results.harvest = await measureHarvest(settings, dir, log);
      },
    ],
    dashboard: [
      "dashboard: the analyst's questions over fake towns from a PostgreSQL index, against paging; first render in Chromium",
      async () => {
        results.dashboard = await measureDashboard(settings, dir, log);
      },
    ],
  };
  try {
    const chosen = SCENARIOS.filter((s) => only.includes(s));
    for (const [i, scenario] of chosen.entries()) {
      const [title, run] = steps[scenario];
      log(`${i + 1}/${chosen.length} ${title}`);
      await run();
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
