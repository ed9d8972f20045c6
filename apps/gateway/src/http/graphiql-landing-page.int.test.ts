import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';

type Gateway = Awaited<ReturnType<typeof startGatewayOver>>;

/** What a browser sends when it opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** The URLs a page loads: its scripts' `src` and its links' `href`. */
const loadedBy = (html: string) => [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);

describe('the landing page (GraphiQL)', () => {
  let town: FakeTown;
  let gateway: Gateway;
  let origin: string;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'gql', entries: { 'news-item': [] } });
    gateway = await startGatewayOver([{ code: 'gql', url: town.url }]);
    origin = new URL(gateway.url).origin;
  });

  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('is GraphiQL from the gateway itself, under a strict CSP, on /graphql and /', async () => {
    for (const path of ['/graphql', '/']) {
      const response = await fetch(`${origin}${path}`, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      // No URL of another site, no Apollo Sandbox, no inline script.
      expect(html).not.toMatch(/https?:|\/\/|apollographql|sandbox/i);
      expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
      expect(loadedBy(html)).toEqual([
        'data:,',
        expect.stringMatching(/^graphiql\/graphiql\.min\.css\?v=[0-9a-f]{16}$/),
        expect.stringMatching(/^graphiql\/page\.css\?v=/),
        expect.stringMatching(/^graphiql\/react\.production\.min\.js\?v=/),
        expect.stringMatching(/^graphiql\/react-dom\.production\.min\.js\?v=/),
        expect.stringMatching(/^graphiql\/graphiql\.min\.js\?v=/),
        expect.stringMatching(/^graphiql\/start\.js\?v=/),
      ]);
    }
  });

  it('serves its files with their types, cached a year under their digest, revalidated otherwise', async () => {
    const html = await (await fetch(gateway.url, { headers: { accept: BROWSER_ACCEPT } })).text();
    const files = loadedBy(html).filter((url) => url.startsWith('graphiql/'));
    for (const file of files) {
      const response = await fetch(`${origin}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(
        file.includes('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(response.headers.get('cache-control'), file).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await response.text();
      expect(body.length, file).toBeGreaterThan(50);
      const etag = response.headers.get('etag')!;
      expect(etag).toBe(`"${file.split('?v=')[1]}"`);
      expect((await fetch(`${origin}/${file}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
      const unversioned = await fetch(`${origin}/${file.split('?')[0]}`);
      expect(unversioned.headers.get('cache-control')).toBe('no-cache');
      expect(await unversioned.text()).toBe(body);
    }
    const graphiql = await (await fetch(`${origin}/graphiql/graphiql.min.js`)).text();
    expect(graphiql).toContain('window.GraphiQL');
    expect((await fetch(`${origin}/graphiql/graphiql.min.js`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${origin}/graphiql/other.js`)).status).toBe(404);
  });

  it('starts GraphiQL on the relative /graphql, with the example tabs', async () => {
    const start = await (await fetch(`${origin}/graphiql/start.js`)).text();
    expect(start).toContain("createFetcher({ url: 'graphql' })");
    expect(start).toContain('isHeadersEditorEnabled: true');
    for (const name of ['query Towns', 'query MeetingsThisWeek', 'query EventsInLanguages']) expect(start).toContain(name);
    expect(start).not.toMatch(/https?:/);
  });

  it('leaves GraphQL clients alone: JSON for a GET that asks for JSON', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ towns { code } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.json()).toEqual({ data: { towns: [{ code: 'gql' }] } });
  });

  it('is off, its files too, without introspection', async () => {
    const closed = await startGatewayOver([{ code: 'gql', url: town.url }], { introspection: false });
    try {
      const page = await fetch(closed.url, { headers: { accept: BROWSER_ACCEPT } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
      expect(await page.text()).not.toMatch(/graphiql/i);
      expect((await fetch(`${new URL(closed.url).origin}/graphiql/graphiql.min.js`)).status).toBe(404);
    } finally {
      await closed.stop();
    }
  });
});
