import { describe, expect, it } from 'vitest';
import { documents, idsOf, pathOf, type ContractContext } from './contract-context';

const EVENTS = pathOf('event');
const REQUESTS = pathOf('service-request');
const PRIVATE = /^(requester|deviceId|accountId)/;
const hundredAndOne = Array.from({ length: 101 }, (_, i) => `filters[documentId][$in][${i}]=${String(i).padStart(24, 'x')}`).join('&');

/** A bad request, and the parameter the 400 names (none where Strapi's own answer names none). */
type BadRequest = [title: string, path: string, query: string, param: string | undefined, name?: string];

const BAD_REQUESTS: BadRequest[] = [
  ['an unknown query parameter', EVENTS, 'colour=red', 'colour'],
  ['_q, which would search private fields', EVENTS, '_q=marché', '_q'],
  ['publicationFilter, which would tell drafts apart', EVENTS, 'publicationFilter=never-published-document', 'publicationFilter'],
  ['drafts', EVENTS, 'status=draft', 'status'],
  ['a locale the town does not publish in', EVENTS, 'locale=en', 'locale'],
  ['an unknown filter field', EVENTS, 'filters[colour][$eq]=red', 'filters'],
  ['an unknown operator', EVENTS, 'filters[name][$like]=x', 'filters'],
  ['a filter on a private field', REQUESTS, 'filters[requesterEmail][$eq]=ana@example.org', 'filters'],
  ['a text operator on a number', EVENTS, 'filters[price][$containsi]=1', 'filters[price][$containsi]'],
  ['a number that is not one', EVENTS, 'filters[price][$gt]=cheap', 'filters[price][$gt]'],
  ['a fraction for an integer', pathOf('agenda-item'), 'filters[order][$gt]=1.5', 'filters[order][$gt]'],
  ['a flag that is not true or false', EVENTS, 'filters[allDay][$eq]=1', 'filters[allDay][$eq]'],
  ['an impossible day', EVENTS, 'filters[start][$gt]=2026-02-30', 'filters[start][$gt]'],
  ['an instant for a day', pathOf('organization'), 'filters[startDate][$lt]=2000-01-01T00:00:00Z', 'filters[startDate][$lt]'],
  ['$between with one value', EVENTS, 'filters[price][$between][0]=1', 'filters[price][$between]'],
  ['a list of 101 values', EVENTS, hundredAndOne, 'filters[documentId][$in]'],
  ['a code not in its JSON form', EVENTS, 'filters[categories][$contains]=market', 'filters[categories][$contains]'],
  ['an unknown sort key', EVENTS, 'sort[0]=colour:asc', 'sort'],
  ['sorting on a private field', REQUESTS, 'sort[0]=requesterEmail:asc', 'sort'],
  ['sorting on a relation', pathOf('agenda-item'), 'sort[0]=meeting:asc', 'sort'],
  ['sorting on what a confidential entry withholds', pathOf('agenda-item'), 'sort[0]=result:asc', 'sort'],
  ['a sort direction that is none', EVENTS, 'sort[0]=name:up', undefined],
  ['an unknown field', EVENTS, 'fields[0]=colour', 'fields'],
  ['a private field', REQUESTS, 'fields[0]=requesterEmail', 'fields'],
  ['a relation as a field', pathOf('agenda-item'), 'fields[0]=meeting', 'fields'],
  ['an unknown relation to populate', EVENTS, 'populate[colour]=true', 'populate'],
  [
    'populate four relations deep',
    pathOf('meeting'),
    'populate[agendaItems][populate][meeting][populate][organizations][populate][meetings]=true',
    'populate[agendaItems][populate][meeting][populate][organizations][populate][meetings]',
  ],
  ['a page size over the maximum', EVENTS, 'pagination[pageSize]=101', 'pagination[pageSize]'],
  ['a limit over the maximum', EVENTS, 'pagination[limit]=101', 'pagination[limit]'],
  ['page 0', EVENTS, 'pagination[page]=0', 'pagination[page]'],
  ['a negative offset', EVENTS, 'pagination[start]=-1', 'pagination[start]'],
  ['a page size that is no number', EVENTS, 'pagination[pageSize]=all', 'pagination[pageSize]'],
  ['pages and offsets at once', EVENTS, 'pagination[page]=1&pagination[start]=0', undefined, 'PaginationError'],
  ['a malformed documentId', `${EVENTS}/not-a-document-id`, '', 'id'],
];

/** What a town refuses, and how: Strapi's error body, naming the parameter; never a private field or a draft. */
export function defineErrorContract({ client }: ContractContext) {
  describe('errors', () => {
    it.each(BAD_REQUESTS)("refuses %s with a 400 in Strapi's error body", async (_, path, query, param, name = 'ValidationError') => {
      const { status, body } = await client.get(path, query);
      expect(status).toBe(400);
      expect(body).toEqual({ data: null, error: { status: 400, name, message: expect.any(String), details: expect.any(Object) } });
      if (param !== undefined) expect(body.error?.details?.param).toBe(param);
    });

    it('never serves a private field, listed, by documentId or populated from the other side', async () => {
      const keys = (value: unknown): string[] =>
        Array.isArray(value)
          ? value.flatMap(keys)
          : value && typeof value === 'object'
            ? Object.entries(value).flatMap(([k, v]) => [k, ...keys(v)])
            : [];
      const answers = [
        await client.all(REQUESTS, 'populate=*'),
        (await client.get(`${REQUESTS}/${documents('srq', 1)[0]}`)).body.data,
        await client.all(pathOf('service-type'), 'populate[serviceRequests]=true'),
      ];
      expect(keys(answers)).toContain('requestStatus');
      expect(keys(answers).filter((key) => PRIVATE.test(key))).toEqual([]);
    });

    it('never serves a draft, whichever way it is asked for', async () => {
      const [draft] = documents('evt', 13);
      expect(idsOf(await client.all(EVENTS, `filters[documentId][$eq]=${draft}`))).toEqual([]);
      expect(idsOf(await client.all(EVENTS, 'filters[name][$containsi]=brouillon'))).toEqual([]);
      expect(idsOf(await client.all(EVENTS, 'locale=de&filters[name][$containsi]=veröffentlicht'))).toEqual([]);
      expect((await client.get(`${EVENTS}/${draft}`, 'status=published')).status).toBe(404);
    });
  });
}
