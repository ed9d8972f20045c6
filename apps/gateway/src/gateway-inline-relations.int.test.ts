import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCouncilFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import { buildContractFixture, fixtureId, toFakeEntries } from '@communes/fake-town/contract';
import { startGatewayOver } from './testing/gateway-harness';

const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(24 - prefix.length, '0')}`;

/** The fake council, its items numbered; item 4 (of meeting 1) heard in closed session, with what it withholds. */
function council(meetings: number) {
  const fixture = buildCouncilFixture(meetings);
  for (const [i, item] of fixture['agenda-item'].entries()) Object.assign(item, { number: `${i + 1}`, result: 'accepted' });
  Object.assign(fixture['agenda-item'][4]!, { public: false, resolutionText: 'Secret', papers: [{ documentId: id('pap', 0) }] });
  Object.assign(fixture['agenda-item'][3]!, { papers: [{ documentId: id('pap', 0) }] });
  const paper = {
    documentId: id('pap', 0),
    name: 'Budget',
    agendaItems: [{ documentId: id('itm', 3) }, { documentId: id('itm', 4) }],
  };
  return { ...fixture, paper: [paper] };
}

/** The requests a town answered since `before`, its manifest aside. */
const since = (town: FakeTown, before: number) => town.requests.slice(before).filter((r) => !r.includes('manifest'));

type Item = { id: string; number: string | null; name: string; result?: string | null; resolutionText?: string | null };
type Meetings = { meetings: { nodes: { name: string; start: string; agendaItems: Item[] }[] } };

const EXAMPLE = '{ meetings(first: 20) { nodes { name start agendaItems { id number name } } } }';

describe('relations read inline with their list', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'inl', entries: council(30) });
    gateway = await startGatewayOver([{ code: 'inl', url: town.url }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('a list with a relation costs one request per town, and its entries are those a by-id read returns', async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<Meetings>(EXAMPLE);
    expect(errors).toBeUndefined();
    expect(since(town, before)).toHaveLength(1);
    const nodes = data!.meetings.nodes;
    expect(nodes).toHaveLength(20);
    expect(nodes.every((n) => n.agendaItems.length === 3)).toBe(true);
    // The same entries read by id, as the relation level read them before.
    const items = nodes.flatMap((n) => n.agendaItems);
    const byId = await gateway.query<{ nodes: Item[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on AgendaItem { id number name } } }',
      {
        ids: items.map((i) => i.id),
      },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.nodes).toEqual(items);
    expect(items[0]).toMatchObject({ number: expect.any(String), name: expect.stringMatching(/^Item \d of \d+$/) });
  });

  it('asks the town for the selected fields of the related entries and only the documentIds of theirs', async () => {
    const before = town.requests.length;
    const { errors } = await gateway.query(
      '{ meetings(first: 2) { nodes { agendaItems { name meeting { documentId } papers { name } } } } }',
    );
    expect(errors).toBeUndefined();
    const [list] = since(town, before);
    const params = [...new URL(list!, 'http://town').searchParams];
    const fields = params.filter(([k]) => k.startsWith('populate[agendaItems][fields]')).map(([, v]) => v);
    expect(fields).toContain('name');
    expect(fields).not.toContain('resolutionText');
    expect(params).toContainEqual(['populate[agendaItems][populate][meeting][fields][0]', 'documentId']);
    expect(params).toContainEqual(['populate[agendaItems][populate][papers][fields][0]', 'documentId']);
  });

  it('withholds a closed-session item inline as by id: its flag is asked for, its withheld fields and links are empty', async () => {
    const query =
      '{ meetings(first: 3, orderBy: [{ field: start, direction: ASC }]) { nodes { agendaItems { id name result resolutionText papers { name } } } } }';
    const before = town.requests.length;
    const { data, errors } = await gateway.query<{ meetings: { nodes: { agendaItems: (Item & { papers: unknown[] })[] }[] } }>(query);
    expect(errors).toBeUndefined();
    const requests = since(town, before);
    // The list with the items, then the items' papers.
    expect(requests).toHaveLength(2);
    const fields = [...new URL(requests[0]!, 'http://town').searchParams].filter(([k]) => k.startsWith('populate[agendaItems][fields]'));
    expect(fields.map(([, v]) => v)).toContain('public');
    const items = data!.meetings.nodes.flatMap((n) => n.agendaItems);
    const closed = items.find((i) => i.name === 'Item 1 of 1')!;
    expect(closed).toMatchObject({ result: null, resolutionText: null, papers: [] });
    expect(items.find((i) => i.name === 'Item 0 of 1')).toMatchObject({ result: 'accepted', papers: [{ name: 'Budget' }] });
    const byId = await gateway.query<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { ... on AgendaItem { id name result resolutionText papers { name } } } }',
      { id: closed.id },
    );
    expect(byId.data?.node).toEqual(closed);
  });

  it("never lists a paper's closed-session items", async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<{ papers: { nodes: { agendaItems: { name: string; result: string | null }[] }[] } }>(
      '{ papers(first: 5) { nodes { agendaItems { name result } } } }',
    );
    expect(errors).toBeUndefined();
    expect(since(town, before)).toHaveLength(1);
    expect(data?.papers.nodes).toEqual([{ agendaItems: [{ name: 'Item 0 of 1', result: 'accepted' }] }]);
  });

  it('a relation selected twice with different fields is read by id, as before', async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<{ meetings: { nodes: { a: Item[]; b: Item[] }[] } }>(
      '{ meetings(first: 3, orderBy: [{ field: start, direction: ASC }]) { nodes { a: agendaItems { name } b: agendaItems { number } } } }',
    );
    expect(errors).toBeUndefined();
    expect(since(town, before)).toHaveLength(3);
    expect(data?.meetings.nodes[0]?.a.map((i) => i.name)).toEqual(['Item 0 of 0', 'Item 1 of 0', 'Item 2 of 0']);
    expect(data?.meetings.nodes[0]?.b.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('three relation levels cost two requests: the list with its relation, then the next level with its own', async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<{
      meetings: { nodes: { name: string; agendaItems: { meeting: { name: string; organizations: { name: string }[] } }[] }[] };
    }>('{ meetings(first: 10) { nodes { name agendaItems { meeting { name organizations { name } } } } } }');
    expect(errors).toBeUndefined();
    expect(since(town, before)).toHaveLength(2);
    expect(
      data?.meetings.nodes.every((n) => n.agendaItems.every((i) => i.meeting.name === n.name && i.meeting.organizations.length === 2)),
    ).toBe(true);
  });
});

describe('a populated entry missing or malformed', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    const fixture = council(3);
    // A link to an entry the town does not hold: served as `{ documentId }` only.
    fixture.meeting[0]!.agendaItems.push({ documentId: id('itm', 999) });
    // An editor's made-up outcome: the entry does not match the model.
    Object.assign(fixture['agenda-item'][1]!, { result: 'postponedForever' });
    town = await startFakeTown({ code: 'bad', entries: fixture });
    gateway = await startGatewayOver([{ code: 'bad', url: town.url }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('is read by id as before: one more request for the town, the malformed one reported and left out, the missing one absent', async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<Meetings>(
      '{ meetings(first: 3, orderBy: [{ field: start, direction: ASC }]) { nodes { name agendaItems { name result } } } }',
    );
    const requests = since(town, before);
    expect(requests).toHaveLength(2);
    expect(requests[1]).toContain(encodeURIComponent(id('itm', 999)).slice(0, 10));
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'TOWN_BAD_RESPONSE', town: 'bad', documentIds: [id('itm', 1)] });
    expect(data?.meetings.nodes[0]?.agendaItems.map((i) => i.name)).toEqual(['Item 0 of 0', 'Item 2 of 0']);
    expect(data?.meetings.nodes[1]?.agendaItems).toHaveLength(3);
  });
});

describe('a town that sends what a closed-session item withholds', () => {
  let town: FakeTown;
  let proxy: Server;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'leak', entries: council(3) });
    // An older or broken town: its closed items come with their outcome and text, and a paper lists them.
    proxy = createServer(async (req, res) => {
      const answer = await fetch(`${town.url}${req.url}`);
      const body = (await answer.json()) as { data?: unknown };
      const leak = (entry: Record<string, unknown>) => {
        for (const item of [entry.agendaItems ?? []].flat() as Record<string, unknown>[])
          if (item.documentId === id('itm', 4)) Object.assign(item, { result: 'accepted', resolutionText: 'Secret', public: false });
      };
      if (Array.isArray(body.data)) {
        for (const entry of body.data as Record<string, unknown>[]) {
          if (req.url?.includes('/papers') && Array.isArray(entry.agendaItems))
            (entry.agendaItems as unknown[]).push({ documentId: id('itm', 4), name: 'Item 1 of 1', public: false, result: 'accepted' });
          leak(entry);
        }
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    gateway = await startGatewayOver([{ code: 'leak', url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` }], {
      cacheTtlMs: 0,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => proxy?.close(resolve));
    await town?.stop();
  });

  it('has the gateway withhold them again inline, and leave the item out of a paper', async () => {
    const { data, errors } = await gateway.query<Meetings>(
      '{ meetings(first: 3) { nodes { agendaItems { name result resolutionText } } } }',
    );
    expect(errors).toBeUndefined();
    const closed = data!.meetings.nodes.flatMap((n) => n.agendaItems).find((i) => i.name === 'Item 1 of 1');
    expect(closed).toEqual({ name: 'Item 1 of 1', result: null, resolutionText: null });
    const papers = await gateway.query<{ papers: { nodes: { agendaItems: { name: string }[] }[] } }>(
      '{ papers(first: 5) { nodes { agendaItems { name result } } } }',
    );
    expect(papers.errors).toBeUndefined();
    expect(papers.data?.papers.nodes).toEqual([{ agendaItems: [{ name: 'Item 0 of 1', result: 'accepted' }] }]);
  });
});

describe('a relation over many towns', () => {
  const towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    for (const code of ['ma', 'mb', 'mc']) towns.push(await startFakeTown({ code, entries: council(15) }));
    gateway = await startGatewayOver(
      towns.map((t, i) => ({ code: ['ma', 'mb', 'mc'][i]!, url: t.url })),
      { cacheTtlMs: 0 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(towns.map((t) => t.stop()));
  });

  it('stays one request per town for the list with its relation, and one per town for each level beyond', async () => {
    const before = towns.map((t) => t.requests.length);
    const { data, errors } = await gateway.query<Meetings>(EXAMPLE.replace('first: 20', 'first: 40'));
    expect(errors).toBeUndefined();
    expect(data?.meetings.nodes).toHaveLength(40);
    expect(data?.meetings.nodes.every((n) => n.agendaItems.length === 3)).toBe(true);
    expect(towns.map((t, i) => since(t, before[i]!).length)).toEqual([1, 1, 1]);

    const next = towns.map((t) => t.requests.length);
    const nested = await gateway.query<{ meetings: { nodes: { name: string; agendaItems: { meeting: { name: string } }[] }[] } }>(
      '{ meetings(first: 40) { nodes { name agendaItems { meeting { name } } } } }',
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data?.meetings.nodes.every((n) => n.agendaItems.every((i) => i.meeting.name === n.name))).toBe(true);
    expect(towns.map((t, i) => since(t, next[i]!).length)).toEqual([2, 2, 2]);
  });
});

describe('a town that refuses relations inline', () => {
  let town: FakeTown;
  let proxy: Server;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'old', entries: council(5) });
    // An older town, or one whose guard refuses a relation's relations: Strapi's 400.
    proxy = createServer(async (req, res) => {
      if (decodeURIComponent(req.url ?? '').includes('][populate][')) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ data: null, error: { status: 400, name: 'ValidationError', message: 'Invalid key populate', details: {} } }),
        );
        return;
      }
      const answer = await fetch(`${town.url}${req.url}`);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    gateway = await startGatewayOver([{ code: 'old', url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` }], {
      cacheTtlMs: 0,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => proxy?.close(resolve));
    await town?.stop();
  });

  it('is asked again as before, and the relation read by id', async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<Meetings>(
      '{ meetings(first: 5, orderBy: [{ field: start, direction: ASC }]) { nodes { name agendaItems { name meeting { name } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.meetings.nodes[0]?.agendaItems.map((i) => i.name)).toEqual(['Item 0 of 0', 'Item 1 of 0', 'Item 2 of 0']);
    // The refused request never reached the town; then the list without its items inline, and
    // the items read by id with their meetings inline (a meeting's relations are not selected:
    // nothing there for the town to refuse).
    const requests = since(town, before).map(decodeURIComponent);
    expect(requests).toHaveLength(2);
    expect(requests[0]).not.toContain('populate[agendaItems][fields][1]');
    expect(requests[1]).toContain('/agenda-items?');
    expect(requests[1]).toContain('populate[meeting][fields][1]=name');
  });
});

describe('relations inline across locales', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const fixture = buildContractFixture();

  beforeAll(async () => {
    town = await startFakeTown({ code: 'loc', locales: fixture.town.locales, entries: toFakeEntries(fixture) });
    gateway = await startGatewayOver([{ code: 'loc', url: town.url, locales: fixture.town.locales }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  const itemsOf = async (locale: string) => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<{
      meetings: { nodes: { documentId: string; agendaItems: { id: string; name: string; locale: string; meeting: { id: string } }[] }[] };
    }>(`{ meetings(first: 10, locale: ["${locale}"]) { nodes { documentId agendaItems { id name locale meeting { id } } } } }`);
    expect(errors).toBeUndefined();
    return { nodes: data!.meetings.nodes, requests: since(town, before) };
  };

  it("reads the related entries in the list's locale, as by id, in one request; drafts never", async () => {
    const { nodes, requests } = await itemsOf('de');
    // The items' meetings: the meetings read again by id, in their locale (a second level).
    expect(requests).toHaveLength(2);
    const meeting = nodes.find((n) => n.documentId === fixtureId('mtg', 1))!;
    expect(meeting.agendaItems.map((i) => [i.name, i.locale])).toEqual([
      ['Genehmigung des Protokolls', 'de'],
      ['Haushalt 2026', 'de'],
    ]);
    const byId = await gateway.query<{ nodes: unknown[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on AgendaItem { id name locale meeting { id } } } }',
      { ids: meeting.agendaItems.map((i) => i.id) },
    );
    expect(byId.data?.nodes).toEqual(meeting.agendaItems);
    const french = (await itemsOf('fr')).nodes.find((n) => n.documentId === fixtureId('mtg', 1))!;
    // Item 7 is a draft: not there.
    expect(french.agendaItems.map((i) => i.name).sort()).toEqual([
      'Approbation du procès-verbal',
      'Budget 2026',
      'Point urgent',
      'Règlement-taxe',
    ]);
  });

  it("reads a localized kind linked from one without locales in the town's default locale, as by id, in one request", async () => {
    const before = town.requests.length;
    const { data, errors } = await gateway.query<{ serviceRequests: { nodes: { serviceType: { id: string; name: string } }[] } }>(
      '{ serviceRequests(first: 10) { nodes { serviceType { id name } } } }',
    );
    expect(errors).toBeUndefined();
    expect(since(town, before)).toHaveLength(1);
    const types = data!.serviceRequests.nodes.map((n) => n.serviceType);
    expect(types.map((t) => t.name).sort()).toEqual(['Nid-de-poule', 'Nid-de-poule', 'Éclairage public']);
    const byId = await gateway.query<{ nodes: unknown[] }>('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ServiceType { id name } } }', {
      ids: types.map((t) => t.id),
    });
    expect(byId.data?.nodes).toEqual(types);
  });
});
