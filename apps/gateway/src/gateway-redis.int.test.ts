import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from './testing/gateway-harness';

/** The Redis these machines start before every session and before CI. */
const REDIS_URL = process.env.COMMUNES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const readyz = async (graphqlUrl: string) => (await (await fetch(new URL('/readyz', graphqlUrl))).json()) as Record<string, unknown>;

const metrics = async (graphqlUrl: string) => (await fetch(new URL('/metrics', graphqlUrl))).text();

describe('the upstream cache in Redis, shared by gateway replicas', () => {
  let town: FakeTown;

  beforeAll(async () => {
    town = await startFakeTown({
      code: 'red',
      entries: {
        'news-item': [
          { documentId: 'a'.repeat(24), headline: 'Shared', datePublished: '2026-01-01T00:00:00.000Z', locale: 'fr', topics: [] },
        ],
      },
    });
  });

  afterAll(async () => {
    await town?.stop();
  });

  it('lets a second replica answer from what the first one read', async () => {
    const replicas = await Promise.all(
      [1, 2].map(() => startGatewayOver([{ code: 'red', url: town.url }], { redisUrl: REDIS_URL, cacheTtlMs: 30_000 })),
    );
    try {
      // Started beside a working Redis, each replica is connected before it listens.
      for (const replica of replicas) {
        expect((await readyz(replica.url)).sharedCache).toBe('connected');
        expect(await metrics(replica.url)).toMatch(/^communes_shared_cache_connected 1$/m);
      }
      const first = await replicas[0]!.query<{ newsItems: { nodes: { headline: string }[] } }>('{ newsItems { nodes { headline } } }');
      expect(first.data?.newsItems.nodes[0]?.headline).toBe('Shared');
      const before = town.requests.length;
      const second = await replicas[1]!.query<{ newsItems: { nodes: { headline: string }[] } }>('{ newsItems { nodes { headline } } }');
      expect(second.data).toEqual(first.data);
      expect(town.requests.length).toBe(before);
    } finally {
      await Promise.all(replicas.map((r) => r.stop()));
    }
  });

  it('goes on without Redis when it cannot reach it, and says so in /readyz and /metrics', async () => {
    const gateway = await startGatewayOver([{ code: 'red', url: town.url }], { redisUrl: 'redis://127.0.0.1:1', cacheTtlMs: 30_000 });
    try {
      const { data, errors } = await gateway.query<{ newsItems: { totalCount: number } }>('{ newsItems { totalCount } }');
      expect(errors).toBeUndefined();
      expect(data?.newsItems.totalCount).toBe(1);
      expect(await readyz(gateway.url)).toMatchObject({ status: 'ready', sharedCache: 'unreachable' });
      expect(await metrics(gateway.url)).toMatch(/^communes_shared_cache_connected 0$/m);
    } finally {
      await gateway.stop();
    }
  });
});
