import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../../testing/gateway-harness';

const KEY = 'k'.repeat(32);
const POTHOLE = {
  documentId: 'type00000000000000000001',
  serviceCode: 'pothole',
  name: 'Nid-de-poule',
  serviceKind: 'realtime',
  locale: 'fr',
  attributes: [
    {
      code: 'size',
      variable: true,
      datatype: 'singlevaluelist',
      required: true,
      description: 'Size',
      order: 1,
      values: [{ key: 'small', name: 'Small' }],
    },
  ],
};
/** What a town must never pass on to the public through the gateway. */
const INTERNALS = /127\.0\.0\.1|ECONNREFUSED|ECONNRESET|socket|SQLITE|\/var\/lib|internal\.example/i;

/**
 * A town in front of a fake town: reads go through to it, the create call (which the fake
 * town does not take) is answered as each test says, and every request is counted.
 */
async function startTownWithCreate(fake: FakeTown) {
  const seen: string[] = [];
  let answerCreate: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(500).end();
  const server: Server = createServer(async (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.method === 'POST') return answerCreate(req, res);
    const upstream = await fetch(`${fake.url}${req.url}`);
    res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    onCreate(answer: typeof answerCreate) {
      answerCreate = answer;
    },
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('Open311 POST over a town that fails', () => {
  let fake: FakeTown;
  let town: Awaited<ReturnType<typeof startTownWithCreate>>;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  let deadPort: number;
  let created = 0;
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}, path = '/open311/v2/seneffe/requests.json') =>
    fetch(`${new URL(gateway.url).origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ api_key: KEY, service_code: 'pothole', 'attribute[size]': 'small', ...fields }).toString(),
    });
  const createsWell = () =>
    town.onCreate((_req, res) => {
      created += 1;
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: { documentId: `req${String(created).padStart(21, '0')}` } }));
    });

  beforeAll(async () => {
    fake = await startFakeTown({ code: 'seneffe', entries: { 'service-type': [POTHOLE] } });
    town = await startTownWithCreate(fake);
    // A port nothing listens on: a town that is down.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const writable = { writeToken: 'w'.repeat(64), open311ApiKeys: [KEY] };
    gateway = await startGatewayOver(
      [
        { code: 'seneffe', url: town.url, ...writable },
        { code: 'down', url: `http://127.0.0.1:${deadPort}`, ...writable },
      ] as never,
      { cacheTtlMs: 0, open311: { postsPerMinutePerKey: 1000, idempotencyTtlMs: 86_400_000 } },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
    await fake?.stop();
  });
  beforeEach(createsWell);

  it("answers a town that is down with 503, in the gateway's words", async () => {
    for (const response of [
      await fetch(`${new URL(gateway.url).origin}/open311/v2/down/services.json`),
      await post({ address_string: 'Here' }, {}, '/open311/v2/down/requests.json'),
    ]) {
      const text = await response.text();
      expect(response.status, text).toBe(503);
      expect(JSON.parse(text)).toEqual([{ code: 503, description: 'down is not answering at the moment; try again later.' }]);
      expect(text).not.toContain(String(deadPort));
    }
  });

  it("answers a create the town failed without the town's words, and forgets it: the same key then files the request", async () => {
    const idempotency = { 'idempotency-key': '"retry-after-failure"' };
    const failures: [(req: IncomingMessage, res: ServerResponse) => void, number][] = [
      [
        (_req, res) =>
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"SQLITE_BUSY at /var/lib/town.db"}}'),
        502,
      ],
      [
        (_req, res) =>
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"see http://internal.example:1337/admin"}}'),
        400,
      ],
      [(req) => req.socket.destroy(), 503],
    ];
    for (const [failure, status] of failures) {
      town.onCreate(failure);
      const response = await post({ address_string: 'Rue du Test 1' }, idempotency);
      const text = await response.text();
      expect(response.status, text).toBe(status);
      expect(text).not.toMatch(INTERNALS);
      expect(text).not.toContain(new URL(town.url).port);
    }
    createsWell();
    const response = await post({ address_string: 'Rue du Test 1' }, idempotency);
    expect(response.status).toBe(201);
    expect(created).toBe(1);
  });

  it('answers repeats from memory: the town sees one create, and a replay asks it nothing', async () => {
    const before = created;
    const first = await (await post({ address_string: 'Rue du Test 2' })).json();
    const asked = town.seen.length;
    const again = await post({ address_string: 'Rue du Test 2' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    expect(town.seen.length).toBe(asked);
    expect(created).toBe(before + 1);
  });

  it('lets browsers send an Idempotency-Key and read Retry-After', async () => {
    const response = await fetch(`${new URL(gateway.url).origin}/open311/v2/seneffe/requests.json`, { method: 'OPTIONS' });
    expect(response.headers.get('access-control-allow-headers')).toMatch(/idempotency-key/);
    const answer = await post({ address_string: 'Rue du Test 3' });
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
  });
});

describe('Open311 POST rate limit', () => {
  let fake: FakeTown;
  let town: Awaited<ReturnType<typeof startTownWithCreate>>;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const post = (apiKey: string, description: string, format = 'json') =>
    fetch(`${new URL(gateway.url).origin}/open311/v2/seneffe/requests.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        api_key: apiKey,
        service_code: 'pothole',
        'attribute[size]': 'small',
        address_string: 'Rue du Test',
        description,
      }).toString(),
    });

  beforeAll(async () => {
    fake = await startFakeTown({ code: 'seneffe', entries: { 'service-type': [POTHOLE] } });
    town = await startTownWithCreate(fake);
    let created = 0;
    town.onCreate((_req, res) =>
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: { documentId: `req${String(++created).padStart(21, '0')}` } })),
    );
    gateway = await startGatewayOver(
      [{ code: 'seneffe', url: town.url, writeToken: 'w'.repeat(64), open311ApiKeys: [KEY, 'j'.repeat(32)] }] as never,
      { cacheTtlMs: 0, open311: { postsPerMinutePerKey: 3, idempotencyTtlMs: 86_400_000 } },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
    await fake?.stop();
  });

  it('counts every attempt of a key, bad ones too, and refuses past the budget before asking the town', async () => {
    expect((await post(KEY, 'one')).status).toBe(201);
    const bad = await fetch(`${new URL(gateway.url).origin}/open311/v2/seneffe/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `api_key=${KEY}&colour=red`,
    });
    expect(bad.status).toBe(400);
    expect((await post(KEY, 'two')).status).toBe(201);
    const asked = town.seen.length;
    const refused = await post(KEY, 'three', 'xml');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await refused.text()).toMatch(
      /<code>429<\/code>\s*<description>Too many requests: an api_key may send 3 requests a minute; try again in \d+ seconds\.<\/description>/,
    );
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(town.seen.length).toBe(asked);
    // Another key has its own budget.
    expect((await post('j'.repeat(32), 'four')).status).toBe(201);
  });
});
