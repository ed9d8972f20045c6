import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';

type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;

const APP = 'https://app.example.test';
const EVIL = 'http://evil.example.test';
const QUERY = JSON.stringify({ query: '{ towns { code } }' });

/** What a browser's preflight sends before a JSON POST. */
const preflight = (url: string, origin: string, method = 'POST', headers = 'content-type') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });

const post = (url: string, origin: string) =>
  fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY });

const cors = (response: Response) =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'));

describe('CORS', () => {
  let town: FakeTown;
  const gateways: Gateway[] = [];
  const start = async (corsOrigins?: string[]) => {
    const gateway = await startGatewayOver([{ code: 'cors', url: town.url }], corsOrigins ? { corsOrigins } : {});
    gateways.push(gateway);
    return { graphql: gateway.url, origin: new URL(gateway.url).origin };
  };
  /** Every answer of a test, to check that none allows credentials. */
  const seen: Response[] = [];
  const watch = async (answer: Promise<Response>) => {
    const response = await answer;
    seen.push(response);
    return response;
  };

  beforeAll(async () => {
    town = await startFakeTown({ code: 'cors', entries: { 'news-item': [] } });
  });

  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await town?.stop();
    expect(seen.length).toBeGreaterThan(20);
    for (const response of seen) expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  describe('an allow-list', () => {
    let gateway: { graphql: string; origin: string };
    beforeAll(async () => {
      gateway = await start([APP, 'http://localhost:5173']);
    });

    it('answers an allowed preflight before Apollo: 204, methods, headers, max age, Vary', async () => {
      const response = await watch(preflight(gateway.graphql, APP, 'POST', 'content-type, x-request-id'));
      expect(response.status).toBe(204);
      expect(cors(response)).toEqual({
        'access-control-allow-origin': APP,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
        'access-control-max-age': '7200',
        'access-control-expose-headers': 'x-request-id, x-missing-towns, link, cache-status',
        vary: 'origin',
      });
    });

    it('lets an allowed origin read a JSON POST, and the request id', async () => {
      const response = await watch(post(gateway.graphql, APP));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { towns: [{ code: 'cors' }] } });
      expect(response.headers.get('access-control-allow-origin')).toBe(APP);
      expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
      expect(response.headers.get('x-request-id')).toBeTruthy();
      expect(response.headers.get('vary')).toBe('origin');
      const local = await watch(post(gateway.graphql, 'http://localhost:5173'));
      expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    });

    it('refuses the preflight of an origin not listed with 403 and no CORS header, and lets it read nothing', async () => {
      const refused = await watch(preflight(gateway.graphql, EVIL));
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'ORIGIN_NOT_ALLOWED',
      );
      expect(cors(refused)).toEqual({ vary: 'origin' });
      const answer = await watch(post(gateway.graphql, EVIL));
      expect(cors(answer)).toEqual({ vary: 'origin' });
      // An origin differing only by scheme or port is another origin.
      const https = await watch(post(gateway.graphql, APP.replace('https:', 'http:')));
      expect(https.headers.get('access-control-allow-origin')).toBeNull();
      const port = await watch(post(gateway.graphql, `${APP}:8443`));
      expect(port.headers.get('access-control-allow-origin')).toBeNull();
      const none = await watch(post(gateway.graphql, 'null'));
      expect(none.headers.get('access-control-allow-origin')).toBeNull();
    });

    it("keeps Apollo's CSRF prevention: a GET needs a header that forces a preflight", async () => {
      const url = `${gateway.graphql}?query=${encodeURIComponent('{ towns { code } }')}`;
      const simple = await watch(fetch(url, { headers: { origin: APP } }));
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF|preflight/i);
      const asked = await watch(preflight(gateway.graphql, APP, 'GET', 'apollo-require-preflight'));
      expect(asked.status).toBe(204);
      const get = await watch(fetch(url, { headers: { origin: APP, 'apollo-require-preflight': 'true' } }));
      expect(get.status).toBe(200);
      expect(get.headers.get('access-control-allow-origin')).toBe(APP);
    });

    it('keeps open-data reads open to any origin, without Vary, and open-data writes to the list', async () => {
      const read = await watch(fetch(`${gateway.origin}/oparl/v1/system`, { headers: { origin: EVIL } }));
      expect(read.status).toBe(200);
      expect(read.headers.get('access-control-allow-origin')).toBe('*');
      expect(read.headers.get('vary')).toBeNull();
      const feed = await watch(fetch(`${gateway.origin}/feeds/news.atom`, { headers: { origin: EVIL } }));
      expect(feed.headers.get('access-control-allow-origin')).toBe('*');
      const refused = await watch(fetch(`${gateway.origin}/oparl/v1/nope`, { headers: { origin: EVIL } }));
      expect(refused.status).toBe(404);
      expect(refused.headers.get('access-control-allow-origin')).toBe('*');
      const readPreflight = await watch(preflight(`${gateway.origin}/oparl/v1/system`, EVIL, 'GET', 'x-request-id'));
      expect(readPreflight.status).toBe(204);
      expect(readPreflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(readPreflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      const requests = `${gateway.origin}/open311/v2/cors/requests.json`;
      const evilWrite = await watch(preflight(requests, EVIL, 'POST', 'content-type, idempotency-key'));
      expect(evilWrite.status).toBe(403);
      expect(evilWrite.headers.get('access-control-allow-origin')).toBeNull();
      const appWrite = await watch(preflight(requests, APP, 'POST', 'content-type, idempotency-key'));
      expect(appWrite.status).toBe(204);
      expect(cors(appWrite)).toMatchObject({
        'access-control-allow-origin': APP,
        'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, idempotency-key',
        vary: 'origin',
      });
      const evilPost = await watch(
        fetch(requests, { method: 'POST', headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' }),
      );
      expect(evilPost.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('leaves the operational endpoints without CORS', async () => {
      const health = await watch(fetch(`${gateway.origin}/healthz`, { headers: { origin: APP } }));
      expect(cors(health)).toEqual({});
    });
  });

  describe('by default', () => {
    it('lets no other origin read GraphQL, and answers without Vary', async () => {
      const gateway = await start();
      const refused = await watch(preflight(gateway.graphql, APP));
      expect(refused.status).toBe(403);
      expect(cors(refused)).toEqual({});
      const answer = await watch(post(gateway.graphql, APP));
      expect(answer.status).toBe(200);
      expect(cors(answer)).toEqual({});
      const read = await watch(fetch(`${gateway.origin}/oparl/v1/system`, { headers: { origin: APP } }));
      expect(read.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  describe('any origin (*)', () => {
    it('answers * to every origin, without Vary, never echoing the origin', async () => {
      const gateway = await start(['*']);
      const asked = await watch(preflight(gateway.graphql, EVIL));
      expect(asked.status).toBe(204);
      expect(cors(asked)).toMatchObject({ 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST, OPTIONS' });
      expect(asked.headers.get('vary')).toBeNull();
      const answer = await watch(post(gateway.graphql, EVIL));
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('vary')).toBeNull();
      const write = await watch(preflight(`${gateway.origin}/open311/v2/cors/requests.json`, EVIL));
      expect(write.status).toBe(204);
      expect(write.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  it('refuses at start what is not an origin, naming the variable', async () => {
    for (const wrong of [['https://app.example.test/path'], ['app.example.test'], ['*', APP], ['ftp://files.example.test'], ['null']])
      await expect(start(wrong)).rejects.toThrow(/GATEWAY_CORS_ORIGINS/);
  });
});
