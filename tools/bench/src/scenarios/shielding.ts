import { buildNewsFixture, startFakeTown } from '@communes/fake-town';
import type { BenchSettings } from '../bench-settings';
import { startGatewayProcess } from '../gateway-process';
import { runLoad, type LoadFigures } from '../run-load';

const REGIONAL = JSON.stringify({
  query:
    '{ newsItems(group: "bench", first: 20, orderBy: [{ field: datePublished, direction: DESC }]) { nodes { headline town { code } } } }',
});
const TOWNS = 5;

/**
 * Sustained load of one regional query on the gateway, cache on: how many requests each town
 * receives per second (the aim: about one per cache TTL), against the clients' rate.
 */
export async function measureShielding(
  settings: BenchSettings,
  dir: string,
): Promise<{ ttlMs: number; client: LoadFigures; upstreamPerTownPerSec: number }> {
  const towns = await Promise.all(
    Array.from({ length: TOWNS }, (_, i) =>
      startFakeTown({ code: `s${i}`, entries: { 'news-item': buildNewsFixture(`s${i}`, 40) }, delayMs: settings.fakeTownLatencyMs }),
    ),
  );
  const gateway = await startGatewayProcess(
    dir,
    towns.map((t, i) => ({ code: `s${i}`, url: t.url })),
    { GATEWAY_CACHE_TTL_MS: String(settings.shieldTtlMs) },
  );
  try {
    await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: REGIONAL });
    const before = towns.map((t) => t.requests.filter((r) => r.includes('news-items')).length);
    const duration = settings.durationSec * 2;
    const client = await runLoad({
      url: gateway.url,
      body: REGIONAL,
      connections: settings.connections,
      durationSec: duration,
      warmupSec: 0,
    });
    const upstream = towns.map((t, i) => t.requests.filter((r) => r.includes('news-items')).length - before[i]!);
    return {
      ttlMs: settings.shieldTtlMs,
      client,
      upstreamPerTownPerSec: Number((upstream.reduce((a, b) => a + b, 0) / towns.length / duration).toFixed(2)),
    };
  } finally {
    await gateway.stop();
    await Promise.all(towns.map((t) => t.stop()));
  }
}
