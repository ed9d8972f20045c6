import { buildNewsFixture, startFakeTown } from '@communes/fake-town';
import type { BenchSettings } from '../bench-settings';
import { startGatewayProcess } from '../gateway-process';
import { expectGraphQLData, medianOf, runLoad, type LoadFigures } from '../run-load';

const QUERY = JSON.stringify({
  query: '{ newsItems(first: 20, orderBy: [{ field: datePublished, direction: DESC }]) { totalCount nodes { headline town { code } } } }',
});

/** A cross-town ordered list over more and more towns, each answering after a fixed latency. */
export interface FanOutFigures {
  towns: number;
  /** Under the run's concurrent connections. */
  figures: LoadFigures;
  /** One connection: the latency of one operation, without queueing behind others. */
  unloaded: LoadFigures;
}

export async function measureFanOut(settings: BenchSettings, dir: string): Promise<FanOutFigures[]> {
  const max = Math.max(...settings.townCounts);
  const towns = await Promise.all(
    Array.from({ length: max }, (_, i) =>
      startFakeTown({ code: `town${i}`, entries: { 'news-item': buildNewsFixture(`town${i}`, 40) }, delayMs: settings.fakeTownLatencyMs }),
    ),
  );
  const results: FanOutFigures[] = [];
  try {
    for (const count of settings.townCounts) {
      const gateway = await startGatewayProcess(
        dir,
        towns.slice(0, count).map((t, i) => ({ code: `town${i}`, url: t.url })),
        { GATEWAY_CACHE_TTL_MS: '0', GATEWAY_TOWN_TIMEOUT_MS: '10000' },
      );
      try {
        await expectGraphQLData(gateway.url, QUERY);
        const load = (connections: number) =>
          medianOf(settings.repeats, () =>
            runLoad({ url: gateway.url, body: QUERY, connections, durationSec: settings.durationSec, warmupSec: settings.warmupSec }),
          );
        results.push({ towns: count, figures: await load(settings.connections), unloaded: await load(1) });
      } finally {
        await gateway.stop();
      }
    }
  } finally {
    await Promise.all(towns.map((t) => t.stop()));
  }
  return results;
}
