import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from './testing/gateway-harness';

type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;

/** A GET with the Host header a client chose (fetch does not let one set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw connection to the gateway: what it received, and how it ended (closed or reset). */
function openRaw(url: string) {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const ended = new Promise<{ received: string; error?: string }>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve({ received, error: error.code ?? error.message }));
    socket.on('close', () => resolve({ received }));
  });
  return { socket, ended, received: () => received };
}

const statusOf = (raw: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1]);
const bodyOf = (raw: string) => raw.slice(raw.indexOf('\r\n\r\n') + 4);

describe('the public origin of open data', () => {
  let town: FakeTown;
  const gateways: Gateway[] = [];

  beforeAll(async () => {
    town = await startFakeTown({ code: 'ori', entries: {} });
  });

  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await town?.stop();
  });

  it('names open-data objects after the address it listens on, whatever Host a client sends', async () => {
    const gateway = await startGatewayOver([{ code: 'ori', url: town.url }]);
    gateways.push(gateway);
    const origin = gateway.url.replace(/\/graphql$/, '');
    const { status, body } = await getWithHost(`${origin}/oparl/v1/system`, 'evil.example');
    expect(status).toBe(200);
    expect(JSON.parse(body).id).toBe(`${origin}/oparl/v1/system`);
    expect(body).not.toContain('evil.example');
  });

  it('names them after GATEWAY_PUBLIC_URL (publicUrl) when set', async () => {
    const gateway = await startGatewayOver([{ code: 'ori', url: town.url }], { publicUrl: 'https://opendata.example.org' });
    gateways.push(gateway);
    const { body } = await getWithHost(`${gateway.url.replace(/\/graphql$/, '')}/oparl/v1/system`, 'evil.example');
    expect(JSON.parse(body).id).toBe('https://opendata.example.org/oparl/v1/system');
  });
});

describe('stack traces', () => {
  let town: FakeTown;
  const gateways: Gateway[] = [];
  const nodeEnv = process.env.NODE_ENV;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'stk', entries: { 'news-item': [] } });
  });

  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await Promise.all(gateways.map((g) => g.stop()));
    await town?.stop();
  });

  // Apollo shows stacks unless NODE_ENV is production or test; servers are started without it.
  const startWithoutNodeEnv = async (exposeStackTraces?: boolean) => {
    delete process.env.NODE_ENV;
    try {
      const gateway = await startGatewayOver(
        [{ code: 'stk', url: town.url }],
        exposeStackTraces === undefined ? {} : { exposeStackTraces },
      );
      gateways.push(gateway);
      return gateway;
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  };

  it('keeps stack traces and file paths out of errors by default, NODE_ENV unset', async () => {
    const gateway = await startWithoutNodeEnv();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ newsItems(first: -1) { totalCount } nope }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toContain('stacktrace');
    expect(text).not.toMatch(/\.(ts|js):\d+/);
    const failed = await gateway.query('{ newsItems(first: -1) { totalCount } }');
    expect(failed.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('shows them when exposeStackTraces is set (development)', async () => {
    const gateway = await startWithoutNodeEnv(true);
    const failed = await gateway.query('{ newsItems(first: -1) { totalCount } }');
    expect(failed.errors?.[0]?.extensions?.stacktrace).toEqual(
      expect.arrayContaining([expect.stringMatching(/^GraphQLError: first must be between/)]),
    );
  });
});

describe('the HTTP server', () => {
  let town: FakeTown;
  let gateway: Gateway;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'web', entries: {} });
    gateway = await startGatewayOver([{ code: 'web', url: town.url }], {
      maxBodyBytes: 2000,
      serverTimeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 1000 },
    });
  });

  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  const head = (path: string) => `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
  const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

  it('answers a chunked body over the limit with 413 and closes, without a reset', async () => {
    const raw = openRaw(gateway.url);
    raw.socket.write(head('/graphql') + chunk(JSON.stringify({ query: `{ towns { code } } # ${'x'.repeat(3000)}` })));
    const { received, error } = await raw.ended;
    expect(error).toBeUndefined();
    expect(statusOf(received)).toBe(413);
    expect(received).toMatch(/\r\nconnection: close\r\n/i);
    expect(JSON.parse(bodyOf(received)).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 413 to a client still sending its chunked body', async () => {
    const raw = openRaw(gateway.url);
    raw.socket.write(head('/graphql'));
    // 500 bytes every 20 ms, without end: the 413 must reach the client all the same.
    const sending = setInterval(() => raw.socket.writable && raw.socket.write(chunk('x'.repeat(500))), 20);
    try {
      const status = await new Promise<number>((resolve) =>
        raw.socket.on('data', () => statusOf(raw.received()) && resolve(statusOf(raw.received()))),
      );
      expect(status).toBe(413);
      await raw.ended;
    } finally {
      clearInterval(sending);
    }
    expect(JSON.parse(bodyOf(raw.received())).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 413 to an open-data POST over the limit', async () => {
    const raw = openRaw(gateway.url);
    raw.socket.write(head('/open311/v2/web/requests.json') + chunk('x'.repeat(3000)));
    const { received, error } = await raw.ended;
    expect(error).toBeUndefined();
    expect(statusOf(received)).toBe(413);
  });

  it('cuts off a client that sends its headers slowly (headersMs)', async () => {
    const raw = openRaw(gateway.url);
    raw.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    // One header line every 50 ms, never the blank line that ends them.
    let n = 0;
    const dripping = setInterval(() => raw.socket.writable && raw.socket.write(`x-drip-${n++}: 1\r\n`), 50);
    try {
      const { received } = await raw.ended;
      expect(statusOf(received)).toBe(408);
    } finally {
      clearInterval(dripping);
    }
  });

  it('cuts off a client that sends its body slowly (requestMs)', async () => {
    const raw = openRaw(gateway.url);
    raw.socket.write(head('/graphql'));
    const dripping = setInterval(() => raw.socket.writable && raw.socket.write(chunk(' ')), 50);
    try {
      const { received } = await raw.ended;
      expect(statusOf(received)).toBe(408);
    } finally {
      clearInterval(dripping);
    }
  });

  it('fails to start on a port in use with the error, not an uncaught exception', async () => {
    const port = Number(new URL(gateway.url).port);
    await expect(startGatewayOver([{ code: 'web', url: town.url }], { port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('closes an idle keep-alive connection (keepAliveMs)', async () => {
    const raw = openRaw(gateway.url);
    raw.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    const { received, error } = await raw.ended;
    expect(error).toBeUndefined();
    expect(statusOf(received)).toBe(200);
    expect(received).toMatch(/\r\nkeep-alive: timeout=1\r\n/i);
  });
});

describe('automatic persisted queries (APQ)', () => {
  let town: FakeTown;
  let gateway: Gateway;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'apq', entries: { 'news-item': [] } });
    gateway = await startGatewayOver([{ code: 'apq', url: town.url }]);
  });

  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  const QUERY = '{ towns { code } }';
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      ...((await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] }),
    };
  };
  const persisted = (sha256Hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash } });

  it('asks for the query of a hash it does not know (PERSISTED_QUERY_NOT_FOUND), then runs it by its hash', async () => {
    const hash = sha256(QUERY);
    const unknown = await post({ extensions: persisted(hash) });
    expect(unknown.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    expect(await post({ query: QUERY, extensions: persisted(hash) })).toEqual({ status: 200, data: { towns: [{ code: 'apq' }] } });
    expect(await post({ extensions: persisted(hash) })).toEqual({ status: 200, data: { towns: [{ code: 'apq' }] } });
    // A GET by hash, the way CDNs cache APQ: Apollo's CSRF prevention asks for a preflight header.
    const get = await fetch(`${gateway.url}?extensions=${encodeURIComponent(JSON.stringify(persisted(hash)))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { towns: [{ code: 'apq' }] } });
  });

  it('refuses a hash that is not the query\'s with BAD_REQUEST and says why, not "Internal error."', async () => {
    const wrong = await post({ query: QUERY, extensions: persisted(sha256('{ __typename }')) });
    expect(wrong.status).toBe(400);
    expect(wrong.errors).toEqual([
      { message: expect.stringContaining('sha256Hash does not match its query'), extensions: { code: 'BAD_REQUEST' } },
    ]);
    const version = await post({ query: QUERY, extensions: persisted(sha256(QUERY), 2) });
    expect(version.status).toBe(400);
    expect(version.errors).toEqual([{ message: expect.stringContaining('version must be 1'), extensions: { code: 'BAD_REQUEST' } }]);
  });
});
