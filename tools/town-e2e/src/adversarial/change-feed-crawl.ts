import type { Answer, Crawl, Probe } from './create-crawl';
import { refused400 } from './oracles';

/** What a line of the feed may say: public facts, never a field of the entry. */
const LINE_KEYS = 'action,documentId,kind,locale,sequence,time';
const PAGE = 1000;

/** Every line holds the six public facts and nothing else, and the page says where to go on. */
const onlyPublicFacts = (answer: Answer): string | undefined => {
  if (answer.status !== 200) return `the change feed answered HTTP ${answer.status}`;
  const lines = answer.json?.data;
  if (!Array.isArray(lines) || typeof answer.json?.meta?.next !== 'number') return 'the change feed answered no data and meta.next';
  const extra = lines.find(
    (line) =>
      Object.keys(line ?? {})
        .sort()
        .join(',') !== LINE_KEYS,
  );
  return extra ? `a change feed line holds more than public facts: ${JSON.stringify(extra).slice(0, 200)}` : undefined;
};

/**
 * Each town's change feed, read whole as a harvester reads it (every answer goes through the
 * leak detector: a draft's documentId, a canary or a closed item's withheld field is a leak),
 * and every malformed parameter refused with a 400.
 */
export async function crawlChangeFeeds(crawl: Crawl, urls: readonly string[]): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      const feed = `${url}/api/communes-core/changes`;
      for (let since = 0; ; ) {
        const [answer] = await crawl.probeAll([
          { surface: 'town', attack: 'town.changes', url: `${feed}?since=${since}&limit=${PAGE}`, check: onlyPublicFacts },
        ]);
        const next = answer?.json?.meta?.next;
        if (typeof next !== 'number' || next <= since || !answer?.json?.data?.length) break;
        since = next;
      }
      const bad = [
        'since=-1',
        'since=abc',
        'since=1e308',
        'since[$gt]=0',
        'limit=0',
        `limit=${PAGE + 1}`,
        'status=draft',
        'populate=*',
        'fields[0]=name',
      ];
      await crawl.probeAll(
        bad.map(
          (query): Probe => ({
            surface: 'town',
            attack: 'town.changes.bad-input',
            url: `${feed}?${query}`,
            check: refused400(`changes?${query}`),
          }),
        ),
      );
    }),
  );
}
