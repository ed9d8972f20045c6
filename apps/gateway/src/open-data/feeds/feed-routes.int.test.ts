import { buildNewsFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../../testing/gateway-harness';
import { toLocaleFreeId } from '../../towns/node-id';

const TRICKY = {
  documentId: 'trickynews00000000000001',
  headline: 'Travaux <rue> & "place" ]]> fin',
  summary: 'Résumé\u0007 avec <b>balises</b>',
  body: 'Corps ]]> & <script>alert(1)</script>',
  datePublished: '2026-03-01T09:00:00.000Z',
  topics: ['mobility'],
  locale: 'fr',
};

/** RSS 2.0 and Atom over two towns, checked by an XML validator and a maintained feed parser. */
describe('news feeds (parsed back by @rowanmanning/feed-parser)', () => {
  let eupen: FakeTown;
  let seneffe: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  let origin: string;
  const get = (path: string) => fetch(`${origin}${path}`);
  const read = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    return { response, xml, feed: parseFeed(xml) };
  };

  beforeAll(async () => {
    eupen = await startFakeTown({ code: 'eupen', entries: { 'news-item': [...buildNewsFixture('eupen', 30), TRICKY] } });
    seneffe = await startFakeTown({ code: 'seneffe', entries: { 'news-item': buildNewsFixture('seneffe', 5) } });
    gateway = await startGatewayOver(
      [
        { code: 'eupen', url: eupen.url, groups: { region: 'wallonia' } },
        { code: 'seneffe', url: seneffe.url, groups: { region: 'wallonia' } },
      ],
      { cacheTtlMs: 0 },
    );
    origin = new URL(gateway.url).origin;
  });
  afterAll(async () => {
    await gateway?.stop();
    await eupen?.stop();
    await seneffe?.stop();
  });

  /** The path and query of a `Link: <...>; rel="next"` header, or null on the last page. */
  const nextOf = (response: Response) => {
    const link = response.headers.get('link');
    if (!link) return null;
    const next = new URL(/^<([^>]+)>; rel="next"$/.exec(link)![1]!);
    expect(next.origin).toBe(origin);
    return `${next.pathname}${next.search}`;
  };

  it('says a feed cut by its limit goes on (Link rel=next), and its pages cover the list once', async () => {
    const seen: string[] = [];
    const pages: number[] = [];
    let path: string | null = '/feeds/news.atom?group=wallonia&limit=15';
    while (path) {
      const { response, feed } = await read(path);
      expect(response.headers.get('access-control-expose-headers')).toContain('link');
      seen.push(...feed.items.map((item) => String(item.id)));
      pages.push(feed.items.length);
      path = nextOf(response);
    }
    // 31 entries of Eupen and 5 of Seneffe, newest first, 15 at a time; the last page has no link.
    expect(pages).toEqual([15, 15, 6]);
    expect(new Set(seen).size).toBe(36);
  });

  it("refuses to resume after another listing's cursor, or after what is no cursor, with a 400", async () => {
    const eupenOnly = nextOf((await read('/feeds/news.rss?town=eupen&limit=2')).response)!;
    const cursor = new URL(eupenOnly, origin).searchParams.get('after')!;
    for (const after of [cursor, 'bm90LWEtY3Vyc29y', '<script>']) {
      const response = await get(`/feeds/news.rss?group=wallonia&limit=2&after=${encodeURIComponent(after)}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_PARAMETER');
    }
  });

  it('serves RSS 2.0 with atom:link rel=self, newest first, `limit` items', async () => {
    const { response, xml, feed } = await read('/feeds/news.rss?town=eupen&limit=5');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(feed.self).toBe(`${origin}/feeds/news.rss?town=eupen&limit=5`);
    expect(feed.items).toHaveLength(5);
    const dates = feed.items.map((i) => i.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.map((i) => i.title).slice(0, 2)).toEqual([TRICKY.headline, 'eupen news 29']);
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel['atom:link']['@_rel']).toBe('self');
  });

  it('serves Atom 1.0 with ids, updated and links', async () => {
    const { response, feed } = await read('/feeds/news.atom?group=wallonia&limit=100');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${origin}/feeds/news.atom?group=wallonia&limit=100`);
    expect(feed.updated).toBeInstanceOf(Date);
    expect(feed.items).toHaveLength(36);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:communes:/);
      expect(item.updated).toBeInstanceOf(Date);
      expect(item.url).toMatch(new RegExp(`^${origin}/json-ld/news/`));
    }
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(36);
  });

  it('reads every town without town or group, and answers HEAD with the headers alone', async () => {
    const { feed } = await read('/feeds/news.atom?limit=100');
    expect(feed.items).toHaveLength(36);
    expect(feed.items.every((i) => i.authors.length === 1)).toBe(true);
    const head = await fetch(`${origin}/feeds/news.rss`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(await head.text()).toBe('');
  });

  it('keeps ids stable across requests and formats: the gateway global ids, without locale', async () => {
    const rss = (await read('/feeds/news.rss?town=seneffe')).feed.items.map((i) => i.id);
    const atom = (await read('/feeds/news.atom?town=seneffe')).feed.items.map((i) => i.id);
    expect(atom).toEqual(rss.map((id) => `urn:communes:${id}`));
    const { data } = await gateway.query<{ newsItems: { nodes: { id: string }[] } }>(
      '{ newsItems(towns: ["seneffe"], orderBy: [{ field: datePublished, direction: DESC }]) { nodes { id } } }',
    );
    expect(rss).toEqual(data!.newsItems.nodes.map((n) => toLocaleFreeId(n.id)));
  });

  it('escapes markup and drops characters XML cannot hold, in both formats', async () => {
    for (const path of ['/feeds/news.rss?town=eupen&limit=100', '/feeds/news.atom?town=eupen&limit=100']) {
      const { feed } = await read(path);
      const item = feed.items.find((i) => i.title?.startsWith('Travaux'))!;
      expect(item.title).toBe(TRICKY.headline);
      expect(item.description).toContain('Résumé avec');
      expect(item.content).toContain('Corps ]]> &');
    }
  });

  describe('abuse', () => {
    const expectError = async (path: string, status: number, code: string) => {
      const response = await get(path);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
    };
    it('answers 404 for unknown towns and groups, 400 for bad limits and scopes', async () => {
      await expectError('/feeds/news.rss?town=atlantis', 404, 'UNKNOWN_TOWN');
      await expectError('/feeds/news.atom?group=narnia', 404, 'UNKNOWN_TOWN');
      await expectError('/feeds/news.rss?limit=101', 400, 'BAD_PARAMETER');
      await expectError('/feeds/news.atom?limit=-1', 400, 'BAD_PARAMETER');
      await expectError('/feeds/news.rss?town=eupen&group=wallonia', 400, 'BAD_PARAMETER');
      await expectError('/feeds/news.rss?group=a&group=b', 400, 'BAD_PARAMETER');
    });
    it('serves the other towns when one is down, naming it in x-missing-towns', async () => {
      seneffe.setFault('error500');
      try {
        const { response, feed } = await read('/feeds/news.rss?group=wallonia&limit=100');
        expect(response.headers.get('x-missing-towns')).toBe('seneffe');
        expect(feed.items).toHaveLength(31);
      } finally {
        seneffe.setFault('none');
      }
    });
  });
});

describe('a listing over more towns than the cost limit allows', () => {
  const codes = ['eupen', 'seneffe'];
  let towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    towns = await Promise.all(codes.map((code) => startFakeTown({ code, entries: { 'news-item': buildNewsFixture(code, 3) } })));
    gateway = await startGatewayOver(
      towns.map((town, i) => ({ code: codes[i]!, url: town.url })),
      { cacheTtlMs: 0, maxCost: 50 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(towns.map((town) => town.stop()));
  });

  // Every town asked counts in the cost: the client can narrow the listing, so it is its 400, not a 500.
  it('is refused with a 400 that says how to narrow it', async () => {
    const response = await fetch(`${new URL(gateway.url).origin}/feeds/news.atom?limit=100`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_PARAMETER');
    expect(body.error.message).toMatch(/Ask for one town or group/);
    const narrow = await fetch(`${new URL(gateway.url).origin}/feeds/news.atom?town=eupen&limit=10`);
    expect(narrow.status).toBe(200);
  });
});
