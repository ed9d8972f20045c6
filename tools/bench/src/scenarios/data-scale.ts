import { join, resolve } from 'node:path';
import { DEMO_TOWNS, planTown, seedTownInChildProcess } from '@communes/seed';
import { createTemporaryPostgresDatabase, ensurePostgresDatabase, startTownProcess } from '@communes/town';
import type { BenchSettings } from '../bench-settings';
import { startGatewayProcess } from '../gateway-process';
import { expectGraphQLData, medianOf, runLoad, type LoadFigures } from '../run-load';

/** Filtered, ordered lists a town's website and a regional portal ask for, in both forms. */
export const DATA_SCALE_QUERIES = [
  {
    name: 'held council meetings, newest first, with their agenda items',
    graphql:
      '{ meetings(first: 20, filters: { meetingState: { eq: held } }, orderBy: [{ field: start, direction: DESC }]) { totalCount nodes { name start agendaItems { number name } } } }',
    rest: '/communes-council/meetings?filters[meetingState][$eq]=held&sort[0]=start:desc&pagination[pageSize]=20&populate[agendaItems][fields][0]=number&populate[agendaItems][fields][1]=name',
  },
  {
    name: 'concerts in one year, soonest first',
    graphql:
      '{ events(first: 20, filters: { categories: { contains: concert }, start: { gte: "2020-01-01T00:00:00.000Z", lt: "2021-01-01T00:00:00.000Z" } }, orderBy: [{ field: start }]) { totalCount nodes { name start locationName } } }',
    rest: '/communes-agenda/events?filters[$and][0][categories][$contains]="concert"&filters[start][$gte]=2020-01-01T00:00:00.000Z&filters[start][$lt]=2021-01-01T00:00:00.000Z&sort[0]=start:asc&pagination[pageSize]=20&fields[0]=name&fields[1]=start&fields[2]=locationName',
  },
  {
    name: 'open service requests, newest first, with their service type',
    graphql:
      '{ serviceRequests(first: 20, filters: { requestStatus: { eq: open } }, orderBy: [{ field: requestedAt, direction: DESC }]) { totalCount nodes { description requestedAt serviceType { name } } } }',
    rest: '/communes-requests/service-requests?filters[requestStatus][$eq]=open&sort[0]=requestedAt:desc&pagination[pageSize]=20&fields[0]=description&fields[1]=requestedAt&populate[serviceType][fields][0]=name',
  },
] as const;

export interface DataScaleFigures {
  database: 'sqlite' | 'postgres';
  /** Town-years of content, and the entries (published and drafts) they make. */
  scale: number;
  entries: number;
  queries: { name: string; direct: LoadFigures; gateway: LoadFigures }[];
}

const REPO = resolve(__dirname, '../../../..');

/**
 * One real town with about 100,000 entries (57 town-years) on SQLite and on PostgreSQL: the
 * same filtered, ordered lists through its REST API and through the gateway (cache off, one
 * connection: latency, not queueing). Seeding that much takes most of an hour, so the full
 * run keeps its data sets in .data/bench and a database per scale, and reuses them; the
 * seeder's ledger makes a rerun add only what is missing.
 */
export async function measureDataScale(settings: BenchSettings, dir: string, log: (line: string) => void): Promise<DataScaleFigures[]> {
  const results: DataScaleFigures[] = [];
  const entries = planTown(DEMO_TOWNS.find((t) => t.code === 'seneffe')!, settings.dataScale).length;
  const persistent = !settings.quick;
  const datasets = await Promise.all(
    settings.dataScaleDatabases.map(async (database) => {
      const dataDir = persistent
        ? join(REPO, '.data/bench', `seneffe-${settings.dataScale}-${database === 'sqlite' ? 'sqlite' : 'pg'}`)
        : join(dir, `scale-${database}`);
      const temporary = database === 'postgres' && !persistent ? await createTemporaryPostgresDatabase('communes_bench') : undefined;
      const databaseUrl =
        database === 'sqlite'
          ? ''
          : (temporary?.url ?? (await ensurePostgresDatabase(`communes_bench_scale${String(settings.dataScale).replace('.', '_')}`)));
      return { database, dataDir, databaseUrl, temporary };
    }),
  );
  try {
    // Both data sets at once: seeding is most of this scenario's time.
    await Promise.all(
      datasets.map(async ({ database, dataDir, databaseUrl }) => {
        const started = Date.now();
        await seedTownInChildProcess({ town: 'seneffe', scale: settings.dataScale, dataDir, databaseUrl: databaseUrl || undefined });
        log(`  ${database}: data set ready in ${Math.round((Date.now() - started) / 1000)} s (${dataDir})`);
      }),
    );
    for (const { database, dataDir, databaseUrl } of datasets) {
      const town = await startTownProcess({
        env: {
          TOWN_CODE: 'seneffe',
          TOWN_NAME: 'Seneffe',
          TOWN_LOCALES: 'fr',
          TOWN_DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
          TOWN_LOG_LEVEL: 'error',
        },
      });
      const gateway = await startGatewayProcess(dir, [{ code: 'seneffe', url: town.url }], { GATEWAY_CACHE_TTL_MS: '0' });
      try {
        const load = (url: string, body?: string) =>
          medianOf(settings.repeats, () =>
            runLoad({ url, body, connections: 1, durationSec: settings.dataScaleDurationSec, warmupSec: settings.warmupSec }),
          );
        const queries = [];
        for (const query of DATA_SCALE_QUERIES) {
          const body = JSON.stringify({ query: query.graphql });
          await expectGraphQLData(gateway.url, body);
          queries.push({
            name: query.name,
            direct: await load(`${town.api}${encodeURI(query.rest)}`),
            gateway: await load(gateway.url, body),
          });
        }
        results.push({ database, scale: settings.dataScale, entries, queries });
      } finally {
        await gateway.stop();
        await town.stop();
      }
    }
  } finally {
    await Promise.all(datasets.map((d) => d.temporary?.drop()));
  }
  return results;
}
