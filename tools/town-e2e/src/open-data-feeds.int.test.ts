import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededRegion, type SeededRegion } from './seeded-region';
import { createTownHttpClient, type Entry } from './town-http-client';
import { toLocaleFreeId } from '../../../apps/gateway/src/towns/node-id';

type Gql<T> = { data?: T; errors?: { message: string }[] };

/**
 * RSS 2.0 and Atom 1.0 news feeds over two real, seeded towns: well-formed XML (fast-xml-parser's
 * validator), read back by @rowanmanning/feed-parser, compared with the towns' own REST API.
 */
describe('news feeds over real towns', () => {
  let region: SeededRegion;
  const news: Record<string, Entry[]> = {};
  const documentIds = new Map<string, string>();
  const newestFirst = (entries: Entry[]) => [...entries].sort((a, b) => String(b.datePublished).localeCompare(String(a.datePublished)));

  const read = async (path: string) => {
    const response = await fetch(`${region.origin}${path}`);
    expect(response.status, path).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    return { response, feed: parseFeed(xml) };
  };

  beforeAll(async () => {
    region = await startSeededRegion({ towns: ['eupen', 'seneffe'], scale: 0.15 });
    for (const code of ['eupen', 'seneffe'])
      news[code] = await createTownHttpClient(region.towns[code]!.api).all('/communes-news/news-items', 'locale=fr');
    for (let after: string | null = null; ; ) {
      const response = await fetch(`${region.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($after: String) { newsItems(first: 100, after: $after) { nodes { id documentId } pageInfo { hasNextPage endCursor } } }',
          variables: { after },
        }),
      });
      const page = (
        (await response.json()) as Gql<{
          newsItems: { nodes: { id: string; documentId: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        }>
      ).data!.newsItems;
      // Keyed as feeds and calendars name an entry: by its id without locale.
      for (const node of page.nodes) documentIds.set(toLocaleFreeId(node.id), node.documentId);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
  });
  afterAll(async () => {
    await region?.stop();
  });

  it("serves a town's news as RSS 2.0, newest first, with atom:link rel=self", async () => {
    const { response, feed } = await read('/feeds/news.rss?town=eupen&locale=fr&limit=10');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(feed.self).toBe(`${region.origin}/feeds/news.rss?town=eupen&locale=fr&limit=10`);
    const expected = newestFirst(news.eupen!).slice(0, 10);
    expect(news.eupen!.length).toBeGreaterThan(10);
    expect(feed.items.map((i) => documentIds.get(i.id!))).toEqual(expected.map((e) => e.documentId));
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((e) => e.headline));
    expect(feed.items.map((i) => i.published!.toISOString())).toEqual(
      expected.map((e) => new Date(e.datePublished as string).toISOString()),
    );
  });

  it("serves a group's news as Atom 1.0, with ids, updated and links", async () => {
    const { response, feed } = await read('/feeds/news.atom?group=wallonia&limit=100');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(`${region.origin}/feeds/news.atom?group=wallonia&limit=100`);
    const expected = newestFirst([...news.eupen!, ...news.seneffe!]).slice(0, 100);
    expect(feed.items.map((i) => documentIds.get(i.id!.replace(/^urn:communes:/, '')))).toEqual(expected.map((e) => e.documentId));
    expect(feed.updated!.getTime()).toBeGreaterThanOrEqual(Math.max(...feed.items.map((i) => i.updated!.getTime())));
    for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${region.origin}/json-ld/news/`));
    // Every entry link resolves to that article's JSON-LD.
    const first = await fetch(feed.items[0]!.url!);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ '@type': 'NewsArticle' });
  });

  it('keeps ids stable across requests', async () => {
    const ids = async () => (await read('/feeds/news.atom?town=seneffe')).feed.items.map((i) => i.id);
    const first = await ids();
    expect(first).toHaveLength(Math.min(20, news.seneffe!.length));
    expect(await ids()).toEqual(first);
  });

  it('answers 404 for an unknown group and 400 for a bad limit, as JSON with a code', async () => {
    const unknown = await fetch(`${region.origin}/feeds/news.rss?group=narnia`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'UNKNOWN_TOWN' } });
    const bad = await fetch(`${region.origin}/feeds/news.atom?town=eupen&limit=5000`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_PARAMETER' } });
  });
});
