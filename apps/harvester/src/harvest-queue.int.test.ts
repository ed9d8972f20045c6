import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNewsFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { countLiveEntries, type IndexDatabase, openPostgresIndex, readHarvestStates } from '@communes/regional-index';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const POSTGRES = process.env.INDEX_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.HARVESTER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MAIN = join(__dirname, '..', 'dist', 'main.js');
const ENTRIES = 30;

interface Worker {
  child: ChildProcess;
  /** Towns whose harvest this process started, in order. */
  started: string[];
}

/**
 * Two harvester processes sharing one queue (Redis) and one index (PostgreSQL), as production
 * runs them: every town harvested once, none by both at once, and a town whose worker dies in
 * the middle of its harvest taken up by the other worker.
 */
describe('harvest jobs shared by harvester processes through the queue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communes-queue-'));
  const schema = `harvest_queue_${randomBytes(4).toString('hex')}`;
  const queue = `communes-harvest-test-${randomBytes(4).toString('hex')}`;
  const workers: Worker[] = [];
  let towns: FakeTown[] = [];
  let slow: FakeTown;
  let index: IndexDatabase;

  const startWorker = (registry: string): Worker => {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        HARVESTER_REGISTRY: registry,
        INDEX_DATABASE_URL: POSTGRES,
        INDEX_SCHEMA: schema,
        HARVESTER_REDIS_URL: REDIS,
        HARVESTER_QUEUE: queue,
        HARVESTER_LOCK_MS: '2000',
        HARVESTER_INTERVAL_MS: '3600000',
        HARVESTER_LOG_LEVEL: 'debug',
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker: Worker = { child, started: [] };
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const event = JSON.parse(line) as { event?: string; town?: string };
        if (event.event === 'harvest-started' && event.town) worker.started.push(event.town);
      }
    });
    workers.push(worker);
    return worker;
  };
  const until = async (what: string, test: () => Promise<boolean> | boolean, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await test())) {
      if (Date.now() > deadline) throw new Error(`Still waiting for ${what} after ${timeoutMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const reads = (town: FakeTown, path: string) => town.requests.filter((request) => request.startsWith(path)).length;

  beforeAll(async () => {
    // Each request to this town takes 1.5 s: its harvest is long enough to kill its worker in the middle.
    slow = await startFakeTown({ code: 'slow', entries: { 'news-item': buildNewsFixture('slow', ENTRIES) }, delayMs: 1500 });
    towns = await Promise.all(
      ['alpha', 'beta', 'gamma'].map((code) => startFakeTown({ code, entries: { 'news-item': buildNewsFixture(code, ENTRIES) } })),
    );
    const registry = join(dir, 'towns.json');
    writeFileSync(
      registry,
      JSON.stringify({ towns: [slow, ...towns].map((town, i) => ({ code: ['slow', 'alpha', 'beta', 'gamma'][i], url: town.url })) }),
    );
    index = await openPostgresIndex({ url: POSTGRES, schema });
    startWorker(registry);
    startWorker(registry);
  });

  afterAll(async () => {
    for (const { child } of workers) child.kill('SIGKILL');
    await index?.close();
    await Promise.all([slow, ...towns].map((town) => town?.stop()));
    const client = new Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes up the town of a worker killed mid-harvest, and never harvests a town twice at once', async () => {
    await until('a worker to start the slow town', () => workers.some((w) => w.started.includes('slow')));
    const holder = workers.find((w) => w.started.includes('slow'))!;
    const other = workers.find((w) => w !== holder)!;
    // Both processes queue every due town at every round (each 250 ms); one run only reads the
    // slow town (its manifest, then 1.5 s later its feed), the other worker never starts it.
    await until('the slow town to be asked for its feed', () => reads(slow, '/api/communes-core/changes') > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reads(slow, '/api/communes-core/manifest')).toBe(1);
    expect(reads(slow, '/api/communes-core/changes')).toBe(1);
    expect(other.started).not.toContain('slow');

    holder.child.kill('SIGKILL');
    await until('the other worker to take up the slow town', () => other.started.includes('slow'), 20_000);
    // Its entries are written before its harvest's state: the harvest is done once both are.
    await until(
      'the slow town in the index, its harvest done',
      async () =>
        (await countLiveEntries(index, { kind: 'news-item', towns: ['slow'] })) === ENTRIES &&
        (await readHarvestStates(index)).get('slow')?.lastSuccess instanceof Date,
    );

    const states = await readHarvestStates(index);
    for (const town of ['slow', 'alpha', 'beta', 'gamma']) {
      expect(states.get(town), town).toMatchObject({ failures: 0, lastError: null });
      expect(states.get(town)!.lastSuccess, town).toBeInstanceOf(Date);
    }
    expect(await countLiveEntries(index, { kind: 'news-item' })).toBe(4 * ENTRIES);
    // Every town was harvested once by the two processes together (the killed run aside).
    for (const town of ['alpha', 'beta', 'gamma'])
      expect(
        workers.flatMap((w) => w.started).filter((t) => t === town),
        town,
      ).toHaveLength(1);
  }, 60_000);
});
