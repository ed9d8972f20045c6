import { contentTypeNamed } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AggregateGroup, aggregateList, TooManyGroups } from './aggregate-list';
import type { IndexDatabase } from './index-database';
import { upsertEntries } from './write-entries';

const request = contentTypeNamed('service-request');
const event = contentTypeNamed('event');
const DAY = 86_400_000;
const TOWNS = ['alpha', 'beta', 'gamma'];

interface Fixture {
  town: string;
  documentId: string;
  requestStatus: string;
  serviceType: string;
  requestedAt: string;
  statusChangedAt: string | null;
}

/** Service requests of three towns: every third day from New Year, closed after 1 to 5 days; one just before midnight in Brussels at a month's end. */
function requestsOf(town: string, t: number): Fixture[] {
  return Array.from({ length: 30 + t * 7 }, (_, i) => {
    const requested = i === 9 ? Date.parse('2026-03-31T22:30:00.000Z') : Date.parse('2026-01-01T09:00:00.000Z') + (i * 3 + t) * DAY;
    const closed = i % 3 !== 0;
    return {
      town,
      documentId: `sr${t}x${String(i).padStart(20, '0')}`,
      requestStatus: closed ? 'closed' : 'open',
      serviceType: `st${(i + t) % (2 + t)}`,
      requestedAt: new Date(requested).toISOString(),
      statusChangedAt: closed ? new Date(requested + ((i % 5) + 1) * DAY + (i % 2) * 3_600_000).toISOString() : null,
    };
  });
}

/** The month of an instant in Brussels, computed apart from the database. */
const brusselsMonth = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' }).format(new Date(iso));

/** percentile_cont: linear between the two closest ranks. */
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (rank - low);
}

/** Counts by a key, as a map. */
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const asMap = (groups: AggregateGroup[], value: (g: AggregateGroup) => number | null = (g) => g.count) =>
  new Map(groups.map((g) => [g.keys.map((k, i) => (g.other[i] ? '(other)' : (k ?? '(none)'))).join('|'), value(g)]));

/** Aggregates over the index: grouped and measured in SQL, checked against the same figures computed here. */
export function defineAggregateSuite(engine: string, open: () => Promise<IndexDatabase>) {
  describe(`region-wide aggregates from the index on ${engine}`, () => {
    let db: IndexDatabase;
    const fixtures = TOWNS.flatMap((town, t) => requestsOf(town, t));
    const towns = TOWNS.map((town) => ({ town, locale: request.localized ? 'fr' : '' }));

    beforeAll(async () => {
      db = await open();
      for (const [t, town] of TOWNS.entries()) {
        const rows = fixtures
          .filter((f) => f.town === town)
          .map((f) => {
            const data: Record<string, unknown> = {
              documentId: f.documentId,
              requestStatus: f.requestStatus,
              serviceType: { documentId: f.serviceType },
              requestedAt: f.requestedAt,
              statusChangedAt: f.statusChangedAt,
            };
            return { documentId: f.documentId, locale: towns[t]!.locale, data, text: '', publishedAt: null, updatedAt: null };
          });
        // What a broken town might serve: not instants, and an impossible day. Missing values to an aggregate.
        for (const [n, requestedAt] of ['soon', '2026-02-30T10:00:00.000Z', '2026-13-01T10:00:00.000Z', 42].entries())
          rows.push({
            documentId: `broken${t}x${n}`,
            locale: towns[t]!.locale,
            data: { documentId: `broken${t}x${n}`, requestStatus: 7, requestedAt, statusChangedAt: 'later' } as never,
            text: '',
            publishedAt: null,
            updatedAt: null,
          });
        await upsertEntries(db, town, 'service-request', rows);
      }
      const events = Array.from({ length: 12 }, (_, i) => ({
        documentId: `ev${String(i).padStart(22, '0')}`,
        locale: 'fr',
        data: {
          start: '2026-06-01T10:00:00.000Z',
          price: i === 11 ? 'free' : i * 2.5,
          categories: i % 4 === 0 ? ['concert', 'workshop'] : i % 4 === 1 ? ['concert'] : i % 4 === 2 ? [] : ['theatre'],
        },
        text: '',
        publishedAt: null,
        updatedAt: null,
      }));
      await upsertEntries(db, 'alpha', 'event', events);
      // Alpha's service types and their shared categories (st2 has none; st3 does not exist).
      const typeLocale = contentTypeNamed('service-type').localized ? 'fr' : '';
      await upsertEntries(
        db,
        'alpha',
        'service-type',
        [
          ['st0', 'roads'],
          ['st1', 'lighting'],
          ['st2', null],
        ].map(([documentId, category]) => ({
          documentId: documentId!,
          locale: typeLocale,
          data: { documentId, serviceCode: documentId, ...(category ? { category } : {}) },
          text: '',
          publishedAt: null,
          updatedAt: null,
        })),
      );
    });

    afterAll(async () => {
      await db?.close();
    });

    it('counts per town and per month of Brussels time, broken values as missing', async () => {
      const groups = await aggregateList(db, {
        type: request,
        towns,
        dimensions: [{ by: 'town' }, { by: 'time', field: 'requestedAt', bucket: 'month' }],
        measures: [],
        maxGroups: 1000,
      });
      const expected = countBy(fixtures, (f) => `${f.town}|${brusselsMonth(f.requestedAt)}`);
      for (const town of TOWNS) expected.set(`${town}|(none)`, 4);
      expect(asMap(groups)).toEqual(expected);
      // 22:30 UTC on 31 March is 1 April in Brussels.
      expect(groups.find((g) => g.keys[0] === 'alpha' && g.keys[1] === '2026-04')).toBeDefined();
      // Sorted by town, then month, missing last.
      expect(groups.slice(0, 3).map((g) => g.keys.join('|'))).toEqual(['alpha|2026-01', 'alpha|2026-02', 'alpha|2026-03']);
      expect(groups[groups.findIndex((g) => g.keys[0] === 'beta') - 1]!.keys).toEqual(['alpha', null]);
    });

    it('names quarters, ISO weeks, days and years', async () => {
      const one = async (bucket: 'day' | 'week' | 'quarter' | 'year') =>
        (
          await aggregateList(db, {
            type: request,
            towns: towns.slice(0, 1),
            filters: { documentId: { eq: 'sr0x00000000000000000000' } },
            dimensions: [{ by: 'time', field: 'requestedAt', bucket }],
            measures: [],
            maxGroups: 10,
          })
        ).map((g) => g.keys[0]);
      expect(await one('day')).toEqual(['2026-01-01']);
      expect(await one('week')).toEqual(['2026-W01']);
      expect(await one('quarter')).toEqual(['2026-Q1']);
      expect(await one('year')).toEqual(['2026']);
    });

    it('measures the median and average days from request to closure, and distinct types, per town, filtered', async () => {
      const groups = await aggregateList(db, {
        type: request,
        towns,
        filters: { requestStatus: { eq: 'closed' } },
        dimensions: [{ by: 'town' }],
        measures: [
          { of: 'duration', from: 'requestedAt', to: 'statusChangedAt', p: 0.5, unit: 'days' },
          { of: 'duration', from: 'requestedAt', to: 'statusChangedAt', p: 'avg', unit: 'hours' },
          { of: 'countDistinct', field: 'serviceType' },
        ],
        maxGroups: 10,
      });
      for (const town of TOWNS) {
        const closed = fixtures.filter((f) => f.town === town && f.statusChangedAt);
        const days = closed.map((f) => (Date.parse(f.statusChangedAt!) - Date.parse(f.requestedAt)) / DAY);
        const group = groups.find((g) => g.keys[0] === town)!;
        expect(group.count).toBe(closed.length);
        expect(group.measures[0]).toBeCloseTo(percentile(days, 0.5)!, 6);
        expect(group.measures[1]).toBeCloseTo((days.reduce((a, b) => a + b, 0) / days.length) * 24, 6);
        expect(group.measures[2]).toBe(new Set(closed.map((f) => f.serviceType)).size);
      }
    });

    it("groups by a vocabulary, a link and the towns' groups, and keeps the top values with the rest as other", async () => {
      const byGroup = await aggregateList(db, {
        type: request,
        towns,
        dimensions: [
          { by: 'townGroup', groupOf: { alpha: 'hainaut', beta: 'hainaut' } },
          { by: 'field', field: 'requestStatus' },
        ],
        measures: [],
        maxGroups: 100,
      });
      const expected = countBy(fixtures, (f) => `${f.town === 'gamma' ? '(none)' : 'hainaut'}|${f.requestStatus}`);
      expected.set('hainaut|(none)', 8);
      expected.set('(none)|(none)', 4);
      expect(asMap(byGroup)).toEqual(expected);

      const top = await aggregateList(db, {
        type: request,
        towns,
        dimensions: [{ by: 'field', field: 'serviceType' }],
        measures: [],
        top: { dimension: 0, n: 2 },
        maxGroups: 100,
      });
      const types = [...countBy(fixtures, (f) => f.serviceType)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      expect(asMap(top)).toEqual(
        new Map([
          ...types.slice(0, 2).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
          ['(other)', types.slice(2).reduce((sum, [, n]) => sum + n, 0)],
          ['(none)', 12],
        ]),
      );
    });

    it('measures numbers, and counts each code of a list of codes', async () => {
      const groups = await aggregateList(db, {
        type: event,
        towns: [{ town: 'alpha', locale: 'fr' }],
        dimensions: [{ by: 'field', field: 'categories' }],
        measures: [
          { of: 'sum', field: 'price' },
          { of: 'min', field: 'price' },
          { of: 'max', field: 'price' },
          { of: 'avg', field: 'price' },
          { of: 'percentile', field: 'price', p: 0.9 },
        ],
        maxGroups: 100,
      });
      const prices = (pick: (i: number) => boolean) =>
        Array.from({ length: 11 }, (_, i) => i)
          .filter(pick)
          .map((i) => i * 2.5);
      const concert = prices((i) => i % 4 <= 1);
      const byCode = new Map(groups.map((g) => [g.keys[0] ?? '(none)', g]));
      expect([...byCode.keys()]).toEqual(['concert', 'theatre', 'workshop', '(none)']);
      expect(byCode.get('concert')!.count).toBe(6);
      expect(byCode.get('concert')!.measures.slice(0, 4)).toEqual([
        concert.reduce((a, b) => a + b, 0),
        Math.min(...concert),
        Math.max(...concert),
        concert.reduce((a, b) => a + b, 0) / concert.length,
      ]);
      expect(byCode.get('concert')!.measures[4]).toBeCloseTo(percentile(concert, 0.9)!, 6);
      // The event priced "free" by a broken town: counted, with no price.
      expect(byCode.get('theatre')!.count).toBe(3);
      expect(byCode.get('theatre')!.measures[0]).toBe(3 * 2.5 + 7 * 2.5);
    });

    it("groups by a field of the entry a link names: a request's type's shared category", async () => {
      const groups = await aggregateList(db, {
        type: request,
        towns: towns.slice(0, 1),
        dimensions: [{ by: 'linked', relation: 'serviceType', field: 'category' }],
        measures: [],
        maxGroups: 100,
      });
      const categoryOf: Record<string, string> = { st0: 'roads', st1: 'lighting' };
      const expected = countBy(
        fixtures.filter((f) => f.town === 'alpha'),
        (f) => categoryOf[f.serviceType] ?? '(none)',
      );
      expected.set('(none)', (expected.get('(none)') ?? 0) + 4);
      expect(asMap(groups)).toEqual(expected);
      expect([...asMap(groups).keys()]).toEqual(['lighting', 'roads', '(none)']);
    });

    it('answers one group without dimensions, and refuses more groups than allowed', async () => {
      const [all] = await aggregateList(db, { type: request, towns, dimensions: [], measures: [], maxGroups: 1 });
      expect(all!.count).toBe(fixtures.length + 12);
      await expect(
        aggregateList(db, {
          type: request,
          towns,
          dimensions: [{ by: 'time', field: 'requestedAt', bucket: 'day' }],
          measures: [],
          maxGroups: 20,
        }),
      ).rejects.toThrow(TooManyGroups);
    });
  });
}
