import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadRegistryFile, type RegisteredTown, startGateway } from '@communes/gateway';
import { startHarvester, type TownSource, watchTownSources } from '@communes/harvester';
import { countLiveEntries, openEmbeddedIndex } from '@communes/regional-index';
import { DEMO_MEMBERS, DEMO_TOWNS, SEED_THEN_SERVE_SCRIPT, type TownProfile } from '@communes/seed';
import { readServiceRequestToken, startTownProcess } from '@communes/town';

/** The demo's members: three towns, a CPAS and a police zone (each of these with a few plugins). */
const MEMBERS: readonly TownProfile[] = [...DEMO_TOWNS, ...DEMO_MEMBERS];
/** A member other than a town gets a little content of its own: a third of a town-year. */
const MEMBER_SCALE = 0.3;

/** A secret of the demo, made on its first start and kept in its data folder (never in git). */
function loadOrCreateSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export interface DemoOptions {
  /** Where the towns keep their data between runs. */
  dataDir: string;
  gatewayPort: number;
  harvesterPort: number;
  /** The first town's port; the others follow. */
  firstTownPort: number;
  scale: number;
  log: (line: string) => void;
}

/**
 * The demo region: each town seeded on its first start (a town-year of content), served by
 * the reference town app, federated by the gateway, and harvested into the embedded regional
 * index (PGlite in the data folder), each town notifying the harvester of its changes.
 * Resolves once everything listens; the first harvest goes on in the background.
 */
export async function startDemo({ dataDir, gatewayPort, harvesterPort, firstTownPort, scale, log }: DemoOptions) {
  mkdirSync(dataDir, { recursive: true });
  const dirOf = (town: TownProfile) => join(dataDir, town.code);
  const unseeded = MEMBERS.filter((town) => !existsSync(join(dirOf(town), 'seeded')));
  if (unseeded.length) log(`Seeding ${unseeded.map((t) => t.name).join(', ')} (first start only, about a minute)...`);

  const index = await openEmbeddedIndex({ dataDir: join(dataDir, 'index') });
  // The registry's towns once it is written (below), members joined with member:new included.
  let sources: () => TownSource[] = () => [];
  const notifyTokenFile = join(dataDir, 'harvester-notify-token');
  const harvester = await startHarvester({
    index,
    towns: () => sources(),
    intervalMs: 30_000,
    notifyToken: loadOrCreateSecret(dataDir, 'harvester-notify-token'),
    port: harvesterPort,
    log: (event) => {
      if (event.level === 'warn') log(`harvester: ${event.error}`);
    },
  });

  const towns = await Promise.all(
    MEMBERS.map((town, i) =>
      startTownProcess({
        // On its first start, a member is seeded in the process that then serves it: one Strapi start, not two.
        ...(unseeded.includes(town)
          ? {
              script: SEED_THEN_SERVE_SCRIPT,
              args: ['--town', town.code, '--scale', String(town.kind ? scale * MEMBER_SCALE : scale)],
              timeoutMs: 900_000,
            }
          : {}),
        env: {
          TOWN_CODE: town.code,
          TOWN_NAME: town.name,
          TOWN_LOCALES: town.locales.join(','),
          TOWN_PLUGINS: town.domains?.join(',') ?? '',
          TOWN_SUBSCRIPTIONS: town.subscriptions?.join(',') ?? '',
          TOWN_DATA_DIR: dirOf(town),
          PORT: String(firstTownPort + i),
          DATABASE_URL: '',
          TOWN_HARVESTER_NOTIFY_URL: `${harvester.url}/notify/${town.code}`,
          TOWN_HARVESTER_NOTIFY_TOKEN_FILE: notifyTokenFile,
          // The demo's gateway: a town's admin panel (when served) offers its members by name.
          TOWN_NETWORK_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
        },
      }).then((process) => {
        if (unseeded.includes(town)) writeFileSync(join(dirOf(town), 'seeded'), `scale ${scale}\n`);
        return { town, process };
      }),
    ),
  );
  const registryFile = join(dataDir, 'towns.json');
  const open311ApiKey = loadOrCreateSecret(dataDir, 'open311-api-key');
  writeFileSync(
    registryFile,
    JSON.stringify(
      {
        towns: [
          ...towns.map(({ town, process }) => ({
            code: town.code,
            name: town.name,
            kind: town.kind,
            url: process.url,
            // Each town's create-only token, which it wrote on its first start: Open311 POSTs.
            ...openOpen311(readServiceRequestToken(dirOf(town)), open311ApiKey),
            locales: town.locales,
            groups: town.groups,
          })),
          ...joinedMembers(registryFile, log),
        ],
      },
      null,
      2,
    ),
    { mode: 0o600 },
  );
  sources = watchTownSources(registryFile, (error) => log(`harvester: ${error.message}`));
  const started = Date.now();
  const firstHarvest = harvester
    .harvestNow()
    .then(async () => {
      const entries = await countLiveEntries(index, { kind: 'meeting' });
      log(
        `Regional index: harvested in ${((Date.now() - started) / 1000).toFixed(1)} s (${entries} meeting versions; status: ${harvester.url}/status)`,
      );
    })
    .catch((error: Error) => log(`Regional index: the first harvest stopped: ${error.message}`));
  // Any page may read the demo's public data (front ends on their own dev servers).
  const gateway = await startGateway({
    registryFile,
    port: gatewayPort,
    host: '127.0.0.1',
    logLevel: 'warn',
    corsOrigins: ['*'],
    index,
    dashboardDir: dashboardDist(),
  });
  return {
    gateway,
    harvester,
    towns,
    open311ApiKey,
    firstHarvest,
    async stop() {
      await gateway.stop();
      await harvester.stop();
      await index.close();
      await Promise.all(towns.map(({ process }) => process.stop()));
    },
  };
}

/** Open311 for a member that takes service requests (it made its create-only token at its first start). */
const openOpen311 = (writeToken: string | undefined, open311ApiKey: string) =>
  writeToken ? { writeToken, open311ApiKeys: [open311ApiKey] } : {};

/**
 * The members an operator added to the demo with `npm run member:new` (each runs from its own
 * folder): kept when the demo writes its towns again at start.
 */
function joinedMembers(registryFile: string, log: (line: string) => void): RegisteredTown[] {
  if (!existsSync(registryFile)) return [];
  try {
    const { towns } = loadRegistryFile(registryFile);
    const joined = towns.filter((town) => !MEMBERS.some((demo) => demo.code === town.code));
    if (joined.length)
      log(`Members joined with member:new, kept: ${joined.map((t) => t.code).join(', ')} (each starts from its own folder).`);
    return joined;
  } catch (error) {
    log(`${registryFile} was not a valid registry, written again with the demo's towns only: ${(error as Error).message}`);
    return [];
  }
}

/** The dashboard's build (`npm start` builds every package first), served by the gateway at /dashboard/. */
function dashboardDist(): string {
  return join(dirname(require.resolve('@communes/dashboard/package.json')), 'dist', 'app');
}
