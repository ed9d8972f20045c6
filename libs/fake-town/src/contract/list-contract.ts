import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, sorted, type ContractContext } from './contract-context';
import { toServedAttributes } from './served-attributes';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Lists and single entries: what is served, in which shape, with which values. */
export function defineListContract({ client, fixture }: ContractContext) {
  const kinds = Object.keys(fixture.entries);
  const publishedIds = (kind: string) => sorted(fixture.entries[kind]!.filter((e) => !e.draft).map((e) => e.documentId));

  describe('lists and entries', () => {
    it.each(kinds)('serve every published document of a kind once, and no draft: %s', async (kind) => {
      expect(sorted(idsOf(await client.all(pathOf(kind))))).toEqual(publishedIds(kind));
    });

    it("answer { data, meta.pagination } with Strapi's defaults", async () => {
      const { status, body } = await client.get(pathOf('event'));
      expect(status).toBe(200);
      expect(body.meta).toEqual({ pagination: { page: 1, pageSize: 25, pageCount: 1, total: 12 } });
    });

    it('answer an empty list for a kind without entries', async () => {
      const { status, body } = await client.get(pathOf('alert'));
      expect(status).toBe(200);
      expect(body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } });
    });

    it.each(kinds)("serve each attribute with its type, the model's default or null when unset: %s", async (kind) => {
      const served = Object.fromEntries((await client.all(pathOf(kind))).map((entry) => [entry.documentId, entry]));
      for (const document of fixture.entries[kind]!.filter((e) => !e.draft)) {
        expect(served[document.documentId], document.documentId).toMatchObject(
          toServedAttributes(kind, document, fixture.town.locales[0]!),
        );
      }
    });

    it.each(kinds)('give each entry its timestamps, and its locale when the kind has locales: %s', async (kind) => {
      for (const entry of await client.all(pathOf(kind))) {
        for (const stamp of ['createdAt', 'updatedAt', 'publishedAt'])
          expect(entry[stamp], `${entry.documentId} ${stamp}`).toMatch(INSTANT);
        if (contentTypeNamed(kind).localized) expect(entry.locale).toBe(fixture.town.locales[0]);
        else expect(entry).not.toHaveProperty('locale');
      }
    });

    it('serve one entry by documentId', async () => {
      const [id] = documents('evt', 4);
      const { status, body } = await client.get<Record<string, unknown>>(`${pathOf('event')}/${id}`);
      expect(status).toBe(200);
      expect(body).toEqual({ data: expect.objectContaining({ documentId: id, name: 'Église ouverte', allDay: true, price: 0 }), meta: {} });
    });

    it.each([
      ['a draft', documents('evt', 13)[0]],
      ['a documentId the town does not know', 'z'.repeat(24)],
    ])("answer 404 with Strapi's error body for %s", async (_, id) => {
      const { status, body } = await client.get(`${pathOf('event')}/${id}`);
      expect(status).toBe(404);
      expect(body).toEqual({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } });
    });

    it('answer 404 for a kind no plugin serves', async () => {
      expect((await client.get('/communes-agenda/nopes')).status).toBe(404);
    });
  });
}
