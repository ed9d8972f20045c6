import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, sorted, type ContractContext } from './contract-context';

const ev = (...n: number[]) => documents('evt', ...n);

/** `locale`: each locale's version of a localized document, the default one unless asked; kinds without locales ignore it. */
export function defineLocaleContract({ client }: ContractContext) {
  describe('locale', () => {
    it('is the default one when none is asked for', async () => {
      const events = await client.all(pathOf('event'), 'sort[0]=documentId:asc');
      expect(events.map((e) => e.locale)).toEqual(Array(12).fill('fr'));
      expect(events[0]).toMatchObject({ name: 'Apéro du marché' });
    });

    it("lists the documents that have the asked locale's version, in its words, with the shared values", async () => {
      const events = await client.all(pathOf('event'), 'locale=de&sort[0]=documentId:asc');
      expect(idsOf(events)).toEqual(ev(1, 3, 4, 6, 10));
      expect(events.map((e) => [e.locale, e.name, e.price])).toEqual([
        ['de', 'Marktaperitif', 5],
        ['de', 'Zumba im Park', 12.5],
        ['de', 'Offene Kirche', 0],
        ['de', 'Lütticher Markt', 2.5],
        ['de', 'Zebra und Co.', 7],
      ]);
    });

    it('lists every version with *', async () => {
      const { body } = await client.get(pathOf('event'), 'locale=*&pagination[pageSize]=100');
      expect(body.meta?.pagination?.total).toBe(17);
      expect(sorted(body.data.map((e) => `${e.documentId}:${String(e.locale)}`))).toEqual(
        sorted([...ev(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).map((id) => `${id}:fr`), ...ev(1, 3, 4, 6, 10).map((id) => `${id}:de`)]),
      );
    });

    it('is ignored by a kind without locales, whose entries carry none', async () => {
      const requests = await client.all(pathOf('service-request'), 'locale=de');
      expect(sorted(idsOf(requests))).toEqual(documents('srq', 1, 2, 3));
      expect(requests.some((r) => 'locale' in r)).toBe(false);
    });

    it('reads one entry in a locale, and not in one it lacks', async () => {
      const found = await client.get<Record<string, unknown>>(`${pathOf('event')}/${ev(3)[0]}`, 'locale=de');
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({ data: { documentId: ev(3)[0], locale: 'de', name: 'Zumba im Park' }, meta: {} });
      const missing = await client.get(`${pathOf('event')}/${ev(2)[0]}`, 'locale=de');
      expect(missing.status).toBe(404);
    });
  });
}
