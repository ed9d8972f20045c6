import { contentTypeNamed } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, type ContractContext } from './contract-context';

const ITEMS = pathOf('agenda-item');
const [open, closed] = documents('itm', 2, 8);
/** What an entry carries whatever its kind. */
const SYSTEM = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'];
const VISIBLE = [...SYSTEM, ...contentTypeNamed('agenda-item').confidentiality!.visible];

/** What may leave the town of an agenda item heard in closed session, on every route. */
export function defineClosedSessionContract({ client }: ContractContext) {
  const extraKeys = (entry: object | undefined) => Object.keys(entry ?? {}).filter((key) => !VISIBLE.includes(key));

  describe('an agenda item heard in closed session', () => {
    it('leaves with its title, number, order, meeting and flag only: listed, by documentId, populated', async () => {
      const listed = (await client.all(ITEMS, 'populate[meeting][fields][0]=documentId')).find((item) => item.documentId === closed);
      expect(listed).toMatchObject({
        name: 'Personnel : nomination',
        number: '5',
        order: 5,
        public: false,
        meeting: { documentId: documents('mtg', 2)[0] },
      });
      expect(extraKeys(listed)).toEqual([]);
      const one = await client.get<Record<string, unknown>>(`${ITEMS}/${closed}`);
      expect(extraKeys(one.body.data)).toEqual([]);
      const [meeting] = await client.list(
        pathOf('meeting'),
        `filters[documentId][$eq]=${documents('mtg', 2)[0]}&populate[agendaItems]=true`,
      );
      const populated = (meeting!.agendaItems as { documentId: string }[]).find((item) => item.documentId === closed);
      expect(extraKeys(populated)).toEqual([]);
    });

    it('never matches a filter on what it withholds, though its value would', async () => {
      expect(idsOf(await client.all(ITEMS, 'filters[result][$eq]=accepted'))).toEqual([open]);
      expect(idsOf(await client.all(ITEMS, 'filters[start][$notNull]=true'))).toEqual([]);
    });

    it('always matches the $not of such a filter, as if the value were neither', async () => {
      // Open items without a result are unknown there, and so are left out.
      expect(idsOf(await client.all(ITEMS, 'filters[$not][result][$eq]=accepted'))).toEqual([closed]);
    });
  });
}
