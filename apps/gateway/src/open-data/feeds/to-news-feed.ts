import type { Feed } from 'feed' with { 'resolution-mode': 'import' };
import { toLocaleFreeId } from '../../towns/node-id';
import { newsItemUrl, selfUrl } from './news-links';
import type { NewsNode } from './news-nodes';
import { toXmlText } from './xml-text';

export interface NewsFeedOptions {
  origin: string;
  url: URL;
  title: string;
  /** The scope as a stable string, for the feed's Atom id. */
  scopeKey: string;
  format: 'rss' | 'atom';
}

/**
 * The news as a `feed` Feed: ids are the gateway's global ids (stable across requests and
 * origins), entries newest first as read, `updated` the newest change.
 */
export async function toNewsFeed(items: readonly NewsNode[], options: NewsFeedOptions): Promise<Feed> {
  // `feed` is an ES module; the gateway is CommonJS.
  const { Feed } = await import('feed');
  const times = items.map((i) => Date.parse(i.updatedAt ?? i.datePublished ?? '')).filter((t) => !Number.isNaN(t));
  const self = selfUrl(options.origin, options.url);
  const feed = new Feed({
    id: `urn:communes:feed:news:${options.scopeKey}`,
    title: toXmlText(`News — ${options.title}`),
    description: toXmlText(`News published by ${options.title}, through the Communes gateway.`),
    link: `${options.origin}/json-ld/news${options.url.search}`,
    updated: new Date(times.length ? Math.max(...times) : 0),
    generator: 'Communes gateway',
    feedLinks: options.format === 'rss' ? { rss: self } : { atom: self },
  });
  for (const item of items) {
    const published = new Date(item.datePublished ?? item.updatedAt ?? 0);
    const updated = item.updatedAt ? new Date(item.updatedAt) : published;
    feed.addItem({
      title: toXmlText(item.headline ?? '(untitled)'),
      // The item's id names the entry, unchanged since ids carry a locale; its link, the version read.
      id: `urn:communes:${toLocaleFreeId(item.id)}`,
      guid: toLocaleFreeId(item.id),
      link: newsItemUrl(options.origin, item.id),
      date: options.format === 'rss' ? published : updated > published ? updated : published,
      published,
      ...(item.summary ? { description: toXmlText(item.summary) } : {}),
      ...(item.body ? { content: toXmlText(item.body) } : {}),
      // RSS 2.0 wants an e-mail address in <author>, which a town's news has not; Atom wants a name.
      ...(options.format === 'atom' ? { author: [{ name: toXmlText(item.town.name) }] } : {}),
      category: item.topics.map((topic) => ({ name: topic, term: topic })),
      ...(item.image?.url
        ? { enclosure: { url: item.image.url, type: item.image.mime ?? 'image/jpeg', length: Math.round((item.image.size ?? 0) * 1024) } }
        : {}),
    });
  }
  return feed;
}
