import { buildNewsFixture, startFakeTown } from '@communes/fake-town';
import type { BenchSettings } from '../bench-settings';
import { cpuSeconds, residentMb, startGatewayProcess } from '../gateway-process';
import { runLoad } from '../run-load';

const QUERY = JSON.stringify({ query: '{ newsItems(first: 20) { nodes { headline town { code } } } }' });
/** How long the one-at-a-time requests of a CPU figure run: CPU time is counted in 10 ms ticks. */
const CPU_RUN_MS = { full: 3000, quick: 300 };

export interface GatewayResources {
  towns: number;
  /** Started as `npm start` starts it (its heap limit), or without any heap limit: the baseline. */
  heapLimit: boolean;
  idleMb: number;
  /** After each round of load (cache on, the run's connections). */
  afterRoundsMb: number[];
  /** The V8 heap in use after each round (the gateway's own `nodejs_heap_size_used_bytes`). */
  heapAfterRoundsMb: number[];
  /** The gateway's CPU (user + system) per operation, cache off, one request at a time. */
  cpuMsPerOperation: number;
  operations: number;
}

/** The heap in use, as the gateway's /metrics reports it. */
async function heapUsedMb(url: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const match = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text);
  return match ? Math.round(Number(match[1]) / 1024 / 1024) : Number.NaN;
}

/** CPU per operation of a gateway over these towns with its cache off: every request fans out to every town. */
async function cpuPerOperation(dir: string, towns: { code: string; url: string }[], runMs: number, heapLimit: boolean) {
  const gateway = await startGatewayProcess(
    dir,
    towns,
    { GATEWAY_CACHE_TTL_MS: '0', GATEWAY_TOWN_TIMEOUT_MS: '10000' },
    heapLimit ? undefined : [],
  );
  try {
    const ask = async () => {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`The gateway answered errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
    };
    for (let i = 0; i < 5; i++) await ask();
    const before = cpuSeconds(gateway.pid);
    const started = Date.now();
    let operations = 0;
    while (Date.now() - started < runMs || operations < 10) {
      await ask();
      operations++;
    }
    return { cpuMsPerOperation: Math.round(((cpuSeconds(gateway.pid) - before) * 1000 * 10) / operations) / 10, operations };
  } finally {
    await gateway.stop();
  }
}

/**
 * The gateway's resources as the number of registered towns grows: resident memory idle and
 * after each round of load, the heap after each round, and the CPU one operation costs when
 * every request fans out to every town.
 */
export async function measureMemory(settings: BenchSettings, dir: string): Promise<GatewayResources[]> {
  const results: GatewayResources[] = [];
  const runs = [
    ...settings.resourceTownCounts.map((count) => ({ count, heapLimit: true })),
    // The baseline: the same at 100 towns (the aim's) with V8's own heap sizing (not in the smoke test).
    ...(settings.quick
      ? []
      : [{ count: settings.resourceTownCounts.find((c) => c > 1) ?? settings.resourceTownCounts[0]!, heapLimit: false }]),
  ];
  for (const { count, heapLimit } of runs) {
    const towns = await Promise.all(
      Array.from({ length: count }, (_, i) => startFakeTown({ code: `m${i}`, entries: { 'news-item': buildNewsFixture(`m${i}`, 20) } })),
    );
    const registry = towns.map((t, i) => ({ code: `m${i}`, url: t.url }));
    try {
      const gateway = await startGatewayProcess(
        dir,
        registry,
        { GATEWAY_CACHE_TTL_MS: '1000', GATEWAY_TOWN_TIMEOUT_MS: '10000' },
        heapLimit ? undefined : [],
      );
      const idleMb = residentMb(gateway.pid);
      const afterRoundsMb: number[] = [];
      const heapAfterRoundsMb: number[] = [];
      try {
        for (let round = 0; round < (settings.quick ? 2 : Math.max(3, settings.repeats)); round++) {
          await runLoad({
            url: gateway.url,
            body: QUERY,
            connections: settings.connections,
            durationSec: settings.durationSec,
            warmupSec: 0,
          });
          afterRoundsMb.push(residentMb(gateway.pid));
          heapAfterRoundsMb.push(await heapUsedMb(gateway.url));
        }
      } finally {
        await gateway.stop();
      }
      results.push({
        towns: count,
        heapLimit,
        idleMb,
        afterRoundsMb,
        heapAfterRoundsMb,
        ...(await cpuPerOperation(dir, registry, settings.quick ? CPU_RUN_MS.quick : CPU_RUN_MS.full, heapLimit)),
      });
    } finally {
      await Promise.all(towns.map((t) => t.stop()));
    }
  }
  return results;
}
