import { readFileSync } from 'node:fs';
import { openEmbeddedIndex, openPostgresIndex } from '@communes/regional-index';
import { watchTownSources } from './watch-town-sources';
import { startHarvester } from './start-harvester';

/** The only file that reads the environment. */
const env = process.env;
const number = (name: string, fallback: number): number => {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number of 0 or more, got ${JSON.stringify(env[name])}.`);
  return value;
};

async function main() {
  const registry = env.HARVESTER_REGISTRY;
  if (!registry) throw new Error("HARVESTER_REGISTRY must name the registry file (the gateway's towns.json).");
  const index = env.INDEX_DATABASE_URL
    ? await openPostgresIndex({ url: env.INDEX_DATABASE_URL, schema: env.INDEX_SCHEMA || undefined })
    : await openEmbeddedIndex({ dataDir: env.INDEX_DATA_DIR || '.data/index' });
  const notifyToken = env.HARVESTER_NOTIFY_TOKEN_FILE ? readFileSync(env.HARVESTER_NOTIFY_TOKEN_FILE, 'utf8').trim() : undefined;
  const harvester = await startHarvester({
    index,
    // The gateway's registry, followed: a town added there is harvested without a restart.
    towns: watchTownSources(registry, (error) =>
      console.log(JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'registry-refused', error: error.message })),
    ),
    intervalMs: number('HARVESTER_INTERVAL_MS', 30_000),
    timeoutMs: number('HARVESTER_TOWN_TIMEOUT_MS', 10_000),
    concurrency: number('HARVESTER_CONCURRENCY', 8),
    notifyToken,
    host: env.HOST || '127.0.0.1',
    port: number('PORT', 4100),
    ...(env.HARVESTER_REDIS_URL
      ? {
          queue: { redisUrl: env.HARVESTER_REDIS_URL, lockMs: number('HARVESTER_LOCK_MS', 30_000), name: env.HARVESTER_QUEUE || undefined },
        }
      : {}),
    log: (event) => {
      if (event.level !== 'debug' || env.HARVESTER_LOG_LEVEL === 'debug')
        console.log(JSON.stringify({ time: new Date().toISOString(), ...event }));
    },
  });
  console.log(JSON.stringify({ event: 'listening', url: harvester.url, index: index.engine }));
  const stop = async () => {
    await harvester.stop();
    await index.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
