import { buildNewsFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { countLiveEntries, type IndexDatabase, openEmbeddedIndex, readHarvestStates } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harvester, startHarvester } from './start-harvester';

/**
 * A town that serves entries the model refuses (a topic no vocabulary knows, a headline
 * missing): the gateway leaves them out of every list, so the index must hold none of them,
 * whether it follows the town's change feed or reads it whole, and must say which and why
 * until the town serves them fixed.
 */
describe('entries that do not fit the model', () => {
  const news = { feed: buildNewsFixture('feedtown', 4), sweep: buildNewsFixture('sweeptown', 4) };
  const towns: FakeTown[] = [];
  let index: IndexDatabase;
  let harvester: Harvester;

  const breakEntries = (entries: Record<string, unknown>[]) => {
    entries[1]!.topics = ['roadworks-and-more'];
    delete entries[2]!.headline;
  };
  const live = (town: string) => countLiveEntries(index, { kind: 'news-item', towns: [town] });

  beforeAll(async () => {
    breakEntries(news.feed);
    breakEntries(news.sweep);
    towns.push(await startFakeTown({ code: 'feedtown', entries: { 'news-item': news.feed } }));
    towns.push(await startFakeTown({ code: 'sweeptown', entries: { 'news-item': news.sweep }, withoutChangeFeed: true }));
    index = await openEmbeddedIndex({});
    harvester = await startHarvester({
      index,
      towns: towns.map((town, i) => ({ code: i === 0 ? 'feedtown' : 'sweeptown', url: town.url })),
      intervalMs: 3_600_000,
    });
    await harvester.harvestNow();
  }, 120_000);

  afterAll(async () => {
    await harvester?.stop();
    await index?.close();
    await Promise.all(towns.map((town) => town.stop()));
  });

  it('keeps them out of the index, and says how many and what is wrong, on a feed and on a sweep', async () => {
    const states = await readHarvestStates(index);
    for (const [code, entries] of [
      ['feedtown', news.feed],
      ['sweeptown', news.sweep],
    ] as const) {
      expect(states.get(code)?.failures).toBe(0);
      expect(await live(code)).toBe(2);
      expect(states.get(code)?.refused).toBe(2);
      expect([
        `news-item.topics[0] is "roadworks-and-more", expected a Topic code (${entries[1]!.documentId}, fr)`,
        `news-item.headline is missing, expected a value (required) (${entries[2]!.documentId}, fr)`,
      ]).toContain(states.get(code)?.lastRefusal);
    }
    expect(states.get('feedtown')?.source).toBe('feed');
    expect(states.get('sweeptown')?.source).toBe('sweep');
  });

  it('takes them in once the town serves them fixed, and forgets the refusal', async () => {
    towns[0]!.publish('news-item', { ...news.feed[1], topics: ['mobility'] });
    towns[1]!.publish('news-item', { ...news.sweep[1], topics: ['mobility'] });
    towns[1]!.publish('news-item', { ...news.sweep[2], headline: 'Réparée' });
    await harvester.harvestNow();
    const states = await readHarvestStates(index);
    expect(await live('feedtown')).toBe(3);
    expect(states.get('feedtown')).toMatchObject({ refused: 1, lastRefusal: expect.stringContaining(news.feed[2]!.documentId) });
    expect(await live('sweeptown')).toBe(4);
    towns[0]!.publish('news-item', { ...news.feed[2], headline: 'Réparée' });
    await harvester.harvestNow();
    const after = await readHarvestStates(index);
    for (const code of ['feedtown', 'sweeptown']) {
      expect(await live(code)).toBe(4);
      expect(after.get(code)).toMatchObject({ refused: 0, lastRefusal: null });
    }
  });
});
