import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { buildNewsFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import type { BenchSettings } from '../bench-settings';
import { startGatewayProcess } from '../gateway-process';
import { runLoad, type LoadFigures } from '../run-load';

const QUERY = JSON.stringify({
  query:
    '{ newsItems(group: "bench", first: 20, orderBy: [{ field: datePublished, direction: DESC }]) { nodes { headline town { code } } } }',
});
const TOWNS = 5;

export interface ReplicaFigures {
  replicas: number;
  /** Every replica's clients together: requests per second summed, the slowest replica's p50. */
  client: LoadFigures;
  /** List requests each town received per cache TTL (the aim: the same as one replica's). */
  townRequestsPerTtl: number;
}

/** A Redis of the scenario's own: the last run stops it under load. */
async function startRedis() {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

const listRequests = (towns: FakeTown[]) => towns.reduce((n, t) => n + t.requests.filter((r) => r.includes('news-items')).length, 0);

/**
 * Issue 18: N gateway replicas on one Redis under the same total client load (the
 * connections split between them), over 5 fake towns. What the towns see per cache TTL,
 * and what the clients get (the replicas share these cores with the load generator). Then,
 * with the most replicas, Redis killed halfway through a run: the clients' errors, and the
 * towns' request rate before and after.
 */
export async function measureReplicas(settings: BenchSettings, dir: string) {
  const towns = await Promise.all(
    Array.from({ length: TOWNS }, (_, i) =>
      startFakeTown({ code: `r${i}`, entries: { 'news-item': buildNewsFixture(`r${i}`, 40) }, delayMs: settings.fakeTownLatencyMs }),
    ),
  );
  const registry = towns.map((t, i) => ({ code: `r${i}`, url: t.url }));
  const ttl = settings.shieldTtlMs;
  const duration = settings.durationSec * 2;
  const perTtl = (requests: number, seconds: number) => Number((requests / TOWNS / ((seconds * 1000) / ttl)).toFixed(2));

  async function withReplicas<T>(count: number, run: (urls: string[], redis: { stop(): void }) => Promise<T>): Promise<T> {
    const redis = await startRedis();
    const gateways = [];
    try {
      for (let i = 0; i < count; i++)
        gateways.push(await startGatewayProcess(dir, registry, { REDIS_URL: redis.url, GATEWAY_CACHE_TTL_MS: String(ttl) }));
      return await run(
        gateways.map((g) => g.url),
        redis,
      );
    } finally {
      await Promise.all(gateways.map((g) => g.stop()));
      redis.stop();
    }
  }

  /** The total client load split between the replicas, at the same time. */
  const load = async (urls: string[], seconds: number): Promise<LoadFigures> => {
    const connections = Math.max(1, Math.round(settings.connections / urls.length));
    const runs = await Promise.all(urls.map((url) => runLoad({ url, body: QUERY, connections, durationSec: seconds, warmupSec: 0 })));
    return {
      requestsPerSec: runs.reduce((s, r) => s + r.requestsPerSec, 0),
      p50Ms: Math.max(...runs.map((r) => r.p50Ms)),
      p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
      errors: runs.reduce((s, r) => s + r.errors, 0),
    };
  };

  try {
    const counts = settings.quick ? [1, 2] : [1, 3, 6];
    const byCount: ReplicaFigures[] = [];
    for (const count of counts) {
      byCount.push(
        await withReplicas(count, async (urls) => {
          const before = listRequests(towns);
          const client = await load(urls, duration);
          return { replicas: count, client, townRequestsPerTtl: perTtl(listRequests(towns) - before, duration) };
        }),
      );
    }
    const most = counts[counts.length - 1]!;
    const redisAway = await withReplicas(most, async (urls, redis) => {
      // At least 3 TTLs each side: the replicas' own memory holds answers for up to a TTL after Redis goes.
      const half = Math.max(Math.ceil((3 * ttl) / 1000), Math.round(duration / 2));
      const start = listRequests(towns);
      let atStop = start;
      const stopper = new Promise<void>((resolve) =>
        setTimeout(() => {
          atStop = listRequests(towns);
          redis.stop();
          resolve();
        }, half * 1000),
      );
      const client = await load(urls, half * 2);
      await stopper;
      return {
        replicas: most,
        client,
        townRequestsPerTtlBefore: perTtl(atStop - start, half),
        townRequestsPerTtlAfter: perTtl(listRequests(towns) - atStop, half),
      };
    });
    return { ttlMs: ttl, towns: TOWNS, byCount, redisAway };
  } finally {
    await Promise.all(towns.map((t) => t.stop()));
  }
}
