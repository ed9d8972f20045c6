import { buildNewsFixture, startFakeTown } from '@communes/fake-town';
import type { BenchSettings } from '../bench-settings';
import { residentMb, startGatewayProcess } from '../gateway-process';
import { runLoad } from '../run-load';

const QUERY = JSON.stringify({ query: '{ newsItems(first: 20) { nodes { headline town { code } } } }' });

/** The gateway's resident memory with many registered towns: idle, after each round of load. */
export async function measureMemory(
  settings: BenchSettings,
  dir: string,
): Promise<{ towns: number; idleMb: number; afterRoundsMb: number[] }> {
  const count = Math.max(...settings.townCounts);
  const towns = await Promise.all(
    Array.from({ length: count }, (_, i) => startFakeTown({ code: `m${i}`, entries: { 'news-item': buildNewsFixture(`m${i}`, 20) } })),
  );
  const gateway = await startGatewayProcess(
    dir,
    towns.map((t, i) => ({ code: `m${i}`, url: t.url })),
    { GATEWAY_CACHE_TTL_MS: '1000' },
  );
  try {
    const idleMb = residentMb(gateway.pid);
    const afterRoundsMb: number[] = [];
    for (let round = 0; round < Math.max(2, settings.repeats); round++) {
      await runLoad({ url: gateway.url, body: QUERY, connections: settings.connections, durationSec: settings.durationSec, warmupSec: 0 });
      afterRoundsMb.push(residentMb(gateway.pid));
    }
    return { towns: count, idleMb, afterRoundsMb };
  } finally {
    await gateway.stop();
    await Promise.all(towns.map((t) => t.stop()));
  }
}
