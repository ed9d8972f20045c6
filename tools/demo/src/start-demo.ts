import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGateway } from '@communes/gateway';
import { DEMO_TOWNS, seedTownInChildProcess, type TownProfile } from '@communes/seed';
import { readServiceRequestToken, startTownProcess } from '@communes/town';

/** The demo's Open311 api_key, made on its first start and kept in its data folder (never in git). */
function loadOrCreateOpen311Key(dataDir: string): string {
  const file = join(dataDir, 'open311-api-key');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

export interface DemoOptions {
  /** Where the towns keep their data between runs. */
  dataDir: string;
  gatewayPort: number;
  /** The first town's port; the others follow. */
  firstTownPort: number;
  scale: number;
  log: (line: string) => void;
}

/**
 * The demo region: each town seeded on its first start (a town-year of content), served by
 * the reference town app, and federated by the gateway. Resolves once everything listens.
 */
export async function startDemo({ dataDir, gatewayPort, firstTownPort, scale, log }: DemoOptions) {
  mkdirSync(dataDir, { recursive: true });
  const dirOf = (town: TownProfile) => join(dataDir, town.code);
  const unseeded = DEMO_TOWNS.filter((town) => !existsSync(join(dirOf(town), 'seeded')));
  if (unseeded.length) log(`Seeding ${unseeded.map((t) => t.name).join(', ')} (first start only, about a minute)...`);
  await Promise.all(
    unseeded.map(async (town) => {
      await seedTownInChildProcess({ town: town.code, scale, dataDir: dirOf(town) });
      writeFileSync(join(dirOf(town), 'seeded'), `scale ${scale}\n`);
    }),
  );

  const towns = await Promise.all(
    DEMO_TOWNS.map((town, i) =>
      startTownProcess({
        env: {
          TOWN_CODE: town.code,
          TOWN_NAME: town.name,
          TOWN_LOCALES: town.locales.join(','),
          TOWN_DATA_DIR: dirOf(town),
          PORT: String(firstTownPort + i),
          DATABASE_URL: '',
        },
      }).then((process) => ({ town, process })),
    ),
  );
  const registryFile = join(dataDir, 'towns.json');
  const open311ApiKey = loadOrCreateOpen311Key(dataDir);
  writeFileSync(
    registryFile,
    JSON.stringify(
      {
        towns: towns.map(({ town, process }) => ({
          code: town.code,
          name: town.name,
          url: process.url,
          // Each town's create-only token, which it wrote on its first start: Open311 POSTs.
          writeToken: readServiceRequestToken(dirOf(town)),
          open311ApiKeys: [open311ApiKey],
          locales: town.locales,
          groups: town.groups,
        })),
      },
      null,
      2,
    ),
    { mode: 0o600 },
  );
  // Any page may read the demo's public data (front ends on their own dev servers).
  const gateway = await startGateway({ registryFile, port: gatewayPort, host: '127.0.0.1', logLevel: 'warn', corsOrigins: ['*'] });
  return {
    gateway,
    towns,
    open311ApiKey,
    async stop() {
      await gateway.stop();
      await Promise.all(towns.map(({ process }) => process.stop()));
    },
  };
}
