import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, sorted, type ContractContext } from './contract-context';
import type { RestEntry } from './contract-client';

const linkedIds = (value: unknown): string[] | string | null =>
  Array.isArray(value) ? sorted(value.map((entry: RestEntry) => entry.documentId)) : value ? (value as RestEntry).documentId : null;

/** Per entry, the documentIds a relation links it to. */
const linksOf = (entries: RestEntry[], relation: string) =>
  Object.fromEntries(entries.map((entry) => [entry.documentId, linkedIds(entry[relation])]));

const [m1, m2, m3] = documents('mtg', 1, 2, 3);
const [o1, o2, o3] = documents('org', 1, 2, 3);

/** `populate`: relations (both sides, every cardinality) and files, only when asked, in the entry's locale. */
export function definePopulateContract({ client }: ContractContext) {
  describe('populate', () => {
    it('nothing is linked unless populated', async () => {
      const meetings = await client.list(pathOf('meeting'));
      for (const link of ['agendaItems', 'organizations', 'invitation', 'auxiliaryFiles'])
        expect(
          meetings.some((m) => link in m),
          link,
        ).toBe(false);
      const items = await client.list(pathOf('agenda-item'));
      expect(items.some((i) => 'meeting' in i)).toBe(false);
    });

    it('a relation to one, with the fields asked for', async () => {
      const items = await client.all(pathOf('agenda-item'), 'populate[meeting][fields][0]=documentId');
      expect(linksOf(items, 'meeting')).toEqual(
        Object.fromEntries([...documents('itm', 1, 2, 3, 4).map((i) => [i, m1]), ...documents('itm', 5, 6, 8).map((i) => [i, m2])]),
      );
    });

    it("a relation's other side, as a list, published entries only", async () => {
      const meetings = await client.all(pathOf('meeting'), 'populate[agendaItems][fields][0]=documentId');
      expect(linksOf(meetings, 'agendaItems')).toEqual({
        [m1!]: documents('itm', 1, 2, 3, 4),
        [m2!]: documents('itm', 5, 6, 8),
        [m3!]: [],
      });
    });

    it('a relation to many, from both sides', async () => {
      const meetings = await client.all(pathOf('meeting'), 'populate[organizations][fields][0]=documentId');
      expect(linksOf(meetings, 'organizations')).toEqual({ [m1!]: [o1, o2], [m2!]: [o2], [m3!]: [] });
      const organizations = await client.all(pathOf('organization'), 'populate[meetings][fields][0]=documentId');
      expect(linksOf(organizations, 'meetings')).toEqual({ [o1!]: [m1], [o2!]: sorted([m1!, m2!]), [o3!]: [] });
    });

    it('from a kind without locales', async () => {
      const types = await client.all(pathOf('service-type'), 'populate[serviceRequests][fields][0]=documentId');
      expect(linksOf(types, 'serviceRequests')).toEqual({
        [documents('stp', 1)[0]!]: documents('srq', 1, 3),
        [documents('stp', 2)[0]!]: documents('srq', 2),
      });
    });

    it("to a kind with locales from one without: the related entry in the town's default locale", async () => {
      const requests = await client.all(
        pathOf('service-request'),
        'populate[serviceType][fields][0]=name&populate[serviceType][fields][1]=locale',
      );
      expect(Object.fromEntries(requests.map((r) => [r.documentId, r.serviceType]))).toEqual({
        [documents('srq', 1)[0]!]: expect.objectContaining({ documentId: documents('stp', 1)[0], name: 'Nid-de-poule', locale: 'fr' }),
        [documents('srq', 2)[0]!]: expect.objectContaining({ documentId: documents('stp', 2)[0], name: 'Éclairage public', locale: 'fr' }),
        [documents('srq', 3)[0]!]: expect.objectContaining({ documentId: documents('stp', 1)[0], name: 'Nid-de-poule', locale: 'fr' }),
      });
    });

    it("in the entry's locale", async () => {
      const [item] = await client.list(
        pathOf('agenda-item'),
        `locale=de&filters[documentId][$eq]=${documents('itm', 1)[0]}&populate[meeting][fields][0]=name`,
      );
      expect(item?.meeting).toMatchObject({ documentId: m1, name: 'Gemeinderat Januar' });
    });

    it("a relation's entries with the fields asked for and their own relations' documentIds: published only, closed ones withholding", async () => {
      const query = [
        'populate[agendaItems][fields][0]=documentId',
        'populate[agendaItems][fields][1]=name',
        'populate[agendaItems][fields][2]=number',
        'populate[agendaItems][fields][3]=result',
        'populate[agendaItems][fields][4]=public',
        'populate[agendaItems][fields][5]=publishedAt',
        'populate[agendaItems][populate][meeting][fields][0]=documentId',
        'populate[agendaItems][populate][papers][fields][0]=documentId',
        'populate[agendaItems][populate][auxiliaryFiles]=true',
      ].join('&');
      const meetings = await client.all(pathOf('meeting'), query);
      // The draft item 7 of meeting 1 is not there, nor its published version (it has none).
      expect(linksOf(meetings, 'agendaItems')).toEqual({
        [m1!]: documents('itm', 1, 2, 3, 4),
        [m2!]: documents('itm', 5, 6, 8),
        [m3!]: [],
      });
      const items = meetings.flatMap((m) => (m.agendaItems as RestEntry[]).map((item) => ({ meeting: m.documentId, item })));
      for (const { meeting, item } of items) {
        expect(item.meeting, item.documentId).toEqual(expect.objectContaining({ documentId: meeting }));
        expect(item.publishedAt, item.documentId).toEqual(expect.any(String));
        // Only what was asked for, and the links populated inside.
        expect(
          Object.keys(item).filter(
            (key) =>
              !['id', 'documentId', 'name', 'number', 'result', 'public', 'publishedAt', 'meeting', 'papers', 'auxiliaryFiles'].includes(
                key,
              ),
          ),
          item.documentId,
        ).toEqual([]);
      }
      const byId = Object.fromEntries(items.map(({ item }) => [item.documentId, item]));
      expect(byId[documents('itm', 1)[0]!]).toMatchObject({ name: 'Approbation du procès-verbal', number: '1', public: true, papers: [] });
      // Edited since it was published: its published title, not the edit.
      expect(byId[documents('itm', 6)[0]!]).toMatchObject({ name: 'Divers' });
      // Heard in closed session: its flag, title and number; no result, no papers, no files.
      const closed = byId[documents('itm', 8)[0]!]!;
      expect(closed).toMatchObject({ public: false, number: '5', name: 'Personnel : nomination' });
      for (const withheld of ['result', 'papers', 'auxiliaryFiles']) expect(closed, withheld).not.toHaveProperty(withheld);
    });

    it("a relation's entries and their relations in the entry's locale", async () => {
      const [meeting] = await client.list(
        pathOf('meeting'),
        `locale=de&filters[documentId][$eq]=${m1}&populate[agendaItems][fields][0]=name&populate[agendaItems][populate][meeting][fields][0]=name`,
      );
      const items = meeting!.agendaItems as RestEntry[];
      expect(sorted(idsOf(items))).toEqual(documents('itm', 1, 2));
      for (const item of items) expect(item.meeting).toMatchObject({ documentId: m1, name: 'Gemeinderat Januar' });
      expect(items.find((item) => item.documentId === documents('itm', 1)[0])).toMatchObject({ name: 'Genehmigung des Protokolls' });
    });

    it("the related entry's attributes when no fields are asked for", async () => {
      const [item] = await client.list(pathOf('agenda-item'), `filters[documentId][$eq]=${documents('itm', 5)[0]}&populate[meeting]=true`);
      expect(item?.meeting).toMatchObject({
        documentId: m2,
        name: 'Collège du 3 février',
        start: '2026-02-03T08:30:00.000Z',
        meetingType: 'college',
      });
    });

    it('every link at once with *', async () => {
      const [meeting] = await client.list(pathOf('meeting'), `filters[documentId][$eq]=${m1}&populate=*`);
      for (const link of ['agendaItems', 'organizations', 'invitation', 'auxiliaryFiles']) expect(meeting, link).toHaveProperty(link);
    });

    it('a file, as the upload plugin describes it; none is null', async () => {
      const meetings = await client.all(pathOf('meeting'), 'populate[invitation]=true');
      const invitations = Object.fromEntries(meetings.map((m) => [m.documentId, m.invitation as Record<string, unknown> | null]));
      expect(invitations[m1!]).toMatchObject({
        name: 'invitation-janvier.txt',
        ext: '.txt',
        mime: 'text/plain',
        url: expect.stringMatching(/^\/uploads\/[^/]+\.txt$/),
        size: expect.any(Number),
      });
      expect(invitations[m2!]).toBeNull();
    });

    it("files are per locale, as the meeting's invitation field is localized", async () => {
      const [meeting] = await client.list(pathOf('meeting'), `locale=de&filters[documentId][$eq]=${m1}&populate[invitation]=true`);
      expect(meeting?.invitation).toBeNull();
    });

    it('several files as a list; none is an empty list', async () => {
      const requests = await client.all(pathOf('service-request'), 'populate[media]=true');
      expect(requests.map((r) => r.media)).toEqual([[], [], []]);
    });
  });
}
