import { contentTypeNamed } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexDatabase } from './index-database';
import type { ListFilters } from './list-filter-sql';
import { countList, type IndexList, isListKey, type ListKey, readListPage } from './read-list-page';
import { streamLiveEntries } from './stream-live-entries';
import { removeEntries, upsertEntries } from './write-entries';

const meeting = contentTypeNamed('meeting');
const agendaItem = contentTypeNamed('agenda-item');
const id = (n: number) => `m${String(n).padStart(23, '0')}`;

/** Twelve meetings per town in two towns, some sharing a start, some without an end; Eupen in de and fr. */
function meetingsOf(town: string, locale: string) {
  return Array.from({ length: 12 }, (_, i) => {
    const documentId = id(i);
    const data = {
      documentId,
      locale,
      name: `${locale === 'de' ? 'Sitzung' : 'Séance'} ${town} ${i}${i === 3 ? ' à Liège' : ''}`,
      start: `2026-0${1 + (i % 4)}-15T18:00:00.000Z`,
      end: i % 3 === 0 ? null : `2026-0${1 + (i % 4)}-15T20:00:00.000Z`,
      cancelled: i === 5,
    };
    return { documentId, locale, data, text: data.name, publishedAt: null, updatedAt: null };
  });
}

/** The order the gateway merges towns' pages in: the terms (missing last either way), documentId, town. */
function expectedOrder(
  rows: { town: string; documentId: string; data: Record<string, unknown> }[],
  field: string,
  direction: 'asc' | 'desc',
) {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => {
    const [x, y] = [a.data[field] as string | null, b.data[field] as string | null];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return direction === 'asc' ? text(x, y) : text(y, x);
    }
    return text(a.documentId, b.documentId) || text(a.town, b.town);
  });
}

const label = (row: { town: string; documentId: string }) => `${row.town}/${row.documentId}`;

/** An entry as a town served it, its links as given (a broken town's too). */
const served = (documentId: string, locale: string, data: Record<string, unknown>) => ({
  documentId,
  locale,
  data: { documentId, ...data },
  text: '',
  publishedAt: null,
  updatedAt: null,
});
const link = (documentId: string) => ({ documentId });

/** Region-wide lists read from the index: order, paging both ways, locales per town, filters. */
export function defineListPageSuite(engine: string, open: () => Promise<IndexDatabase>) {
  describe(`region-wide lists from the index on ${engine}`, () => {
    let db: IndexDatabase;
    const towns = [
      { town: 'seneffe', locale: 'fr' },
      { town: 'eupen', locale: 'de' },
    ];

    beforeAll(async () => {
      db = await open();
      await upsertEntries(db, 'seneffe', 'meeting', meetingsOf('seneffe', 'fr'));
      await upsertEntries(db, 'eupen', 'meeting', [...meetingsOf('eupen', 'de'), ...meetingsOf('eupen', 'fr')]);
      // A broken town's value where a number belongs: a null to the index, not an error for the region.
      const items = Array.from({ length: 6 }, (_, i) => ({
        documentId: `a${String(i).padStart(23, '0')}`,
        locale: 'fr',
        data: {
          documentId: `a${String(i).padStart(23, '0')}`,
          order: i === 4 ? 'abc' : i,
          public: i !== 2,
          meeting: { documentId: id(i) },
        },
        text: '',
        publishedAt: null,
        updatedAt: null,
      }));
      await upsertEntries(db, 'seneffe', 'agenda-item', items);
    });

    afterAll(async () => {
      await db?.close();
    });

    const everything = async (list: IndexList, size: number, backward = false) => {
      const seen: string[] = [];
      let key: ListKey | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const { rows, more } = await readListPage(db, {
          ...list,
          limit: size,
          ...(backward ? { before: key, fromEnd: true } : { after: key }),
        });
        seen.splice(backward ? 0 : seen.length, 0, ...rows.map(label));
        if (!more) return seen;
        key = (backward ? rows[0] : rows.at(-1))!.key;
      }
      throw new Error('paging did not end');
    };

    it('pages a region forward and backward in exactly the merged order, missing values last either way', async () => {
      const all = (
        await db.query<{ town: string; document_id: string; data: Record<string, unknown> }>(
          "select town, document_id, data from index_entries where kind = 'meeting' and ((town = 'seneffe' and locale = 'fr') or (town = 'eupen' and locale = 'de'))",
        )
      ).map((row) => ({ town: row.town, documentId: row.document_id, data: row.data }));
      expect(all).toHaveLength(24);
      for (const [field, direction] of [
        ['start', 'desc'],
        ['end', 'asc'],
        ['end', 'desc'],
      ] as const) {
        const list = { type: meeting, towns, order: [{ field, direction }] };
        const expected = expectedOrder(all, field, direction).map(label);
        expect(await everything(list, 5), `${field} ${direction}`).toEqual(expected);
        expect(await everything(list, 7, true), `${field} ${direction}, backward`).toEqual(expected);
      }
    });

    it('reads each town in its own locale and counts per town', async () => {
      const { rows } = await readListPage(db, { type: meeting, towns, order: [{ field: 'start', direction: 'asc' }], limit: 100 });
      expect(new Set(rows.map((r) => `${r.town}:${r.locale}`))).toEqual(new Set(['seneffe:fr', 'eupen:de']));
      expect(await countList(db, { type: meeting, towns: [{ town: 'eupen', locale: 'fr' }], order: [] })).toBe(12);
      expect(await countList(db, { type: meeting, towns, order: [] })).toBe(24);
      expect(await countList(db, { type: meeting, towns: [{ town: 'eupen', locale: 'nl' }], order: [] })).toBe(0);
    });

    it('reads a shared listing: the whole listings of the towns followed, of the others only what matches the sharing filter', async () => {
      const order = [{ field: 'start', direction: 'asc' as const }];
      // Eupen followed whole; of Seneffe only its cancelled meeting (standing for the entries shared into a channel followed).
      const shared: IndexList = { type: meeting, towns, order, shared: { wholeTowns: ['eupen'], filters: { cancelled: { eq: true } } } };
      const rows = (await readListPage(db, { ...shared, limit: 100 })).rows;
      expect(rows.filter((r) => r.town === 'eupen')).toHaveLength(12);
      expect(rows.filter((r) => r.town === 'seneffe').map((r) => r.documentId)).toEqual([id(5)]);
      expect(await countList(db, shared)).toBe(13);
      expect(await everything(shared, 4)).toEqual(rows.map(label));
      expect(await everything(shared, 5, true)).toEqual(rows.map(label));
      // The reader's own filters still apply to every town; nothing shared: the towns followed only, counted as such.
      const march = { start: { gte: '2026-03-01T00:00:00.000Z' } };
      expect((await readListPage(db, { ...shared, filters: march, limit: 100 })).rows.map((r) => r.town)).toEqual(Array(6).fill('eupen'));
      expect(await countList(db, { type: meeting, towns, order, shared: { wholeTowns: ['seneffe'] } })).toBe(12);
    });

    it('filters as the towns do: dates, booleans, text folded by case, lists of values, null, not, or', async () => {
      const count = async (filters: Record<string, unknown>) => await countList(db, { type: meeting, towns, filters, order: [] });
      expect(await count({ start: { gte: '2026-04-01' } })).toBe(6);
      // An instant with an offset compares as the same instant in UTC.
      expect(await count({ start: { gt: '2026-04-15T19:00:00+01:00' } })).toBe(0);
      expect(await count({ start: { gte: '2026-04-15T19:00:00+01:00' } })).toBe(6);
      expect(await count({ cancelled: { eq: true } })).toBe(2);
      expect(await count({ name: { containsi: 'LIÈGE' } })).toBe(2);
      expect(await count({ name: { contains: 'Liège' }, not: { documentId: { eq: id(3) } } })).toBe(0);
      expect(await count({ end: { null: true } })).toBe(8);
      expect(await count({ documentId: { in: [id(1), id(2)] } })).toBe(4);
      expect(await count({ documentId: { in: [] } })).toBe(0);
      expect(await count({ or: [{ cancelled: { eq: true } }, { start: { lt: '2026-02-01' } }] })).toBe(8);
      expect(await count({ name: { startsWith: 'Sitzung' } })).toBe(12);
      expect(await count({ name: { endsWith: 'Liège' } })).toBe(2);
    });

    it('filters on a relation, on numbers even where a town sent text, and never runs a value as SQL', async () => {
      const items = {
        type: agendaItem,
        towns: [{ town: 'seneffe', locale: 'fr' }],
        order: [{ field: 'order', direction: 'asc' as const }],
      };
      const count = async (filters: Record<string, unknown>) => await countList(db, { ...items, filters });
      expect(await count({ order: { gte: 2 } })).toBe(3);
      expect(await count({ public: { eq: false } })).toBe(1);
      expect(await count({ meeting: { start: { lt: '2026-02-01' } } })).toBe(2);
      expect(await count({ meeting: { name: { containsi: 'liège' } } })).toBe(1);
      expect(await count({ meeting: { name: { eq: "x' or 1=1 --" } } })).toBe(0);
      const { rows } = await readListPage(db, { ...items, limit: 10 });
      expect(rows.map((r) => r.data.order)).toEqual([0, 1, 2, 3, 5, 'abc']);
    });

    it('filters through links to one or many, under not and or, by locale, never to another town, a removed entry or a broken link', async () => {
      await upsertEntries(db, 'couvin', 'meeting', [
        served('M0', 'fr', { cancelled: false, agendaItems: [link('A0'), 'A1', null, { documentId: 7 }, { other: 'A1' }] }),
        served('M1', 'fr', { cancelled: true, agendaItems: [] }),
        served('M2', 'fr', { cancelled: false }),
        served('M3', 'de', { cancelled: false }),
        // Links to many given as one object: not the model's shape, no link.
        served('M5', 'fr', { cancelled: false, agendaItems: link('A0') }),
        served('M6', 'fr', { cancelled: false, agendaItems: [link('A10')] }),
        served('M7', 'fr', { cancelled: false, agendaItems: [link('A1'), link('A0')] }),
      ]);
      await upsertEntries(db, 'spa', 'meeting', [served('M4', 'fr', { cancelled: false })]);
      await upsertEntries(db, 'couvin', 'agenda-item', [
        served('A0', 'fr', { public: true, meeting: link('M0') }),
        served('A1', 'fr', { public: false, meeting: link('M1') }),
        served('A2', 'fr', { public: true, meeting: link('M2') }),
        served('A3', 'fr', { public: true, meeting: link('M3') }),
        served('A4', 'fr', { public: true, meeting: link('M4') }),
        served('A5', 'fr', { public: false, meeting: null }),
        served('A6', 'fr', { public: true, meeting: 'M0' }),
        served('A7', 'fr', { public: true, meeting: { other: 'M0' } }),
        served('A8', 'fr', { public: true }),
        // A link to one given as a list: not the model's shape, no link.
        served('A9', 'fr', { public: true, meeting: [link('M0')] }),
        served('A10', 'fr', { public: true, meeting: link('M0') }),
        served('A11', 'fr', { public: true, meeting: link('M7') }),
      ]);
      await removeEntries(db, 'couvin', 'meeting', [{ documentId: 'M2', locale: 'fr', removed: 'unpublish' }]);
      await removeEntries(db, 'couvin', 'agenda-item', [{ documentId: 'A10', locale: 'fr', removed: 'delete' }]);
      const read = (type: typeof meeting) => async (filters: ListFilters) => {
        const list = { type, towns: [{ town: 'couvin', locale: 'fr' }], filters, order: [] };
        const { rows } = await readListPage(db, { ...list, limit: 100 });
        const streamed: string[] = [];
        for await (const entry of streamLiveEntries(db, { type, towns: ['couvin'], locale: 'fr', filters }))
          streamed.push(entry.documentId);
        // The three reads build their SQL apart (a page, a count, an export): each must agree.
        expect(streamed.sort(), JSON.stringify(filters)).toEqual(rows.map((r) => r.documentId).sort());
        expect(await countList(db, list), JSON.stringify(filters)).toBe(rows.length);
        return rows.map((r) => r.documentId).sort();
      };
      const items = read(agendaItem);
      expect(await items({ meeting: { cancelled: { eq: false } } })).toEqual(['A0', 'A11']);
      expect(await items({ meeting: {} })).toEqual(['A0', 'A1', 'A11']);
      // Not: every entry that links to no match, those linking to nothing included.
      expect(await items({ not: { meeting: { cancelled: { eq: false } } } })).toEqual('A1 A2 A3 A4 A5 A6 A7 A8 A9'.split(' '));
      expect(await items({ or: [{ meeting: { cancelled: { eq: true } } }, { public: { eq: false } }] })).toEqual(['A1', 'A5']);
      expect(await items({ not: { or: [{ meeting: {} }, { public: { eq: false } }] } })).toEqual('A2 A3 A4 A6 A7 A8 A9'.split(' '));
      expect(await items({ meeting: { agendaItems: { public: { eq: false } } } })).toEqual(['A11']);
      expect(await items({ meeting: { not: { agendaItems: { public: { eq: false } } } } })).toEqual(['A0', 'A1']);

      const meetings = read(meeting);
      expect(await meetings({ agendaItems: { public: { eq: true } } })).toEqual(['M0', 'M7']);
      expect(await meetings({ agendaItems: {} })).toEqual(['M0', 'M7']);
      expect(await meetings({ not: { agendaItems: { public: { eq: true } } } })).toEqual(['M1', 'M5', 'M6']);
      expect(await meetings({ or: [{ agendaItems: { public: { eq: false } } }, { cancelled: { eq: true } }] })).toEqual(['M1', 'M7']);
      expect(await meetings({ agendaItems: { meeting: { cancelled: { eq: true } } } })).toEqual(['M7']);
    });

    it('filters through links between a kind without locales and one with: any locale version, or the one without', async () => {
      await upsertEntries(db, 'couvin', 'service-type', [
        served('ST0', 'fr', { category: 'waste', serviceRequests: [link('SR1')] }),
        served('ST1', 'nl', { category: 'roads', serviceRequests: [link('SR0')] }),
      ]);
      await upsertEntries(db, 'couvin', 'service-request', [
        served('SR0', '', { requestStatus: 'open', serviceType: link('ST1') }),
        served('SR1', '', { requestStatus: 'closed', serviceType: link('ST0') }),
      ]);
      const requests = { type: contentTypeNamed('service-request'), towns: [{ town: 'couvin', locale: '' }], order: [] };
      const ids = async (list: IndexList) => (await readListPage(db, { ...list, limit: 10 })).rows.map((r) => r.documentId).sort();
      expect(await ids({ ...requests, filters: { serviceType: { category: { eq: 'roads' } } } })).toEqual(['SR0']);
      expect(await ids({ ...requests, filters: { serviceType: {} } })).toEqual(['SR0', 'SR1']);
      const types = { type: contentTypeNamed('service-type'), order: [] };
      const closed = { serviceRequests: { requestStatus: { eq: 'closed' } } };
      expect(await ids({ ...types, towns: [{ town: 'couvin', locale: 'fr' }], filters: closed })).toEqual(['ST0']);
      const inDutch = { ...types, towns: [{ town: 'couvin', locale: 'nl' }] };
      expect(await ids({ ...inDutch, filters: { not: closed } })).toEqual(['ST1']);
      expect(await ids({ ...inDutch, filters: { serviceRequests: { serviceType: {} } } })).toEqual(['ST1']);
    });

    it("refuses a key that does not fit the list's order", () => {
      const list = { type: meeting, towns, order: [{ field: 'start', direction: 'desc' as const }] };
      expect(isListKey(list, ['2026-01-15T18:00:00.000Z', id(1), 'seneffe'])).toBe(true);
      expect(isListKey(list, [null, id(1), 'seneffe'])).toBe(true);
      expect(isListKey(list, [id(1), 'seneffe'])).toBe(false);
      expect(isListKey(list, ['x', null, 'seneffe'])).toBe(false);
      expect(isListKey(list, [{ $gt: 1 }, id(1), 'seneffe'])).toBe(false);
      const items = { type: agendaItem, towns, order: [{ field: 'order', direction: 'asc' as const }] };
      expect(isListKey(items, ['1e400x', id(1), 'seneffe'])).toBe(false);
      expect(isListKey(items, [3, id(1), 'seneffe'])).toBe(true);
    });
  });
}
