import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchSettings } from './bench-settings';
import { measureBatching } from './scenarios/batching';
import { measureDataScale } from './scenarios/data-scale';
import { measureFanOut } from './scenarios/fan-out';
import { measureMemory } from './scenarios/memory';
import { measureOverhead } from './scenarios/overhead';
import { measureShielding } from './scenarios/shielding';

export type BenchResults = Awaited<ReturnType<typeof runBench>>;

/** Every scenario, in one run, so that each figure has its baseline from the same machine state. */
export async function runBench(settings: BenchSettings, log: (line: string) => void = () => undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'communes-bench-'));
  try {
    log('1/6 overhead: one real town, directly and through the gateway');
    const overhead = await measureOverhead(settings, dir);
    log('2/6 fan-out over fake towns');
    const fanOut = await measureFanOut(settings, dir);
    log('3/6 batching');
    const batching = await measureBatching(settings, dir);
    log('4/6 data scale: one real town with many entries, SQLite and PostgreSQL');
    const dataScale = await measureDataScale(settings, dir, log);
    log('5/6 shielding');
    const shielding = await measureShielding(settings, dir);
    log('6/6 memory');
    const memory = await measureMemory(settings, dir);
    return {
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, date: new Date().toISOString() },
      settings,
      overhead,
      fanOut,
      batching,
      dataScale,
      shielding,
      memory,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
