import { writeFileSync } from 'node:fs';
import { type FakeTown, buildNewsFixture, startFakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';

const REDIS_URL = process.env.COMMUNES_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NEWS = '{ newsItems(first: 5) { nodes { headline town { code } } } }';

type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;

/** One request as a client sends it, with its answer's status, cache status and text. */
async function send(gateway: Gateway, init: { body?: string; search?: string; headers?: Record<string, string> }) {
  const response = await fetch(`${gateway.url}${init.search ?? ''}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body,
  });
  return {
    status: response.status,
    cache: response.headers.get('cache-status'),
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}
const post = (gateway: Gateway, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  send(gateway, { body: JSON.stringify({ query, variables }), headers });

/**
 * Whole answers kept for the upstream TTL: a warm request costs the towns nothing and the
 * gateway a lookup, and no answer is ever served to a request it was not made for.
 */
describe('the operation cache', () => {
  let alpha: FakeTown;
  let beta: FakeTown;
  let gateway: Gateway;
  const asked = () => alpha.requests.length + beta.requests.length;

  beforeAll(async () => {
    alpha = await startFakeTown({ code: 'alpha', entries: { 'news-item': buildNewsFixture('alpha', 8) } });
    beta = await startFakeTown({ code: 'beta', entries: { 'news-item': buildNewsFixture('beta', 8) } });
    gateway = await startGatewayOver(
      [
        { code: 'alpha', url: alpha.url },
        { code: 'beta', url: beta.url },
      ],
      { cacheTtlMs: 30_000 },
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await alpha?.stop();
    await beta?.stop();
  });

  it('answers the same request again byte for byte without asking the towns, and says so', async () => {
    const first = await post(gateway, NEWS);
    expect(first.cache).toBe('communes-gateway; fwd=miss; stored');
    expect(JSON.parse(first.text).data.newsItems.nodes).toHaveLength(5);
    const before = asked();
    const second = await post(gateway, NEWS);
    expect(second).toMatchObject({ status: 200, type: first.type, text: first.text });
    expect(second.cache).toMatch(/^communes-gateway; hit; ttl=(29|30)$/);
    expect(asked()).toBe(before);
  });

  it('keys on the variables, the query, the method and the accepted type', async () => {
    const query = 'query ($n: Int) { newsItems(first: $n) { nodes { headline } } }';
    await post(gateway, query, { n: 2 });
    expect((await post(gateway, query, { n: 3 })).cache).toContain('fwd=miss');
    expect((await post(gateway, query, { n: 2 })).cache).toContain('hit');
    const graphqlResponse = await post(gateway, query, { n: 2 }, { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.cache).toContain('fwd=miss');
    expect(graphqlResponse.type).toContain('application/graphql-response+json');
    const search = `?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"n":2}')}`;
    const get = await send(gateway, { search, headers: { 'apollo-require-preflight': 'true' } });
    expect(get.cache).toContain('fwd=miss');
    expect(JSON.parse(get.text)).toEqual(JSON.parse((await post(gateway, query, { n: 2 })).text));
  });

  it("never lets a cached answer through Apollo's CSRF prevention", async () => {
    const search = `?query=${encodeURIComponent(NEWS)}`;
    expect((await send(gateway, { search, headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
    expect((await send(gateway, { search, headers: { 'apollo-require-preflight': 'true' } })).cache).toContain('hit');
    // A simple GET, as a page of another site can make a browser send: refused, cached or not.
    const simple = await send(gateway, { search });
    expect(simple.status).toBe(400);
    expect(simple.cache).not.toContain('hit');
  });

  it('keeps no error, and no answer a town failed', async () => {
    const bad = '{ newsItems(first: -1) { nodes { headline } } }';
    expect(JSON.parse((await post(gateway, bad)).text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post(gateway, bad)).cache).toContain('fwd=miss');
    beta.setFault('error500');
    try {
      const query = '{ newsItems(first: 7) { nodes { headline } } }';
      const partial = await post(gateway, query);
      expect(JSON.parse(partial.text).errors.map((e: { extensions: { town: string } }) => e.extensions.town)).toEqual(['beta']);
      expect(partial.cache).toBe('communes-gateway; fwd=miss');
      const before = alpha.requests.length + beta.requests.length;
      expect((await post(gateway, query)).cache).toBe('communes-gateway; fwd=miss');
      expect(asked()).toBeGreaterThan(before);
    } finally {
      beta.setFault('none');
    }
  });

  it("never serves one town's answer for another's, nor one origin's CORS headers to another", async () => {
    const query = 'query ($towns: [String!]) { newsItems(towns: $towns, first: 3) { nodes { headline town { code } } } }';
    const codesOf = (text: string) => JSON.parse(text).data.newsItems.nodes.map((n: { town: { code: string } }) => n.town.code);
    for (const town of ['alpha', 'beta', 'alpha', 'beta'])
      expect(codesOf((await post(gateway, query, { towns: [town] })).text)).toEqual([town, town, town]);
    expect((await post(gateway, query, { towns: ['beta'] })).cache).toContain('hit');

    const guarded = await startGatewayOver([{ code: 'alpha', url: alpha.url }], {
      cacheTtlMs: 30_000,
      corsOrigins: ['http://allowed.example'],
    });
    try {
      const from = async (origin: string) => {
        const response = await fetch(guarded.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ query: NEWS }),
        });
        await response.text();
        return { cache: response.headers.get('cache-status'), allow: response.headers.get('access-control-allow-origin') };
      };
      expect(await from('http://allowed.example')).toEqual({
        cache: 'communes-gateway; fwd=miss; stored',
        allow: 'http://allowed.example',
      });
      // The same answer, kept: a page of another origin still gets no permission to read it.
      expect(await from('http://evil.example')).toEqual({ cache: expect.stringContaining('hit'), allow: null });
      expect((await from('http://allowed.example')).allow).toBe('http://allowed.example');
    } finally {
      await guarded.stop();
    }
  });

  it('forgets every answer when the registry changes the towns behind them', async () => {
    const query = '{ newsItems(first: 4) { nodes { town { code } } } }';
    await post(gateway, query);
    expect((await post(gateway, query)).cache).toContain('hit');
    writeFileSync(
      gateway.registryFile,
      JSON.stringify({ towns: [{ code: 'alpha', name: 'alpha', url: alpha.url, locales: ['fr'], groups: {} }] }),
    );
    await expect
      .poll(
        async () => JSON.parse((await post(gateway, query)).text).data.newsItems.nodes.map((n: { town: { code: string } }) => n.town.code),
        {
          timeout: 5000,
        },
      )
      .toEqual(['alpha', 'alpha', 'alpha', 'alpha']);
  });

  it('is shared by replicas through Redis', async () => {
    const towns = [
      { code: 'alpha', url: alpha.url },
      { code: 'beta', url: beta.url },
    ];
    const replicas = await Promise.all([1, 2].map(() => startGatewayOver(towns, { redisUrl: REDIS_URL, cacheTtlMs: 30_000 })));
    try {
      // Unique to this run: another run's answer in the same Redis must not be read.
      const query = `{ newsItems(first: 6) { nodes { headline } } run: __typename } # ${Date.now()}-${Math.random()}`;
      expect((await post(replicas[0]!, query)).cache).toContain('stored');
      const before = asked();
      const second = await post(replicas[1]!, query);
      expect(second.cache).toContain('hit');
      expect(asked()).toBe(before);
    } finally {
      await Promise.all(replicas.map((replica) => replica.stop()));
    }
  });
});
