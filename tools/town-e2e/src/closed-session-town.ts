import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '@communes/gateway';
import { DEMO_TOWNS } from '@communes/seed';
import { seedTownCached } from './seed-town-cached';
import { startTownProcess } from '@communes/town';
import { runTownFixture } from './run-town-fixture';

/** What `fixtures/plant-closed-session-item.js` planted: a closed-session item whose withheld fields can be looked for. */
export interface PlantedClosedItem {
  /** In its resolution text (each locale) and in its files' names and contents. */
  canary: string;
  item: string;
  name: string;
  meeting: string;
  /** Its decision paper, then another paper heard under it; linked to this item only. */
  papers: string[];
  number: string;
  order: number;
  public: false;
  result: string;
  start: string;
  end: string;
  /** The open control item: the same result, a mark of its own in its resolution text, heard on the second paper. */
  open: { item: string; mark: string };
}

export interface ClosedSessionTown {
  /** The town's REST root, `…/api`. */
  api: string;
  /** The gateway's origin (GraphQL at `/graphql`, OParl at `/oparl/v1`, calendars at `/calendar`). */
  origin: string;
  town: { code: string; locales: readonly string[] };
  planted: PlantedClosedItem;
  stop(): Promise<void>;
}

/**
 * Eupen (de, fr) seeded on the given database (SQLite in a temporary folder when none), a
 * closed-session item planted before it starts, served by the town's own start script, and a
 * gateway over it.
 */
export async function startClosedSessionTown(databaseUrl?: string): Promise<ClosedSessionTown> {
  const profile = DEMO_TOWNS.find((t) => t.code === 'eupen')!;
  const root = mkdtempSync(join(tmpdir(), 'communes-closed-session-'));
  const dataDir = join(root, profile.code);
  const env = {
    TOWN_CODE: profile.code,
    TOWN_NAME: profile.name,
    TOWN_LOCALES: profile.locales.join(','),
    TOWN_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? '',
  };
  let town: Awaited<ReturnType<typeof startTownProcess>> | undefined;
  try {
    await seedTownCached({ town: profile.code, scale: 0.1, dataDir, databaseUrl });
    const planted = await runTownFixture<PlantedClosedItem>('plant-closed-session-item.js', env);
    town = await startTownProcess({ env });
    const registryFile = join(root, 'towns.json');
    writeFileSync(
      registryFile,
      JSON.stringify({
        towns: [{ code: profile.code, name: profile.name, url: town.url, locales: profile.locales, groups: profile.groups }],
      }),
    );
    const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
    const running = town;
    return {
      api: town.api,
      origin: new URL(gateway.url).origin,
      town: { code: profile.code, locales: profile.locales },
      planted,
      async stop() {
        await gateway.stop();
        await running.stop();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await town?.stop();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
