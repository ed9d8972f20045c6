import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from './testing/gateway-harness';

describe('protection and operations', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const base = () => gateway.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    town = await startFakeTown({ code: 'pro', entries: { 'news-item': [] } });
    gateway = await startGatewayOver([{ code: 'pro', url: town.url, groups: { province: 'hainaut' } }], {
      maxDepth: 6,
      maxAliases: 3,
      maxCost: 500,
      maxBodyBytes: 2000,
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it.each([
    ['a page over the maximum', '{ newsItems(first: 500) { totalCount } }', 'BAD_USER_INPUT'],
    ['a negative page', '{ newsItems(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ['an unknown town', '{ newsItems(towns: ["atlantis"]) { totalCount } }', 'UNKNOWN_TOWN'],
    ['an unknown group', '{ newsItems(group: "mars") { totalCount } }', 'UNKNOWN_TOWN'],
    ['a cursor of another list', '{ newsItems(after: "eyJzIjoieCIsIm8iOnt9fQ") { totalCount } }', 'BAD_USER_INPUT'],
    ['a malformed node id', '{ node(id: "nope") { id } }', 'BAD_USER_INPUT'],
    ['a malformed date', '{ newsItems(filters: { datePublished: { gt: "yesterday" } }) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a query too deep',
      '{ meetings { nodes { agendaItems { meeting { agendaItems { meeting { agendaItems { name } } } } } } } }',
      'QUERY_TOO_DEEP',
    ],
    ['too many aliases', '{ a: towns { code } b: towns { code } c: towns { code } d: towns { code } }', 'TOO_MANY_ALIASES'],
    ['a query too costly', '{ meetings(first: 100) { nodes { agendaItems { papers { name } } } } }', 'QUERY_TOO_COSTLY'],
  ])('refuses %s with a clear error code', async (_, query, code) => {
    const { errors } = await gateway.query(query);
    expect(errors?.map((e) => e.extensions?.code)).toContain(code);
  });

  it('counts the cost with the variables of the operation, and answers 400', async () => {
    const query = 'query ($first: Int) { meetings(first: $first) { nodes { agendaItems { papers { name } } } } }';
    const small = await gateway.query(query, { first: 2 });
    expect(small.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('QUERY_TOO_COSTLY');
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { first: 100 } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string; cost: number } }[] };
    expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    // The page read from the town, and ten agenda items with ten papers each per meeting.
    expect(body.errors[0]?.extensions.cost).toBe(100 + 100 * 10 * 10);
  });

  it("counts a variable's default value, not the default page", async () => {
    // 100 meetings and their agenda items: 1,100 entries; counted at the default page, 220.
    const query = 'query ($first: Int = 100) { meetings(first: $first) { nodes { agendaItems { name } } } }';
    const { errors } = await gateway.query(query);
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect((await gateway.query(query, { first: 20 })).errors ?? []).toEqual([]);
  });

  it('counts search at what it reads: every town asked, per kind searched, 50 matches each', async () => {
    const { errors } = await gateway.query('{ search(text: "budget", kinds: [NewsItem, Meeting]) { totalCount } }');
    expect(errors?.map((e) => e.extensions?.code) ?? []).toEqual([]);
    const costly = await gateway.query('{ search(text: "budget") { totalCount } }');
    expect(costly.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('refuses a chain of fragments each used twice (2^29 aliases) without expanding it, and stays responsive meanwhile', async () => {
    // Expanded, this names the alias 2^29 times: hours of work if each use were walked again.
    const levels = 30;
    let query = 'query { ...F1 }';
    for (let i = 1; i < levels; i++) query += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
    query += ` fragment F${levels} on Query { t: towns { code } }`;
    const [refused, health] = await Promise.all([gateway.query(query), fetch(`${base()}/healthz`)]);
    expect(refused.errors?.map((e) => e.extensions?.code)).toContain('TOO_MANY_ALIASES');
    expect(refused.errors?.find((e) => e.extensions?.code === 'TOO_MANY_ALIASES')?.extensions?.aliases).toBe(2 ** (levels - 1));
    expect(health.status).toBe(200);
  });

  it('refuses the same chain without aliases for its cost', async () => {
    let query = 'query { ...F1 }';
    for (let i = 1; i < 40; i++) query += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
    query += ' fragment F40 on Query { newsItems { totalCount } }';
    const { errors } = await gateway.query(query);
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it("does not count lists of values kept in an entry (a service type's attributes) as reads", async () => {
    const { errors } = await gateway.query('{ serviceTypes(first: 100) { nodes { attributes { code values { key name } } } } }');
    expect(errors?.map((e) => e.extensions?.code) ?? []).not.toContain('QUERY_TOO_COSTLY');
  });

  it('refuses a malformed variable with BAD_USER_INPUT', async () => {
    const { errors } = await gateway.query('query ($at: DateTime) { newsItems(filters: { datePublished: { gt: $at } }) { totalCount } }', {
      at: 'yesterday',
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/DateTime expects a value such as/);
  });

  it('refuses a simple request without a preflight header (CSRF, as Apollo recommends)', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ towns { code } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${gateway.url}?query=${encodeURIComponent('{ towns { code } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ towns { code } } # ${'x'.repeat(5000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });

  it('serves /healthz, /readyz and Prometheus /metrics', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base()}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', towns: { pro: 'reachable' } });
    await gateway.query('{ newsItems { totalCount } }');
    const metrics = await (await fetch(`${base()}/metrics`)).text();
    expect(metrics).toMatch(/communes_upstream_request_seconds_count\{town="pro",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/communes_graphql_operations_total\{outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(/communes_upstream_cache_total\{town="pro",result="(hit|miss)"\}/);
  });

  it('passes the request id on to the towns and back to the client', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: JSON.stringify({ query: '{ newsItems(first: 3) { totalCount } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });

  it('lists towns by group', async () => {
    const { data } = await gateway.query<{ groups: { kind: string; code: string; towns: { code: string }[] }[] }>(
      '{ groups { kind code towns { code } } }',
    );
    expect(data?.groups).toEqual([{ kind: 'province', code: 'hainaut', towns: [{ code: 'pro' }] }]);
  });
});

describe('the cost of an operation over several towns', () => {
  const codes = ['north', 'south', 'east'];
  let towns: FakeTown[];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    towns = await Promise.all(codes.map((code) => startFakeTown({ code, entries: { 'news-item': [] } })));
    const groups = [
      { province: 'hainaut', region: 'wallonia' },
      { province: 'namur', region: 'wallonia' },
      { province: 'liege', region: 'wallonia' },
    ];
    // Each page of 40 costs 40 per town asked: two towns fit under 100, three do not.
    gateway = await startGatewayOver(
      towns.map((town, i) => ({ code: codes[i]!, url: town.url, groups: groups[i] })),
      { maxCost: 100 },
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all((towns ?? []).map((t) => t.stop()));
  });

  const codesOf = async (query: string, variables?: Record<string, unknown>) =>
    (await gateway.query(query, variables)).errors?.map((e) => e.extensions?.code) ?? [];

  it('counts a page once per town asked: every town of the registry when none is named', async () => {
    expect(await codesOf('{ newsItems(first: 40) { totalCount } }')).toEqual(['QUERY_TOO_COSTLY']);
    expect(await codesOf('{ newsItems(towns: ["north", "south"], first: 40) { totalCount } }')).toEqual([]);
    expect(await codesOf('query ($towns: [String!]) { newsItems(towns: $towns, first: 40) { totalCount } }', { towns: ['north'] })).toEqual(
      [],
    );
    expect(await codesOf('{ newsItems(group: "hainaut", first: 40) { totalCount } }')).toEqual([]);
    expect(await codesOf('{ newsItems(group: "wallonia", first: 40) { totalCount } }')).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('counts search at the entries it asks the towns for', async () => {
    const before = towns[0]!.requests.length;
    // Two kinds in one town: 2 × 50, just at the limit; a third kind is over it.
    expect(await codesOf('{ search(text: "budget", towns: ["north"], kinds: [NewsItem, Event]) { totalCount } }')).toEqual([]);
    const asked = towns[0]!.requests
      .slice(before)
      .filter((r) => !r.includes('manifest'))
      .reduce((sum, r) => sum + Number(new URLSearchParams(r.slice(r.indexOf('?'))).get('pagination[limit]')), 0);
    expect(asked).toBe(100);
    expect(await codesOf('{ search(text: "budget", towns: ["north"], kinds: [NewsItem, Event, Place]) { totalCount } }')).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
  });

  it("counts a town's own lists once per town listed", async () => {
    expect(await codesOf('{ towns(group: "namur") { newsItems(first: 40) { totalCount } } }')).toEqual([]);
    expect(await codesOf('{ towns { newsItems(first: 40) { totalCount } } }')).toEqual(['QUERY_TOO_COSTLY']);
    // Each town is in two groups: listed twice.
    expect(await codesOf('{ groups { towns { newsItems(first: 20) { totalCount } } } }')).toEqual(['QUERY_TOO_COSTLY']);
  });
});
