import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_NODE_FLAGS } from './heap-limit';
import { startRedisServer } from './testing/start-redis-server';

/** The gateway as operators run it: its build, one process per replica (`nx test` builds it first). */
const MAIN = join(__dirname, '..', 'dist', 'main.js');
const TTL_MS = 4000;
/** Short, for the timeouts of the test of a town down; long enough for a cold replica beside CI's other suites. */
const TOWN_TIMEOUT_MS = 1000;
/** How long a replica's failed read is shared with the others (the gateway's default). */
const FAILURE_SHARED_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// biome-ignore lint/suspicious/noExplicitAny: the answers of several different queries, each read through optional chains; a missing field fails its assertion.
type Answer = { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] };

interface Replica {
  url: string;
  child: ChildProcess;
  query(text: string): Promise<Answer>;
}

async function startReplica(registryFile: string, redisUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      GATEWAY_REGISTRY: registryFile,
      HOST: '127.0.0.1',
      PORT: '0',
      REDIS_URL: redisUrl,
      GATEWAY_CACHE_TTL_MS: String(TTL_MS),
      GATEWAY_TOWN_TIMEOUT_MS: String(TOWN_TIMEOUT_MS),
      GATEWAY_CIRCUIT_FAILURES: '2',
      GATEWAY_CIRCUIT_OPEN_MS: '60000',
      GATEWAY_LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`a gateway replica exited with ${code} before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"listening"')) resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  const query = async (text: string) =>
    (await (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) })
    ).json()) as Answer;
  return { url, child, query };
}

/** Whether the replica's Redis connection is up, within 10 s. */
async function connected(replica: Replica): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const readyz = (await (await fetch(new URL('/readyz', replica.url))).json()) as Record<string, unknown>;
    if (readyz.sharedCache === 'connected') return true;
    await sleep(100);
  }
  return false;
}

const news = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    documentId: `n${String(i).padStart(23, '0')}`,
    headline: `News ${i}`,
    datePublished: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    locale: 'fr',
    topics: [],
  }));

/** How many times the town was asked each distinct thing (path and query). */
const countByUrl = (requests: string[]) => {
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
};

/**
 * Issue 18: three real gateway processes on one Redis (a Redis of the test's own, so that it
 * can be stopped mid-test) over fake towns. Every behaviour of the fake town used here is
 * tested against real Strapi in the town contract suite.
 */
describe('three gateway replicas on one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let alpha: FakeTown;
  let beta: FakeTown;
  let replicas: Replica[] = [];
  let dir: string;

  beforeAll(async () => {
    redis = await startRedisServer();
    alpha = await startFakeTown({ code: 'alpha', entries: { 'news-item': news(8) }, delayMs: 30 });
    beta = await startFakeTown({ code: 'beta', entries: { 'news-item': news(3) } });
    dir = mkdtempSync(join(tmpdir(), 'replicas-'));
    const registryFile = join(dir, 'towns.json');
    const town = (code: string, url: string) => ({ code, name: code, url, locales: ['fr'], groups: {} });
    writeFileSync(registryFile, JSON.stringify({ towns: [town('alpha', alpha.url), town('beta', beta.url)] }));
    replicas = await Promise.all([1, 2, 3].map(() => startReplica(registryFile, redis.url)));
    // A replica that could not reach Redis within its start-up wait (2 s) starts alone and
    // connects later, as in production; sharing is what is tested here, so wait for it.
    for (const replica of replicas) expect(await connected(replica)).toBe(true);
  }, 60_000);

  afterAll(async () => {
    for (const replica of replicas) replica.child.kill('SIGKILL');
    await Promise.all([alpha?.stop(), beta?.stop(), redis?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads each town answer once per TTL for all replicas, however many ask at once', async () => {
    const burst = (query: string) => Promise.all(Array.from({ length: 12 }, (_, i) => replicas[i % 3]!.query(query)));
    const query = '{ newsItems(towns: ["alpha"], first: 5) { totalCount nodes { headline } } }';
    const first = await burst(query);
    for (const answer of first) expect(answer).toEqual(first[0]);
    expect(first[0]?.data?.newsItems.totalCount).toBe(8);
    const afterFirst = countByUrl(alpha.requests);
    // Each replica asked its own questions at the same moment: still each reached the town once.
    expect(
      [...afterFirst.values()].every((n) => n === 1),
      JSON.stringify([...afterFirst]),
    ).toBe(true);

    await sleep(TTL_MS + 200);
    await burst(query);
    const afterSecond = countByUrl(alpha.requests);
    const list = [...afterSecond.keys()].find((url) => url.includes('news-items'))!;
    // Expired for all at once, and read again once for all.
    expect(afterSecond.get(list)).toBe(2);
  });

  it('continues on one replica a cursor another replica made', async () => {
    const page = (replica: Replica, args: string) =>
      replica.query(`{ newsItems(towns: ["alpha"], ${args}) { pageInfo { endCursor hasNextPage } nodes { headline } } }`);
    const firstTwo = await page(replicas[0]!, 'first: 2');
    const cursor = firstTwo.data?.newsItems.pageInfo.endCursor as string;
    expect(cursor).toBeTruthy();
    const next = await page(replicas[1]!, `first: 2, after: ${JSON.stringify(cursor)}`);
    const four = await page(replicas[2]!, 'first: 4');
    expect(next.errors).toBeUndefined();
    expect(next.data?.newsItems.nodes).toEqual(four.data?.newsItems.nodes.slice(2));
  });

  it('lets every replica know a town is down once one found it, without asking it again', async () => {
    beta.setFault('hang');
    // Two outages open the first replica's circuit. A failed read is shared for 1 s (the others
    // take the failure instead of asking again), so the second outage comes after it.
    for (const first of [1, 2]) {
      const answer = await replicas[0]!.query(`{ newsItems(towns: ["beta"], first: ${first}) { totalCount } }`);
      expect(answer.errors?.[0]?.extensions?.code).toBe('TOWN_TIMEOUT');
      await sleep(FAILURE_SHARED_MS + 100);
    }
    const asked = beta.requests.length;
    for (const replica of replicas.slice(1)) {
      const answer = await replica.query('{ newsItems(towns: ["beta"], first: 3) { totalCount } }');
      expect(answer.errors?.[0]?.extensions?.code).toBe('TOWN_UNAVAILABLE');
      const town = await replica.query('{ town(code: "beta") { status { state } } }');
      expect(town.data?.town.status.state).toBe('DOWN');
    }
    expect(beta.requests.length, 'the other replicas asked the town that was down').toBe(asked);
    beta.setFault('none');
  });

  it('keeps every replica answering when Redis stops, says so in /readyz, and shares again once Redis is back', async () => {
    await redis.stop();
    for (const [i, replica] of replicas.entries()) {
      // A read none of them made before: it needs the town, not a cache.
      const answer = await replica.query(`{ newsItems(towns: ["alpha"], first: ${3 + i}) { nodes { headline } } }`);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.newsItems.nodes).toHaveLength(3 + i);
      const readyz = (await (await fetch(new URL('/readyz', replica.url))).json()) as Record<string, unknown>;
      expect(readyz).toMatchObject({ status: 'ready', sharedCache: 'unreachable' });
    }
    await redis.restart();
    for (const replica of replicas) expect(await connected(replica)).toBe(true);
    const before = alpha.requests.length;
    const query = '{ newsItems(towns: ["alpha"], first: 7) { totalCount } }';
    await Promise.all(replicas.map((replica) => replica.query(query)));
    expect(alpha.requests.length - before, 'one read for the three replicas again').toBe(1);
  });
});
