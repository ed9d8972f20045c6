import { randomBytes } from 'node:crypto';
import { buildNewsFixture, startFakeTown } from '@communes/fake-town';
import { startHarvester } from '@communes/harvester';
import { countLiveEntries, type IndexDatabase, maintainIndex, openPostgresIndex } from '@communes/regional-index';
import { createTemporaryPostgresDatabase } from '@communes/town';
import type { BenchSettings } from '../bench-settings';
import { medianMs } from '../median-ms';
import { residentMb, startGatewayProcess } from '../gateway-process';
import { measureHarvesterProcess } from '../harvester-process';
import { expectGraphQLData } from '../run-load';

const KIND = 'news-item';
const TOKEN = randomBytes(16).toString('hex');

/** p50 and p95 of samples, in ms. */
const percentiles = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return { p50Ms: Math.round(at(0.5)), p95Ms: Math.round(at(0.95)), samples: sorted.length };
};

const YEAR = '{ datePublished: { gte: "2026-01-01T00:00:00+01:00", lt: "2027-01-01T00:00:00+01:00" } }';
const MARCH = '{ datePublished: { gte: "2026-03-01T00:00:00+01:00", lt: "2026-04-01T00:00:00+02:00" } }';

/** The aggregates' figures (see HarvestFigures), each answer checked against paging. */
async function measureAggregates(url: string, repeats: number): Promise<HarvestFigures['aggregates']> {
  const post = (query: string, variables: Record<string, unknown> = {}) => expectGraphQLData(url, JSON.stringify({ query, variables }));
  type Groups = { data: { newsItemsAggregate: { groups: { keys: { value: string }[]; count: number }[] } } };
  const byMonth = `{ newsItemsAggregate(filters: ${YEAR}, groupBy: [{ field: town }, { date: datePublished, bucket: MONTH }]) { groups { keys { value } count } } }`;
  const oneMonth = `{ newsItemsAggregate(filters: ${MARCH}, groupBy: [{ field: town }]) { groups { keys { value } count } } }`;
  const byMonthGroups = (JSON.parse(await post(byMonth)) as Groups).data.newsItemsAggregate.groups.length;
  const aggregated = new Map(
    (JSON.parse(await post(oneMonth)) as Groups).data.newsItemsAggregate.groups.map((g) => [g.keys[0]!.value, g.count]),
  );
  // The same counts as a client without aggregates makes them: every page of the month's list.
  const started = performance.now();
  const paged = new Map<string, number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    type Page = { data: { newsItems: { nodes: { town: { code: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const page: Page = JSON.parse(
      await post(
        `query ($after: String) { newsItems(filters: ${MARCH}, first: 100, after: $after) { nodes { town { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      ),
    );
    pages++;
    for (const node of page.data.newsItems.nodes) paged.set(node.town.code, (paged.get(node.town.code) ?? 0) + 1);
    if (!page.data.newsItems.pageInfo.hasNextPage) break;
    after = page.data.newsItems.pageInfo.endCursor;
  }
  const pagingMs = Math.round(performance.now() - started);
  const sorted = (m: Map<string, number>) => JSON.stringify([...m].sort());
  if (sorted(paged) !== sorted(aggregated)) throw new Error('The aggregate and the paged list count the month differently.');
  return {
    byMonthMs: await medianMs(repeats, post.bind(null, byMonth)),
    byMonthGroups,
    oneMonthMs: await medianMs(repeats, post.bind(null, oneMonth)),
    pagingMs,
    pages,
    entries: [...paged.values()].reduce((a, b) => a + b, 0),
  };
}

/** Waits until the index has rewritten one entry after `since` (epoch ms): how long a change took to arrive. */
async function waitForChange(index: IndexDatabase, town: string, documentId: string, since: number): Promise<number> {
  for (;;) {
    const [row] = await index.query<{ changed_at: Date | string }>(
      'select changed_at from index_entries where town = $1 and document_id = $2',
      [town, documentId],
    );
    if (row && new Date(row.changed_at).getTime() >= since) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface HarvestFigures {
  towns: number;
  entriesPerTown: number;
  initial: { ms: number; entries: number; entriesPerSec: number };
  indexMbPer100k: number;
  lagByNotification: ReturnType<typeof percentiles>;
  lagByPolling: ReturnType<typeof percentiles> & { intervalMs: number; towns: number };
  /**
   * Over `towns` towns, through a gateway: an ordered page of 20 with its total, and a filtered
   * count, read live (the gateway's fan-out, cache off) and from the index (the same query, a
   * gateway that reads its index), each answer checked equal.
   */
  readVsLive: { towns: number; livePageMs: number; indexPageMs: number; liveCountMs: number; indexCountMs: number }[];
  export: { rows: number; ms: number; rowsPerSec: number; megabytes: number; gatewayIdleMb: number; gatewayPeakMb: number };
  /**
   * Aggregates from the index over every town: the news per town per month of a year, and per
   * town for one month, the latter against the same counts made by paging the month's list.
   */
  aggregates: { byMonthMs: number; byMonthGroups: number; oneMonthMs: number; pagingMs: number; pages: number; entries: number };
  /** The same first harvest by the harvester in its own process, into an index of its own: time and resident memory. */
  harvesterProcess: Awaited<ReturnType<typeof measureHarvesterProcess>>;
}

/**
 * The regional index at scale: many fake towns (each with its change feed) harvested into a
 * PostgreSQL index; the time of the first harvest, the lag from a town's change to the index
 * (notified, and polled), a region-wide ordered page and count from the index against the
 * gateway's live fan-out over the same towns, and a full CSV export through the gateway.
 */
export async function measureHarvest(settings: BenchSettings, dir: string, log: (line: string) => void): Promise<HarvestFigures> {
  const count = Math.max(...settings.harvestTowns);
  const small = Math.min(...settings.harvestTowns);
  const database = await createTemporaryPostgresDatabase('communes_bench_index');
  const fixtures = Array.from({ length: count }, (_, i) => buildNewsFixture(`h${i}`, settings.harvestEntriesPerTown));
  const towns = await Promise.all(
    fixtures.map((entries, i) => startFakeTown({ code: `h${i}`, entries: { [KIND]: entries }, delayMs: settings.fakeTownLatencyMs })),
  );
  const sources = towns.map((town, i) => ({ code: `h${i}`, url: town.url }));
  const index = await openPostgresIndex({ url: database.url, schema: 'bench' });
  try {
    const harvester = await startHarvester({ index, towns: sources, intervalMs: 3_600_000, notifyToken: TOKEN, port: 0, concurrency: 8 });
    let started = performance.now();
    await harvester.harvestNow();
    const ms = Math.round(performance.now() - started);
    const entries = await countLiveEntries(index, { kind: KIND });
    log(`  first harvest: ${entries} entries of ${count} towns in ${ms} ms`);
    // As PostgreSQL's autovacuum does soon after a bulk load (and the harvester after 20,000 writes): before reading.
    await maintainIndex(index);
    const [size] = await index.query<{ bytes: string }>("select pg_total_relation_size('index_entries') as bytes");
    const indexMbPer100k = Math.round((Number(size!.bytes) / 1e6 / Math.max(1, entries)) * 100_000 * 10) / 10;

    // A town's change, notified: the harvester reads its feed at once.
    const notified: number[] = [];
    for (let i = 0; i < settings.lagSamples; i++) {
      const n = (i * 7919) % count;
      const documentId = String(fixtures[n]![i % fixtures[n]!.length]!.documentId);
      const since = Date.now();
      towns[n]!.recordChange(KIND, documentId, 'fr');
      await fetch(`${harvester.url}/notify/h${n}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
      notified.push(await waitForChange(index, `h${n}`, documentId, since));
    }
    await harvester.stop();

    // The same, polled every second (over the smaller set of towns: polling them all every second is its own load).
    const intervalMs = 1000;
    const poller = await startHarvester({ index, towns: sources.slice(0, small), intervalMs, concurrency: 8 });
    await new Promise((resolve) => setTimeout(resolve, intervalMs * 2));
    const polled: number[] = [];
    for (let i = 0; i < settings.lagSamples; i++) {
      const n = (i * 31) % small;
      const documentId = String(fixtures[n]![(i + 1) % fixtures[n]!.length]!.documentId);
      const since = Date.now();
      towns[n]!.recordChange(KIND, documentId, 'fr');
      polled.push(await waitForChange(index, `h${n}`, documentId, since));
    }
    await poller.stop();

    // Reads: a gateway's live fan-out (cache off) against a gateway reading its index, over the same towns.
    const registry = sources.map((s, i) => ({ ...s, groups: { region: 'bench', size: i < small ? 'small' : 'large' } }));
    const settingsOf = (reads: 'off' | 'regions') => ({
      GATEWAY_CACHE_TTL_MS: '0',
      GATEWAY_TOWN_TIMEOUT_MS: '20000',
      GATEWAY_INDEX_DATABASE_URL: database.url,
      GATEWAY_INDEX_SCHEMA: 'bench',
      GATEWAY_INDEX_READS: reads,
    });
    const live = await startGatewayProcess(dir, registry, settingsOf('off'));
    const gateway = await startGatewayProcess(dir, registry, settingsOf('regions'));
    const readVsLive: HarvestFigures['readVsLive'] = [];
    let exported: HarvestFigures['export'];
    let aggregates: HarvestFigures['aggregates'];
    try {
      for (const [n, group] of [
        [small, 'group: "size:small", '],
        [count, ''],
      ] as const) {
        const page = JSON.stringify({
          query: `{ newsItems(${group}first: 20, orderBy: [{ field: datePublished, direction: DESC }]) { totalCount source nodes { headline town { code } } } }`,
        });
        const counted = JSON.stringify({
          query: `{ newsItems(${group}first: 0, filters: { datePublished: { gte: "2026-03-01T00:00:00.000Z", lt: "2026-04-01T00:00:00.000Z" } }) { totalCount source } }`,
        });
        const post = (url: string, body: string) => () =>
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.text());
        // The same answer both ways, but for where it comes from.
        for (const body of [page, counted]) {
          const [fromTowns, fromIndex] = [await expectGraphQLData(live.url, body), await expectGraphQLData(gateway.url, body)];
          const same = (text: string) => text.replace(/"source":"(LIVE|INDEX)"/, '');
          if (!fromIndex.includes('"source":"INDEX"') || same(fromTowns) !== same(fromIndex))
            throw new Error(
              `The index and the towns answer differently over ${n} towns:\n${fromTowns.slice(0, 300)}\n${fromIndex.slice(0, 300)}`,
            );
        }
        readVsLive.push({
          towns: n,
          livePageMs: await medianMs(settings.repeats * 2, post(live.url, page)),
          indexPageMs: await medianMs(settings.repeats * 2, post(gateway.url, page)),
          liveCountMs: await medianMs(settings.repeats * 2, post(live.url, counted)),
          indexCountMs: await medianMs(settings.repeats * 2, post(gateway.url, counted)),
        });
      }
      await live.stop();

      // A full export, streamed: rows per second and the gateway's memory meanwhile.
      const gatewayIdleMb = residentMb(gateway.pid);
      let gatewayPeakMb = gatewayIdleMb;
      const sampler = setInterval(() => {
        gatewayPeakMb = Math.max(gatewayPeakMb, residentMb(gateway.pid));
      }, 50);
      started = performance.now();
      const response = await fetch(`${new URL(gateway.url).origin}/export/news-items.csv`);
      let bytes = 0;
      let lines = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const byte of chunk) if (byte === 10) lines++;
      }
      clearInterval(sampler);
      const exportMs = Math.round(performance.now() - started);
      // The header is a line; the news fixture has no line breaks inside its cells.
      const rows = lines - 1;
      exported = {
        rows,
        ms: exportMs,
        rowsPerSec: Math.round((rows / exportMs) * 1000),
        megabytes: Math.round(bytes / 1e5) / 10,
        gatewayIdleMb,
        gatewayPeakMb,
      };
      aggregates = await measureAggregates(gateway.url, settings.repeats * 2);
    } finally {
      await gateway.stop();
      await live.stop();
    }
    const harvesterProcess = await measureHarvesterProcess(dir, sources, { url: database.url, schema: 'bench_process' });
    log(`  harvester process: first harvest in ${harvesterProcess.ms} ms, ${harvesterProcess.peakMb} MB at most`);
    return {
      towns: count,
      entriesPerTown: settings.harvestEntriesPerTown,
      initial: { ms, entries, entriesPerSec: Math.round((entries / ms) * 1000) },
      indexMbPer100k,
      lagByNotification: percentiles(notified),
      lagByPolling: { ...percentiles(polled), intervalMs, towns: small },
      readVsLive,
      export: exported,
      aggregates,
      harvesterProcess,
    };
  } finally {
    await index.close();
    await Promise.all(towns.map((t) => t.stop()));
    await database.drop();
  }
}
