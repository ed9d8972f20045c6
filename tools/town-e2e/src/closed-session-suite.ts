import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClosedSessionTown, type ClosedSessionTown } from './closed-session-town';
import { createTownHttpClient, type Entry, type RestAnswer } from './town-http-client';

const ITEMS = '/communes-council/agenda-items';
const MEETINGS = '/communes-council/meetings';
const PAPERS = '/communes-council/papers';
/** What a closed-session item may leave the town with: its visible fields and Strapi's system fields. */
const CLOSED_KEYS = ['createdAt', 'documentId', 'id', 'locale', 'meeting', 'name', 'number', 'order', 'public', 'publishedAt', 'updatedAt'];

type Gql<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * An agenda item heard in closed session leaves the town with its title, number, order,
 * meeting and flag only, on every surface: the town's REST API (answers, filters, sort), and
 * through the gateway GraphQL, search, OParl and calendars. A planted item carries a canary in
 * every field it withholds; an open control item, with the same result, shows that the guard
 * withholds the closed item and nothing more.
 */
export function defineClosedSessionSuite(database: string, getDatabaseUrl: () => Promise<string | undefined>) {
  describe(`a closed-session item on ${database}`, () => {
    let town: ClosedSessionTown;
    let http: ReturnType<typeof createTownHttpClient>;
    /** Every trace of what the closed item withholds. */
    let secrets: string[];

    const leaks = (value: unknown) => {
      const text = JSON.stringify(value);
      return secrets.filter((secret) => text.includes(secret));
    };
    const ok = async (path: string, query = ''): Promise<RestAnswer<Entry[] | Entry>['body']> => {
      const { status, body } = await http.get<Entry[] | Entry>(path, query);
      expect(status, `${path}?${query}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
      expect(leaks(body), `${path}?${query}`).toEqual([]);
      return body;
    };
    const total = async (path: string, query: string) => {
      const body = await ok(path, `${query}&pagination[pageSize]=100`);
      return { total: body.meta!.pagination.total, ids: (body.data as Entry[]).map((e) => e.documentId) };
    };
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Gql<T>> => {
      const response = await fetch(`${town.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as Gql<T>;
    };
    const withheldOf = (entry: Entry) => Object.keys(entry).filter((key) => !CLOSED_KEYS.includes(key) && key !== 'localizations');
    /** The keys of a closed item; `localizations` (the same item in its other locales) is checked apart. */
    const keysOf = (entry: Entry) =>
      Object.keys(entry)
        .filter((key) => key !== 'localizations')
        .sort();

    beforeAll(async () => {
      town = await startClosedSessionTown(await getDatabaseUrl());
      http = createTownHttpClient(town.api);
      const { planted } = town;
      secrets = [planted.canary, planted.start.slice(0, 16), planted.end.slice(0, 16), '20310714'];
    });

    afterAll(async () => {
      await town?.stop();
    });

    describe("the town's REST API", () => {
      it('serves the closed item with its visible and system fields only, in each locale, everything populated', async () => {
        for (const locale of town.town.locales) {
          const one = (await ok(`${ITEMS}/${town.planted.item}`, `locale=${locale}&populate=*`)).data as Entry;
          expect(keysOf(one)).toEqual(CLOSED_KEYS);
          for (const localization of one.localizations as Entry[]) expect(withheldOf(localization)).toEqual([]);
          expect(one).toMatchObject({ public: false, number: '99', order: 99, meeting: { documentId: town.planted.meeting } });
          const open = (await ok(`${ITEMS}/${town.planted.open.item}`, `locale=${locale}&populate=*`)).data as Entry;
          expect(open).toMatchObject({
            public: true,
            result: 'transferred',
            resolutionText: expect.stringContaining(town.planted.open.mark),
            papers: [expect.objectContaining({ documentId: town.planted.papers[1] })],
          });
        }
      });

      it("lists every item with every relation populated, and no closed item's withheld fields", async () => {
        for (const locale of town.town.locales) {
          const items = await http.all(ITEMS, `locale=${locale}&populate=*`);
          expect(leaks(items)).toEqual([]);
          const closed = items.filter((i) => i.public === false);
          expect(closed.map((i) => i.documentId)).toContain(town.planted.item);
          for (const item of closed) expect(withheldOf(item), item.documentId).toEqual([]);
        }
      });

      it("withholds them among the item's localizations, and with the fields asked for", async () => {
        const localized = (await ok(`${ITEMS}/${town.planted.item}`, 'populate[localizations][populate]=*')).data as Entry;
        const localizations = localized.localizations as Entry[];
        expect(localizations.map((l) => l.locale)).toEqual(['fr']);
        expect(keysOf(localizations[0]!)).toEqual(CLOSED_KEYS);
        expect(withheldOf(localizations[0]!)).toEqual([]);
        const fields = await ok(
          ITEMS,
          `filters[documentId][$eq]=${town.planted.item}&fields[0]=resolutionText&fields[1]=result&fields[2]=start&populate[localizations][fields][0]=resolutionText`,
        );
        // The flag is added to the fields asked for, so that the answer can say why the rest is missing.
        expect(fields.data).toEqual([expect.objectContaining({ documentId: town.planted.item, public: false })]);
        expect(withheldOf((fields.data as Entry[])[0]!)).toEqual([]);
      });

      it("keeps the closed item in its meeting's agenda by its title, however the agenda is populated", async () => {
        for (const query of [
          'populate[agendaItems][populate]=*',
          'populate[agendaItems][fields][0]=resolutionText&populate[agendaItems][fields][1]=result',
          'populate=*',
        ]) {
          const meeting = (await ok(`${MEETINGS}/${town.planted.meeting}`, query)).data as Entry;
          const item = (meeting.agendaItems as Entry[]).find((i) => i.documentId === town.planted.item);
          expect(item, query).toMatchObject({ public: false });
          expect(withheldOf(item!), query).toEqual([]);
        }
        expect(leaks(await http.all(MEETINGS, 'populate[agendaItems][populate]=*'))).toEqual([]);
      });

      it('does not link the closed item from its papers, listed, populated or counted', async () => {
        const [decision, heard] = town.planted.papers;
        const papers = `filters[documentId][$in][0]=${decision}&filters[documentId][$in][1]=${heard}&sort[0]=reference:asc`;
        const populated = (await ok(PAPERS, `${papers}&populate[agendaItems][populate]=*&populate[decidedInAgendaItems][populate]=*`))
          .data as Entry[];
        expect(
          populated.map((p) => [
            (p.agendaItems as Entry[]).map((i) => i.documentId),
            (p.decidedInAgendaItems as Entry[]).map((i) => i.documentId),
          ]),
        ).toEqual([
          [[], []],
          [[town.planted.open.item], []],
        ]);
        const ids = (await ok(PAPERS, `${papers}&populate[agendaItems][fields][0]=documentId&populate[decidedInAgendaItems]=true`))
          .data as Entry[];
        expect(ids.map((p) => [(p.agendaItems as Entry[]).length, (p.decidedInAgendaItems as Entry[]).length])).toEqual([
          [0, 0],
          [1, 0],
        ]);
        const counted = (await ok(PAPERS, `${papers}&populate[agendaItems][count]=true&populate[decidedInAgendaItems][count]=true`))
          .data as Entry[];
        expect(counted.map((p) => [p.agendaItems, p.decidedInAgendaItems])).toEqual([
          [{ count: 0 }, { count: 0 }],
          [{ count: 1 }, { count: 0 }],
        ]);
        const all = await http.all(PAPERS, 'populate=*');
        expect(leaks(all)).toEqual([]);
        expect(JSON.stringify(all)).not.toContain(town.planted.item);
      });

      describe('filters never match on what the closed item withholds', () => {
        const CASES: [string, string, (t: ClosedSessionTown) => string][] = [
          ['its resolution text', ITEMS, (t) => `filters[resolutionText][$containsi]=${t.planted.canary}`],
          ['its resolution text, in French', ITEMS, (t) => `locale=fr&filters[resolutionText][$containsi]=${t.planted.canary}`],
          ['its result, closed items only', ITEMS, () => 'filters[result][$eq]=transferred&filters[public][$eq]=false'],
          ['its start', ITEMS, (t) => `filters[start][$eq]=${t.planted.start}`],
          ['its end', ITEMS, () => 'filters[end][$gt]=2031-01-01T00:00:00.000Z'],
          ['its decision', ITEMS, (t) => `filters[decision][documentId][$eq]=${t.planted.papers[0]}`],
          ['its papers', ITEMS, (t) => `filters[papers][documentId][$eq]=${t.planted.papers[0]}`],
          [
            'its result, in an $or',
            ITEMS,
            () => 'filters[$or][0][result][$eq]=transferred&filters[$or][1][name][$eq]=none&filters[public][$eq]=false',
          ],
          ["its localizations' text", ITEMS, (t) => `filters[localizations][resolutionText][$containsi]=${t.planted.canary}`],
          ['its text, from its meeting', MEETINGS, (t) => `filters[agendaItems][resolutionText][$containsi]=${t.planted.canary}`],
          [
            'its result, from its meeting',
            MEETINGS,
            () => 'filters[agendaItems][result][$eq]=transferred&filters[agendaItems][public][$eq]=false',
          ],
          ['its text, from its papers', PAPERS, (t) => `filters[agendaItems][resolutionText][$containsi]=${t.planted.canary}`],
          ['its id, from its papers', PAPERS, (t) => `filters[agendaItems][documentId][$eq]=${t.planted.item}`],
          ['its title, from its decision', PAPERS, (t) => `filters[decidedInAgendaItems][name][$containsi]=${t.planted.name}`],
          [
            'its existence, from its decision',
            PAPERS,
            (t) => `filters[documentId][$eq]=${t.planted.papers[0]}&filters[decidedInAgendaItems][id][$notNull]=true`,
          ],
          [
            'its existence, on the relation itself',
            PAPERS,
            (t) => `filters[documentId][$eq]=${t.planted.papers[0]}&filters[agendaItems][$notNull]=true`,
          ],
        ];
        it.each(CASES)('%s', async (_, path, query) => {
          expect((await total(path, query(town))).total).toBe(0);
        });

        it('and still match open items on the same fields', async () => {
          expect((await total(ITEMS, 'filters[result][$eq]=transferred')).ids).toEqual([town.planted.open.item]);
          expect((await total(ITEMS, `filters[resolutionText][$containsi]=${town.planted.open.mark}`)).ids).toEqual([
            town.planted.open.item,
          ]);
          expect((await total(PAPERS, `filters[agendaItems][documentId][$eq]=${town.planted.open.item}`)).ids).toEqual([
            town.planted.papers[1],
          ]);
          expect((await total(MEETINGS, 'filters[agendaItems][result][$eq]=transferred')).ids).toEqual([town.planted.meeting]);
        });

        it('and a negated condition matches the closed item whatever it withholds', async () => {
          for (const result of ['transferred', 'accepted']) {
            expect(
              (await total(ITEMS, `filters[documentId][$eq]=${town.planted.item}&filters[$not][result][$eq]=${result}`)).total,
              result,
            ).toBe(1);
          }
        });

        it("a negated condition through a paper's agenda items is refused", async () => {
          const { status, body } = await http.get(PAPERS, 'filters[$not][agendaItems][name][$eq]=x');
          expect(status).toBe(400);
          expect(body).toMatchObject({
            data: null,
            error: { status: 400, name: 'ValidationError', details: { source: 'query', param: 'filters' } },
          });
        });

        it('an operator on the relation to an item tests its id, visible, and is no error', async () => {
          const [item] = (await ok(ITEMS, `filters[documentId][$eq]=${town.planted.item}&fields[0]=name`)).data as Entry[];
          expect((await total(MEETINGS, `filters[agendaItems][$eq]=${item!.id}`)).ids).toEqual([town.planted.meeting]);
        });

        it('a filter through its localizations never matches it, even on its title', async () => {
          expect((await total(ITEMS, `filters[localizations][name][$containsi]=${town.planted.name}`)).total).toBe(0);
          expect(
            (await total(ITEMS, `filters[localizations][name][$containsi]=Open session ${town.planted.canary.slice(-6)}`)).ids,
          ).toEqual([town.planted.open.item]);
        });

        it('a filter on its files finds nothing', async () => {
          const { status, body } = await http.get(ITEMS, `filters[resolutionFile][name][$containsi]=${town.planted.canary}`);
          if (status === 200) expect(body.meta?.pagination.total).toBe(0);
          else expect(status).toBe(400);
        });
      });

      it.each([
        ['its result', ITEMS, 'sort=result:asc', 'sort'],
        ['its start', ITEMS, 'sort[0]=order:asc&sort[1]=start:desc', 'sort'],
        ['its papers', ITEMS, 'sort=papers.name:asc', 'sort'],
        ['its decision, as an object', ITEMS, 'sort[decision][name]=asc', 'sort'],
        ["its localizations' result", ITEMS, 'sort=localizations.result:asc', 'sort'],
        ["the result of a meeting's items", MEETINGS, 'sort=agendaItems.result:asc', 'sort'],
        ['a populated agenda', MEETINGS, 'populate[agendaItems][sort][0]=result:asc', 'populate'],
        ["a paper's items", PAPERS, 'sort=agendaItems.order:asc', 'sort'],
      ])("refuses to order by %s, in Strapi's error format", async (_, path, query, param) => {
        const { status, body } = await http.get(path, query);
        expect(status).toBe(400);
        expect(body).toMatchObject({
          data: null,
          error: { status: 400, name: 'ValidationError', message: expect.any(String), details: { source: 'query', param } },
        });
      });

      it('refuses a full-text search of agenda items, and lists no file to the public', async () => {
        const search = await http.get(ITEMS, `_q=${town.planted.canary}`);
        expect(search.status).toBe(400);
        expect(search.body.data).toBeNull();
        const files = await http.get('/upload/files', `filters[name][$containsi]=${town.planted.canary}`);
        expect(files.status).toBeGreaterThanOrEqual(400);
        expect(leaks(files.body)).toEqual([]);
      });
    });

    describe('through the gateway', () => {
      const ITEM_FIELDS =
        'id documentId name number order public result resolutionText start end meeting { documentId } decision { documentId } papers { documentId } resolutionFile { url name } auxiliaryFiles { url name }';
      const WITHHELD = {
        result: null,
        resolutionText: null,
        start: null,
        end: null,
        decision: null,
        papers: [],
        resolutionFile: null,
        auxiliaryFiles: [],
      };

      it("serves the closed item withheld in lists, by id and in its meeting's agenda, in each locale", async () => {
        for (const locale of town.town.locales) {
          const list = await gql<{ agendaItems: { nodes: Entry[] } }>(
            `query($locale: [String!]) { agendaItems(filters: { public: { eq: false } }, first: 100, locale: $locale) { nodes { ${ITEM_FIELDS} } } }`,
            { locale: [locale] },
          );
          expect(list.errors).toBeUndefined();
          expect(leaks(list)).toEqual([]);
          const node = list.data!.agendaItems.nodes.find((n) => n.documentId === town.planted.item)!;
          expect(node).toMatchObject({
            ...WITHHELD,
            public: false,
            number: '99',
            order: 99,
            meeting: { documentId: town.planted.meeting },
          });
          const byId = await gql<{ node: Entry }>(
            // The id names the locale the list read it in.
            `query($id: ID!) { node(id: $id) { ... on AgendaItem { ${ITEM_FIELDS} } } }`,
            { id: node.id },
          );
          expect(byId.data?.node).toEqual(node);
          const meeting = await gql<{ meetings: { nodes: { agendaItems: Entry[] }[] } }>(
            `query($id: ID!, $locale: [String!]) { meetings(filters: { documentId: { eq: $id } }, locale: $locale) { nodes { agendaItems { ${ITEM_FIELDS} } } } }`,
            { id: town.planted.meeting, locale: [locale] },
          );
          expect(leaks(meeting)).toEqual([]);
          expect(meeting.data!.meetings.nodes[0]!.agendaItems.find((i) => i.documentId === town.planted.item)).toEqual(node);
        }
      });

      it('filters, links and orders as the town does', async () => {
        const filtered = await gql<{ agendaItems: { totalCount: number; nodes: Entry[] } }>(
          '{ agendaItems(filters: { result: { eq: transferred } }, first: 10) { totalCount nodes { documentId } } }',
        );
        expect(filtered.data?.agendaItems).toEqual({ totalCount: 1, nodes: [{ documentId: town.planted.open.item }] });
        const papers = await gql<{ papers: { nodes: Entry[] } }>(
          'query($ids: [ID!]) { papers(filters: { documentId: { in: $ids } }, orderBy: [{ field: reference }]) { nodes { documentId agendaItems { documentId } decidedInAgendaItems { documentId } } } }',
          { ids: town.planted.papers },
        );
        expect(papers.data?.papers.nodes).toEqual([
          { documentId: town.planted.papers[0], agendaItems: [], decidedInAgendaItems: [] },
          { documentId: town.planted.papers[1], agendaItems: [{ documentId: town.planted.open.item }], decidedInAgendaItems: [] },
        ]);
        const ordered = await gql('{ agendaItems(orderBy: [{ field: result }]) { totalCount } }');
        expect(ordered.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      });

      it('finds the closed item by its title in search, withheld, and never by what it withholds', async () => {
        const found = await gql<{ search: { nodes: Entry[] } }>(
          `query($text: String!) { search(text: $text, kinds: [AgendaItem]) { nodes { ... on AgendaItem { ${ITEM_FIELDS} } } } }`,
          { text: town.planted.name },
        );
        expect(leaks(found)).toEqual([]);
        expect(found.data?.search.nodes).toContainEqual(expect.objectContaining({ documentId: town.planted.item, ...WITHHELD }));
        const canary = await gql<{ search: { totalCount: number } }>('query($text: String!) { search(text: $text) { totalCount } }', {
          text: town.planted.canary,
        });
        expect(canary.data?.search.totalCount).toBe(0);
      });

      it('publishes the closed item in OParl by its title, number, order and meeting only', async () => {
        const base = `${town.origin}/oparl/v1/bodies/eupen`;
        const read = async (url: string) => {
          const response = await fetch(url);
          const body = (await response.json()) as Record<string, unknown>;
          expect(leaks(body), url).toEqual([]);
          return { status: response.status, body };
        };
        const item = await read(`${base}/agenda-items/${town.planted.item}`);
        expect(Object.keys(item.body).sort()).toEqual([
          'created',
          'deleted',
          'id',
          'meeting',
          'modified',
          'name',
          'number',
          'order',
          'public',
          'type',
        ]);
        const meeting = await read(`${base}/meetings/${town.planted.meeting}`);
        expect((meeting.body.agendaItem as Record<string, unknown>[]).find((i) => i.id === item.body.id)).toEqual(item.body);
        const paper = await read(`${base}/papers/${town.planted.papers[0]}`);
        expect(paper.body.consultation).toEqual([]);
        expect((await read(`${base}/agenda-items/${town.planted.item}/consultations/${town.planted.papers[0]}`)).status).toBe(404);
        for (let page = 1; ; page++) {
          const list = await read(`${base}/agenda-items?limit=100&page=${page}`);
          if (!(list.body.links as { next?: string }).next) break;
        }
      });

      it('carries nothing of the closed item in the meetings calendar', async () => {
        const response = await fetch(`${town.origin}/calendar/meetings.ics?town=eupen`);
        expect(response.status).toBe(200);
        expect(leaks(await response.text())).toEqual([]);
      });
    });
  });
}
