import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildCouncilFixture, buildNewsFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGatewayConfig } from '../config';
import { createLogger } from '../logger';
import { encodeNodeId } from '../towns/node-id';
import { startGatewayOver } from '../testing/gateway-harness';
import { listingFormat } from './listing/listing-format';
import type { OpenDataContext } from './open-data-route';
import { open311Format } from './open311/open311-format';
import { oparlFormat } from './oparl/oparl-format';
import { serveOpenData, type OpenDataFormat } from './serve-open-data';

/** What a town or the system says that no client may read: addresses, ports, system errors. */
const INTERNALS = /127\.0\.0\.1|localhost|ECONNREFUSED|ECONNRESET|socket|\d{4,5} ms|HTTP 500|Internal Server Error/i;

interface Refusal {
  status: number;
  /** The code, where the format's body has one. */
  code?: string;
  message: string;
  text: string;
  headers: Headers;
}

/** Each format's error body, read back the way its clients read it. */
const FORMATS: { name: string; path: (town: string) => string; read(text: string): { code?: string; status?: number; message: string } }[] =
  [
    {
      name: 'OParl',
      path: (town) => `/oparl/v1/bodies/${town}/meetings`,
      read: (text) => (JSON.parse(text) as { error: { status: number; message: string } }).error,
    },
    {
      name: 'Open311 JSON',
      path: (town) => `/open311/v2/${town}/services.json`,
      read: (text) => {
        const [error] = JSON.parse(text) as { code: number; description: string }[];
        return { status: error!.code, message: error!.description };
      },
    },
    {
      name: 'Open311 XML',
      path: (town) => `/open311/v2/${town}/services.xml`,
      read: (text) => {
        const { error } = (new XMLParser().parse(text) as { errors: { error: { code: number; description: string } } }).errors;
        return { status: error.code, message: error.description };
      },
    },
    {
      name: 'iCalendar',
      path: (town) => `/calendar/meetings.ics?town=${town}&from=2000-01-01`,
      read: (text) => (JSON.parse(text) as { error: { code: string; message: string } }).error,
    },
    {
      name: 'RSS',
      path: (town) => `/feeds/news.rss?town=${town}`,
      read: (text) => (JSON.parse(text) as { error: { code: string; message: string } }).error,
    },
    {
      name: 'JSON-LD list',
      path: (town) => `/json-ld/news?town=${town}`,
      read: (text) => (JSON.parse(text) as { error: { code: string; message: string } }).error,
    },
    {
      name: 'JSON-LD object',
      path: (town) => `/json-ld/news/${encodeNodeId({ town, kind: 'news-item', documentId: buildNewsFixture(town, 1)[0]!.documentId })}`,
      read: (text) => (JSON.parse(text) as { error: { code: string; message: string } }).error,
    },
  ];

/** A town that answers nothing in time, one nobody listens for, one that answers HTTP 500. */
const FAILURES = [
  { town: 'slow', status: 504, code: 'TOWN_TIMEOUT', says: 'slow did not answer in time; try again later.' },
  { town: 'down', status: 503, code: 'TOWN_UNAVAILABLE', says: 'down is not answering at the moment; try again later.' },
  { town: 'broken', status: 502, code: 'TOWN_BAD_RESPONSE', says: 'broken answered with an error; try again later.' },
];

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a town failure is the same status in every open-data format', () => {
  let towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const get = async (path: string, read: (typeof FORMATS)[number]['read']): Promise<Refusal> => {
    const response = await fetch(`${new URL(gateway.url).origin}${path}`, { headers: { 'x-request-id': 'req-failure' } });
    const text = await response.text();
    return { status: response.status, ...read(text), text, headers: response.headers };
  };

  beforeAll(async () => {
    const entries = (code: string) => ({
      ...buildCouncilFixture(2),
      'news-item': buildNewsFixture(code, 2),
      event: [],
      'service-type': [],
    });
    const [slow, broken] = await Promise.all(['slow', 'broken'].map((code) => startFakeTown({ code, entries: entries(code) })));
    slow!.setFault('hang');
    broken!.setFault('error500');
    towns = [slow!, broken!];
    gateway = await startGatewayOver(
      [
        { code: 'slow', url: slow!.url },
        { code: 'down', url: `http://127.0.0.1:${await closedPort()}` },
        { code: 'broken', url: broken!.url },
      ],
      // No circuit breaker here: each request must meet the town's own failure, not a skipped town.
      { cacheTtlMs: 0, townTimeoutMs: 300, circuit: { failures: 1_000, openMs: 1 } },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(towns.map((town) => town.stop()));
  });

  for (const failure of FAILURES) {
    describe(`${failure.town}: ${failure.code}`, () => {
      it.each(FORMATS.map((f) => [f.name, f] as const))(
        `is %s's ${failure.status}, in its error body and the gateway's words`,
        async (_name, format) => {
          const answer = await get(format.path(failure.town), format.read);
          expect(answer.status, answer.text).toBe(failure.status);
          // Open311's code is the status; the other formats with a code say the gateway's.
          if (answer.code !== undefined) expect(answer.code).toBe(failure.code);
          else expect(answer.status).toBe(failure.status);
          expect(answer.message).toBe(failure.says);
          expect(answer.text).not.toMatch(INTERNALS);
          expect(answer.headers.get('cache-control')).toBe('no-store');
          expect(answer.headers.get('x-request-id')).toBe('req-failure');
        },
      );
    });
  }

  it('names every town of a listing none of which answered, 502 when they failed differently', async () => {
    const answer = await get('/feeds/news.rss?town=slow,down', FORMATS.find((f) => f.name === 'RSS')!.read);
    expect(answer.status).toBe(502);
    expect(answer.code).toBe('TOWNS_UNAVAILABLE');
    expect(answer.message).toBe('No town answered: down is not answering at the moment; slow did not answer in time; try again later.');
  });
});

describe('what no format lets through', () => {
  const lines: Record<string, unknown>[] = [];
  let server: Server;
  let origin = '';
  const formats: Record<string, OpenDataFormat> = { oparl: oparlFormat, open311: open311Format('json', ['GET']), listing: listingFormat };

  beforeAll(async () => {
    const logger = createLogger('warn', (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
    // Any endpoint whose own code fails: a bug of the gateway's, never shown to the client.
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://gateway');
      const requestId = String(req.headers['x-request-id']);
      // As the gateway builds it: the context's logger carries the request's id.
      const context = {
        req,
        res,
        url,
        requestId,
        logger: logger.child({ requestId }),
        config: defaultGatewayConfig,
      } as unknown as OpenDataContext;
      void serveOpenData(context, formats[url.pathname.slice(1)]!, async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.7:1337 at /srv/gateway/dist/x.js:1');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['oparl', { error: { status: 500, message: 'Internal error.' } }],
    ['open311', [{ code: 500, description: 'Internal error.' }]],
    ['listing', { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error.' } }],
  ])('masks an unexpected error as %s\'s 500 "Internal error.", logged in full with the request id', async (name, body) => {
    const response = await fetch(`${origin}/${name}`, { headers: { 'x-request-id': `req-${name}` } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual(body);
    expect(lines.find((line) => line.requestId === `req-${name}`)).toMatchObject({
      level: 'error',
      format: formats[name]!.name,
      error: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('refuses other methods with 405 and what the path allows', async () => {
    const response = await fetch(`${origin}/listing`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await response.json()).toEqual({
      error: { code: 'METHOD_NOT_ALLOWED', message: 'This endpoint is read-only: GET, HEAD; got DELETE.' },
    });
  });
});
