import { contentTypeNamed } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexDatabase } from './index-database';
import { type ListFilters, UnsupportedFilter } from './list-filter-sql';
import { maintainIndex } from './maintain-index';
import { countLiveEntries, readLiveEntries, searchIndex } from './read-index';
import { readFreshness } from './read-freshness';
import { recordRefusals } from './refused-entries';
import { streamLiveEntries } from './stream-live-entries';
import { readHarvestStates, saveHarvestState } from './town-harvest-state';
import { removeEntries, removeEntriesNotServed, upsertEntries } from './write-entries';

const entry = (documentId: string, locale: string, headline: string) => ({
  documentId,
  locale,
  data: { documentId, locale, headline },
  text: headline,
  publishedAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
});

const event = contentTypeNamed('event');

/** The index's storage and search, the same on every engine: `open` opens a fresh, empty index. */
export function defineIndexSuite(engine: string, open: () => Promise<IndexDatabase>, reopen: () => Promise<IndexDatabase>) {
  describe(`the regional index on ${engine}`, () => {
    let db: IndexDatabase;

    beforeAll(async () => {
      db = await open();
    });

    afterAll(async () => {
      await db?.close();
    });

    it('stores entries per town and locale, replaces them, and keeps a tombstone of what left', async () => {
      await upsertEntries(db, 'seneffe', 'news-item', [
        entry('aaaaaaaaaaaaaaaaaaaaaaaa', 'fr', 'Travaux'),
        entry('bbbbbbbbbbbbbbbbbbbbbbbb', 'fr', 'Fête'),
      ]);
      await upsertEntries(db, 'eupen', 'news-item', [
        entry('cccccccccccccccccccccccc', 'de', 'Arbeiten'),
        entry('cccccccccccccccccccccccc', 'fr', 'Travaux'),
      ]);
      expect(await countLiveEntries(db, { kind: 'news-item' })).toBe(4);
      expect(await countLiveEntries(db, { kind: 'news-item', locale: 'fr' })).toBe(3);
      expect(await countLiveEntries(db, { kind: 'news-item', towns: ['eupen'] })).toBe(2);

      await upsertEntries(db, 'seneffe', 'news-item', [entry('aaaaaaaaaaaaaaaaaaaaaaaa', 'fr', 'Travaux prolongés')]);
      await removeEntries(db, 'seneffe', 'news-item', [{ documentId: 'bbbbbbbbbbbbbbbbbbbbbbbb', locale: 'fr', removed: 'delete' }]);
      const seneffe = await readLiveEntries(db, { kind: 'news-item', towns: ['seneffe'] });
      expect(seneffe.map((e) => e.data.headline)).toEqual(['Travaux prolongés']);
      const [tombstone] = await db.query<{ removed: string; data: unknown }>(
        "select removed, data from index_entries where document_id = 'bbbbbbbbbbbbbbbbbbbbbbbb'",
      );
      expect(tombstone).toEqual({ removed: 'delete', data: null });
      // Nothing to retract of a version the index never held, nor a second word on a tombstone.
      await removeEntries(db, 'seneffe', 'news-item', [
        { documentId: 'bbbbbbbbbbbbbbbbbbbbbbbb', locale: 'fr', removed: 'unpublish' },
        { documentId: 'bbbbbbbbbbbbbbbbbbbbbbbb', locale: 'nl', removed: 'delete' },
      ]);
      expect(await db.query("select locale, removed from index_entries where document_id = 'bbbbbbbbbbbbbbbbbbbbbbbb'")).toEqual([
        { locale: 'fr', removed: 'delete' },
      ]);

      // An editor's stray NUL character is dropped, not a harvest stopped for good.
      await upsertEntries(db, 'seneffe', 'news-item', [entry('nulnulnulnulnulnulnulnul', 'fr', 'Avant\u0000après')]);
      const [withNul] = await db.query<{ data: { headline: string } }>(
        "select data from index_entries where document_id = 'nulnulnulnulnulnulnulnul'",
      );
      expect(withNul!.data.headline).toBe('Avantaprès');
      await removeEntries(db, 'seneffe', 'news-item', [{ documentId: 'nulnulnulnulnulnulnulnul', locale: 'fr', removed: 'delete' }]);

      // Published again: back from its tombstone.
      await upsertEntries(db, 'seneffe', 'news-item', [entry('bbbbbbbbbbbbbbbbbbbbbbbb', 'fr', 'Fête')]);
      expect(await countLiveEntries(db, { kind: 'news-item', towns: ['seneffe'] })).toBe(2);
    });

    it('finds words whatever their accents, case and inflection, in the locale searched', async () => {
      await upsertEntries(db, 'sambreville', 'event', [
        entry('dddddddddddddddddddddddd', 'fr', 'Marché de Noël à LIÈGE'),
        entry('eeeeeeeeeeeeeeeeeeeeeeee', 'fr', 'Les hôtels de la région'),
        entry('ffffffffffffffffffffffff', 'de', 'Weihnachtsmärkte in Lüttich'),
      ]);
      const found = async (text: string, locale: string) =>
        (await searchIndex(db, { text, locale, kinds: ['event'] })).map((hit) => hit.documentId);
      expect(await found('liege', 'fr')).toEqual(['dddddddddddddddddddddddd']);
      expect(await found('hotel', 'fr')).toEqual(['eeeeeeeeeeeeeeeeeeeeeeee']);
      expect(await found('marches noel', 'fr')).toEqual(['dddddddddddddddddddddddd']);
      expect(await found('weihnachtsmarkt', 'de')).toEqual(['ffffffffffffffffffffffff']);
      expect(await found('liege', 'de')).toEqual([]);
      await removeEntries(db, 'sambreville', 'event', [{ documentId: 'dddddddddddddddddddddddd', locale: 'fr', removed: 'unpublish' }]);
      expect(await found('liege', 'fr')).toEqual([]);
    });

    it("streams a kind by key, batch after batch, with the lists' filters", async () => {
      const events = Array.from({ length: 25 }, (_, i) => ({
        ...entry(`ev${String(i).padStart(22, '0')}`, 'fr', `Événement ${i}`),
        data: {
          name: `Événement ${i}`,
          start: `2026-12-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
          // A broken town's text where a number belongs: no price to a filter, not a failed export.
          price: i === 1 ? 'abc' : i * 10,
          isAccessibleForFree: i % 2 === 0,
          categories: i % 3 === 0 ? ['concert'] : ['market'],
        },
      }));
      await upsertEntries(db, 'stream', 'event', events);
      const read = async (filters: ListFilters | null = null) => {
        const ids: string[] = [];
        for await (const e of streamLiveEntries(db, { type: event, towns: ['stream'], filters }, 4)) ids.push(e.documentId);
        return ids;
      };
      const all = await read();
      expect(all).toEqual(events.map((e) => e.documentId));
      expect(await read({ start: { gte: '2026-12-20' } })).toHaveLength(6);
      expect(await read({ price: { lte: 30 } })).toHaveLength(3);
      expect(await read({ price: { null: true } })).toEqual([events[1]!.documentId]);
      expect(await read({ isAccessibleForFree: { eq: true }, categories: { contains: 'concert' } })).toHaveLength(5);
      expect(await read({ or: [{ name: { containsi: 'événement 2' } }, { price: { eq: 50 } }] })).toHaveLength(7);
      await expect(read({ "x') or true --": { eq: '' } })).rejects.toThrow(UnsupportedFilter);
    });

    it('says how fresh the index is for some towns: the oldest sync, who is behind, who is failing', async () => {
      const at = (iso: string) => new Date(iso);
      const base = { source: 'feed' as const, lastAttempt: null, lastError: null, nextAttempt: null, locales: null, defaultLocale: null };
      await saveHarvestState(db, {
        ...base,
        town: 'fresh',
        lastSequence: 9,
        feedLatest: 9,
        lastSuccess: at('2026-11-30T10:00:00Z'),
        failures: 0,
      });
      await saveHarvestState(db, {
        ...base,
        town: 'late',
        lastSequence: 5,
        feedLatest: 9,
        lastSuccess: at('2026-11-30T09:00:00Z'),
        failures: 0,
      });
      await saveHarvestState(db, {
        ...base,
        town: 'broken',
        lastSequence: 9,
        feedLatest: 9,
        lastSuccess: at('2026-11-30T08:00:00Z'),
        failures: 3,
      });
      expect(await readFreshness(db, ['fresh', 'late'])).toEqual({ oldestSync: at('2026-11-30T09:00:00Z'), behind: ['late'], failing: [] });
      expect(await readFreshness(db, ['fresh', 'broken', 'never'])).toEqual({ oldestSync: null, behind: ['never'], failing: ['broken'] });
    });

    it("brings the planner's statistics up to date after many writes", async () => {
      await maintainIndex(db);
      const [table] = await db.query<{ tuples: number }>("select reltuples as tuples from pg_class where oid = 'index_entries'::regclass");
      const [rows] = await db.query<{ count: string | number }>('select count(*) as count from index_entries');
      expect(Number(table!.tuples)).toBe(Number(rows!.count));
    });

    /** The counts the index keeps, against a count of its entries: they must agree after any write. */
    const countsAgree = async () => {
      const kept = await db.query<{ key: string; live: string | number }>(
        "select kind || '/' || town || '/' || locale as key, live from index_counts where live <> 0 order by 1",
      );
      const counted = await db.query<{ key: string; live: string | number }>(
        "select kind || '/' || town || '/' || locale as key, count(*) as live from index_entries where removed is null group by 1 order by 1",
      );
      const asMap = (rows: { key: string; live: string | number }[]) => new Map(rows.map((r) => [r.key, Number(r.live)]));
      expect(asMap(kept)).toEqual(asMap(counted));
      return asMap(kept);
    };

    it('keeps its per-town counts exact through every kind of write', async () => {
      const ids = Array.from({ length: 30 }, (_, i) => `count${String(i).padStart(19, '0')}`);
      await upsertEntries(db, 'namur', 'event', [...ids.map((id) => entry(id, 'fr', 'Fête')), entry(ids[0]!, 'nl', 'Feest')]);
      expect((await countsAgree()).get('event/namur/fr')).toBe(30);
      // Updated again (no change in number), some removed twice, one put back, one never held removed.
      await upsertEntries(
        db,
        'namur',
        'event',
        ids.slice(0, 10).map((id) => entry(id, 'fr', 'Fête encore')),
      );
      const gone = ids.slice(5, 15).map((documentId) => ({ documentId, locale: 'fr', removed: 'delete' as const }));
      await removeEntries(db, 'namur', 'event', gone);
      await removeEntries(db, 'namur', 'event', [...gone, { documentId: 'never', locale: 'fr', removed: 'delete' }]);
      await upsertEntries(db, 'namur', 'event', [entry(ids[7]!, 'fr', 'De retour')]);
      expect((await countsAgree()).get('event/namur/fr')).toBe(21);
      // A whole kind read again, and rows deleted outright.
      await removeEntriesNotServed(db, 'namur', 'event', [`${ids[20]}:fr`, `${ids[0]}:nl`]);
      expect((await countsAgree()).get('event/namur/fr')).toBe(1);
      await db.query("delete from index_entries where town = 'namur' and kind = 'event'");
      expect((await countsAgree()).get('event/namur/nl')).toBeUndefined();
    });

    it("keeps each town's harvest state, and all of it across a reopening", async () => {
      const state = {
        town: 'seneffe',
        source: 'feed' as const,
        lastSequence: 42,
        feedLatest: 45,
        lastAttempt: new Date('2026-11-30T10:00:00.000Z'),
        lastSuccess: new Date('2026-11-30T10:00:00.000Z'),
        lastError: null,
        failures: 0,
        nextAttempt: null,
        locales: ['fr', 'de'],
        defaultLocale: 'fr',
      };
      await saveHarvestState(db, state);
      // A save that does not know the town's languages (a failure) keeps those it had.
      await saveHarvestState(db, { ...state, lastSequence: 45, locales: null, defaultLocale: null });
      await db.close();
      db = await reopen();
      expect((await readHarvestStates(db)).get('seneffe')).toEqual({ ...state, lastSequence: 45, refused: 0, lastRefusal: null });
      expect((await readHarvestStates(db)).get('seneffe')).toMatchObject({ locales: ['fr', 'de'], defaultLocale: 'fr' });
      expect(await countLiveEntries(db, { kind: 'news-item' })).toBe(4);
    });

    it('counts what a town serves that does not fit the model, the latest first, until it is read again and fits', async () => {
      const refused = (documentId: string, problem: string) => ({ documentId, locale: 'fr', problem });
      await recordRefusals(db, 'seneffe', 'news-item', ['x1', 'x2'], [refused('x1', 'news-item.topics[0] is "a", expected a Topic code')]);
      await recordRefusals(db, 'seneffe', 'event', 'all', [refused('e1', 'event.name is missing, expected a value (required)')]);
      expect((await readHarvestStates(db)).get('seneffe')).toMatchObject({
        refused: 2,
        lastRefusal: expect.stringMatching(
          /^(event\.name is missing, expected a value \(required\) \(e1, fr\)|news-item\.topics\[0\] is "a", expected a Topic code \(x1, fr\))$/,
        ),
      });
      // x1 read again and fitting: settled; the event kind read whole with nothing refused.
      await recordRefusals(db, 'seneffe', 'news-item', ['x1'], []);
      expect((await readHarvestStates(db)).get('seneffe')).toMatchObject({
        refused: 1,
        lastRefusal: 'event.name is missing, expected a value (required) (e1, fr)',
      });
      await recordRefusals(db, 'seneffe', 'event', 'all', []);
      expect((await readHarvestStates(db)).get('seneffe')).toMatchObject({ refused: 0, lastRefusal: null });
    });

    it('drops, once, the days and instants that are not real ones from an index harvested before it checked them', async () => {
      const raw = async (documentId: string, data: Record<string, unknown>) =>
        await db.query(
          `insert into index_entries (town, kind, document_id, locale, data, changed_at) values ('old', 'news-item', $1, 'fr', $2::jsonb, now())`,
          [documentId, JSON.stringify(data)],
        );
      await raw('oldaaaaaaaaaaaaaaaaaaaaa', { datePublished: '2026-02-30T10:00:00.000Z', updatedAt: 'soon', headline: 'Kept' });
      await raw('oldbbbbbbbbbbbbbbbbbbbbb', { datePublished: '2028-02-29T10:00:00+01:00', updatedAt: '2026-11-30T09:00:00.000Z' });
      await db.query("delete from index_meta where key = 'times-checked'");
      await db.close();
      db = await reopen();
      const rows = await db.query<{ document_id: string; data: Record<string, unknown> }>(
        "select document_id, data from index_entries where town = 'old' order by document_id",
      );
      expect(rows.map((r) => r.data)).toEqual([
        { headline: 'Kept' },
        { datePublished: '2028-02-29T10:00:00+01:00', updatedAt: '2026-11-30T09:00:00.000Z' },
      ]);
      await db.query("delete from index_entries where town = 'old'");
    });

    it('counts an index made before it kept counts, once, on opening', async () => {
      await db.exec('drop table index_counts cascade');
      await db.close();
      db = await reopen();
      expect((await countsAgree()).get('news-item/seneffe/fr')).toBe(2);
      await db.close();
      db = await reopen();
      expect((await countsAgree()).get('news-item/seneffe/fr')).toBe(2);
    });
  });
}
