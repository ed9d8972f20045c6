import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type GatewayConfig, type RegisteredTown } from '@communes/gateway';
import { type Harvester, startHarvester } from '@communes/harvester';
import { type IndexDatabase, openEmbeddedIndex } from '@communes/regional-index';
import { DEMO_TOWNS } from '@communes/seed';
import { seedTownCached } from './seed-town-cached';
import { createTemporaryPostgresDatabase, startTownProcess } from '@communes/town';

export type RunningTown = Awaited<ReturnType<typeof startTownProcess>>;

export interface SeededRegion {
  root: string;
  database: RegionDatabase;
  towns: Record<string, RunningTown>;
  registry: RegisteredTown[];
  gateway: Awaited<ReturnType<typeof startGateway>>;
  /** With `index: true`: the embedded regional index, harvested once every town started, and its harvester. */
  index?: IndexDatabase;
  harvester?: Harvester;
  /** The gateway's origin, e.g. http://127.0.0.1:43121 (GraphQL is at `${origin}/graphql`). */
  origin: string;
  stop(): Promise<void>;
}

/** Where each town keeps its data: a SQLite file in its data folder, or a PostgreSQL database of its own. */
export type RegionDatabase = 'sqlite' | 'postgres';

export interface SeededRegionOptions {
  /** Demo town codes (seneffe, sambreville, eupen). */
  towns: string[];
  /**
   * `sqlite` (the default): a file per town. `postgres`: a temporary database per town on the
   * PostgreSQL of `createTemporaryPostgresDatabase` (127.0.0.1:5432, or
   * COMMUNES_TEST_POSTGRES_URL), dropped by `stop()`; two towns never share one.
   */
  database?: RegionDatabase;
  /** Town-years of content per town; small scales keep the suites fast. */
  scale: number;
  /**
   * Extra fields per registry entry (a token, say), by town code; or a function of the town
   * and its data folder, once the town has started (to pass on a token it generated).
   */
  registryExtras?: Record<string, Partial<RegisteredTown>> | ((town: { code: string; dataDir: string }) => Partial<RegisteredTown>);
  /** Extra environment per town process, by town code. */
  townEnv?: Record<string, Record<string, string>>;
  /** Work on a seeded town before it starts (its Strapi loaded in a child process, say). */
  beforeStart?: (town: { code: string; env: Record<string, string> }) => Promise<void>;
  gateway?: Partial<GatewayConfig>;
  /** Harvest the towns into an embedded regional index (PGlite) the gateway reads: bulk exports. */
  index?: boolean;
}

/**
 * Real demo towns seeded in a temporary folder (SQLite, or a PostgreSQL database each), each
 * served by the town's own start script, and a gateway over them: what end-to-end suites of
 * the gateway's outputs share.
 */
export async function startSeededRegion(options: SeededRegionOptions): Promise<SeededRegion> {
  const database = options.database ?? 'sqlite';
  const root = mkdtempSync(join(tmpdir(), 'communes-region-'));
  const profiles = options.towns.map((code) => {
    const profile = DEMO_TOWNS.find((t) => t.code === code);
    if (!profile) throw new Error(`${code} is not a demo town (${DEMO_TOWNS.map((t) => t.code).join(', ')}).`);
    return profile;
  });
  const towns: Record<string, RunningTown> = {};
  const databases: { url: string; drop(): Promise<void> }[] = [];
  const databaseUrls: Record<string, string> = {};
  let index: IndexDatabase | undefined;
  let harvester: Harvester | undefined;
  const stopTowns = async () => {
    await Promise.all(Object.values(towns).map((t) => t.stop()));
    // Dropped once no town holds a connection to it.
    await Promise.all(databases.map((d) => d.drop()));
  };
  try {
    if (database === 'postgres') {
      for (const town of profiles) {
        const created = await createTemporaryPostgresDatabase(`communes_region_${town.code}`);
        databases.push(created);
        databaseUrls[town.code] = created.url;
      }
    }
    await Promise.all(
      profiles.map((town) =>
        seedTownCached({
          town: town.code,
          scale: options.scale,
          dataDir: join(root, town.code),
          databaseUrl: databaseUrls[town.code],
        }),
      ),
    );
    // Each town boots in its own process: side by side, not one after the other.
    await Promise.all(
      profiles.map(async (town) => {
        const env = {
          TOWN_CODE: town.code,
          TOWN_NAME: town.name,
          TOWN_LOCALES: town.locales.join(','),
          TOWN_SUBSCRIPTIONS: town.subscriptions?.join(',') ?? '',
          TOWN_DATA_DIR: join(root, town.code),
          DATABASE_URL: databaseUrls[town.code] ?? '',
          ...options.townEnv?.[town.code],
        };
        await options.beforeStart?.({ code: town.code, env });
        towns[town.code] = await startTownProcess({ env });
      }),
    );
    const extras = (code: string) =>
      typeof options.registryExtras === 'function'
        ? options.registryExtras({ code, dataDir: join(root, code) })
        : options.registryExtras?.[code];
    const registry: RegisteredTown[] = profiles.map((t) => ({
      code: t.code,
      name: t.name,
      url: towns[t.code]!.url,
      locales: t.locales,
      groups: t.groups,
      ...extras(t.code),
    }));
    const registryFile = join(root, 'towns.json');
    writeFileSync(registryFile, JSON.stringify({ towns: registry }));
    if (options.index) {
      index = await openEmbeddedIndex({ dataDir: join(root, 'index') });
      harvester = await startHarvester({ index, towns: registry.map((t) => ({ code: t.code, url: t.url })), intervalMs: 3_600_000 });
      await harvester.harvestNow();
      const failed = [...harvester.states().values()].filter((state) => state.failures);
      if (failed.length) throw new Error(`The first harvest failed: ${failed.map((state) => state.lastError).join('; ')}`);
    }
    const gateway = await startGateway({
      registryFile,
      port: 0,
      logLevel: 'silent',
      cacheTtlMs: 0,
      // A real town beside every other suite of CI once took over the 5 s default for a page of
      // 100 agenda items on PostgreSQL; what a timeout does is tested over fake towns.
      townTimeoutMs: 20_000,
      ...options.gateway,
      ...(index ? { index } : {}),
    });
    return {
      root,
      database,
      towns,
      registry,
      gateway,
      ...(index && harvester ? { index, harvester } : {}),
      origin: new URL(gateway.url).origin,
      async stop() {
        await gateway.stop();
        await harvester?.stop();
        await index?.close();
        await stopTowns();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await harvester?.stop();
    await index?.close();
    await stopTowns();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
