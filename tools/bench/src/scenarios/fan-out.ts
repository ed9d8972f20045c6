import { buildNewsFixture, startFakeTown } from '@communes/fake-town';
import { startHarvester } from '@communes/harvester';
import { openPostgresIndex } from '@communes/regional-index';
import { createTemporaryPostgresDatabase } from '@communes/town';
import type { BenchSettings } from '../bench-settings';
import { startGatewayProcess } from '../gateway-process';
import { expectGraphQLData, medianOf, runLoad, type LoadFigures } from '../run-load';

const QUERY = JSON.stringify({
  query: '{ newsItems(first: 20, orderBy: [{ field: datePublished, direction: DESC }]) { totalCount nodes { headline town { code } } } }',
});
const SOURCE = JSON.stringify({
  query:
    '{ newsItems(first: 20, orderBy: [{ field: datePublished, direction: DESC }]) { source totalCount nodes { headline town { code } } } }',
});

/** Under the run's concurrent connections, and with one connection (one operation's latency, without queueing). */
export interface LoadedAndUnloaded {
  figures: LoadFigures;
  unloaded: LoadFigures;
}

/** A cross-town ordered list over more and more towns, each answering after a fixed latency. */
export interface FanOutFigures extends LoadedAndUnloaded {
  towns: number;
  /**
   * The same list from a gateway that reads a regional index (PostgreSQL) the towns were
   * harvested into: one query, whatever the number of towns. Its answer is checked equal to
   * the live one. None for one town: a gateway reads one town live, index or not.
   */
  fromIndex?: LoadedAndUnloaded;
}

export async function measureFanOut(settings: BenchSettings, dir: string): Promise<FanOutFigures[]> {
  const max = Math.max(...settings.townCounts);
  const database = await createTemporaryPostgresDatabase('communes_bench_fan_out');
  const towns: Awaited<ReturnType<typeof startFakeTown>>[] = [];
  const results: FanOutFigures[] = [];
  try {
    towns.push(
      ...(await Promise.all(
        Array.from({ length: max }, (_, i) =>
          startFakeTown({
            code: `town${i}`,
            entries: { 'news-item': buildNewsFixture(`town${i}`, 40) },
            delayMs: settings.fakeTownLatencyMs,
          }),
        ),
      )),
    );
    const sources = towns.map((t, i) => ({ code: `town${i}`, url: t.url }));
    const index = await openPostgresIndex({ url: database.url, schema: 'fan_out' });
    try {
      const harvester = await startHarvester({ index, towns: sources, intervalMs: 3_600_000, port: 0, concurrency: 8 });
      await harvester.harvestNow();
      await harvester.stop();
    } finally {
      await index.close();
    }
    const load = (url: string, connections: number) =>
      medianOf(settings.repeats, () =>
        runLoad({ url, body: QUERY, connections, durationSec: settings.durationSec, warmupSec: settings.warmupSec }),
      );
    for (const count of settings.townCounts) {
      const registry = sources.slice(0, count);
      const common = { GATEWAY_CACHE_TTL_MS: '0', GATEWAY_TOWN_TIMEOUT_MS: '10000' };
      const live = await startGatewayProcess(dir, registry, common);
      let liveAnswer: string;
      let figures: LoadedAndUnloaded;
      try {
        liveAnswer = await expectGraphQLData(live.url, SOURCE);
        figures = { figures: await load(live.url, settings.connections), unloaded: await load(live.url, 1) };
      } finally {
        await live.stop();
      }
      if (count === 1) {
        results.push({ towns: count, ...figures });
        continue;
      }
      const indexed = await startGatewayProcess(dir, registry, {
        ...common,
        GATEWAY_INDEX_DATABASE_URL: database.url,
        GATEWAY_INDEX_SCHEMA: 'fan_out',
        GATEWAY_INDEX_READS: 'regions',
      });
      try {
        const indexAnswer = await expectGraphQLData(indexed.url, SOURCE);
        const same = (text: string) => text.replace(/"source":"(LIVE|INDEX)"/, '');
        if (!indexAnswer.includes('"source":"INDEX"') || same(indexAnswer) !== same(liveAnswer))
          throw new Error(
            `Over ${count} towns the index and the towns answer differently:\n${liveAnswer.slice(0, 300)}\n${indexAnswer.slice(0, 300)}`,
          );
        results.push({
          towns: count,
          ...figures,
          fromIndex: { figures: await load(indexed.url, settings.connections), unloaded: await load(indexed.url, 1) },
        });
      } finally {
        await indexed.stop();
      }
    }
  } finally {
    await Promise.all(towns.map((t) => t.stop()));
    await database.drop();
  }
  return results;
}
