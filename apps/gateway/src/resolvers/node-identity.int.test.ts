import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';
import { decodeNodeId, encodeNodeId, encodeTownId } from '../towns/node-id';

const CONCERT = 'evt000000000000000000001';
const FLEA_MARKET = 'evt000000000000000000002';
const DRAFT = 'evt000000000000000000003';
const event = (documentId: string, locale: string, name: string, publishedAt: string | null = '2026-01-02T10:00:00.000Z') => ({
  documentId,
  locale,
  name,
  start: '2026-06-21T16:00:00.000Z',
  eventStatus: 'scheduled',
  publishedAt,
});
const place = (documentId: string, locale: string, name: string, parent?: string) => ({
  documentId,
  locale,
  name,
  placeType: 'department',
  ...(parent ? { parent: { documentId: parent } } : {}),
});

/** Eupen publishes in German (its default) and French; one event in both, one in French only, one a draft. */
const ENTRIES = {
  event: [
    event(CONCERT, 'fr', "Concert de l'harmonie communale"),
    event(CONCERT, 'de', 'Konzert des Musikvereins'),
    // Unpublished edits of the German version: the public never sees them.
    event(CONCERT, 'de', 'Entwurf: Konzert abgesagt', null),
    event(FLEA_MARKET, 'fr', 'Brocante'),
    event(DRAFT, 'de', 'Entwurf', null),
  ],
  place: [
    place('plc000000000000000000000', 'fr', 'Hôtel de ville'),
    place('plc000000000000000000000', 'de', 'Rathaus'),
    place('plc000000000000000000001', 'fr', 'Centre culturel', 'plc000000000000000000000'),
    place('plc000000000000000000001', 'de', 'Kulturzentrum', 'plc000000000000000000000'),
  ],
  'service-type': [
    { documentId: 'stp000000000000000000001', serviceCode: 'pothole', name: 'Nid de poule', serviceKind: 'realtime', locale: 'fr' },
    { documentId: 'stp000000000000000000001', serviceCode: 'pothole', name: 'Schlagloch', serviceKind: 'realtime', locale: 'de' },
  ],
  'service-request': [
    {
      documentId: 'srq000000000000000000001',
      serviceType: { documentId: 'stp000000000000000000001' },
      requestStatus: 'open',
      requestedAt: '2026-03-01T09:00:00.000Z',
    },
  ],
};

type EventNode = { id: string; documentId: string; locale: string | null; name: string };
const EVENT = 'id ... on Event { documentId locale name }';
const eventId = (documentId: string, locale?: string) => encodeNodeId({ town: 'eupen', kind: 'event', documentId, locale });
const forge = (text: string) => Buffer.from(text).toString('base64url');

describe('identity: a global id names the locale it was read in (Relay, normalized caches)', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const node = async (id: string, selection = EVENT) =>
    gateway.query<{ node: (EventNode & { __typename: string }) | null }>(`query ($id: ID!) { node(id: $id) { __typename ${selection} } }`, {
      id,
    });
  const listed = async (locale: string[]) => {
    const { data, errors } = await gateway.query<{ events: { nodes: EventNode[] } }>(
      `query ($locale: [String!]) { events(towns: ["eupen"], locale: $locale, filters: { documentId: { eq: "${CONCERT}" } }) { nodes { ${EVENT} } } }`,
      { locale },
    );
    expect(errors).toBeUndefined();
    return data!.events.nodes[0]!;
  };

  beforeAll(async () => {
    town = await startFakeTown({ code: 'eupen', locales: ['de', 'fr'], entries: ENTRIES });
    gateway = await startGatewayOver([{ code: 'eupen', url: town.url, locales: ['de', 'fr'] }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('gives the French and the German version of one event two ids, each naming its locale', async () => {
    const [fr, de] = [await listed(['fr']), await listed(['de'])];
    expect(fr).toMatchObject({ documentId: CONCERT, locale: 'fr', name: "Concert de l'harmonie communale" });
    expect(de).toMatchObject({ documentId: CONCERT, locale: 'de', name: 'Konzert des Musikvereins' });
    expect(fr.id).not.toBe(de.id);
    expect(decodeNodeId(fr.id)).toEqual({ type: 'entry', town: 'eupen', kind: 'event', documentId: CONCERT, locale: 'fr' });
    expect(decodeNodeId(de.id)).toEqual({ type: 'entry', town: 'eupen', kind: 'event', documentId: CONCERT, locale: 'de' });
  });

  it('reads node(id) in the locale its id names, and answers the same id', async () => {
    for (const listedNode of [await listed(['fr']), await listed(['de'])]) {
      const { data, errors } = await node(listedNode.id);
      expect(errors).toBeUndefined();
      expect(data?.node).toEqual({ __typename: 'Event', ...listedNode });
    }
  });

  it('reads an id from before locales were in ids in the town default locale (old links keep working)', async () => {
    const { data, errors } = await node(eventId(CONCERT));
    expect(errors).toBeUndefined();
    expect(data?.node).toMatchObject({ locale: 'de', name: 'Konzert des Musikvereins', id: eventId(CONCERT, 'de') });
  });

  it('reads nodes(ids) each in its own locale, null where there is none', async () => {
    const { data, errors } = await gateway.query<{ nodes: (EventNode | null)[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ${EVENT} } }`,
      {
        ids: [eventId(CONCERT, 'de'), eventId(FLEA_MARKET, 'de'), eventId(CONCERT, 'fr')],
      },
    );
    expect(errors).toBeUndefined();
    expect(data?.nodes.map((n) => n?.name ?? null)).toEqual(['Konzert des Musikvereins', null, "Concert de l'harmonie communale"]);
  });

  it("follows the parent's locale in its relations", async () => {
    const selection = 'id ... on Place { name parent { id locale name } }';
    const id = (locale: string) => encodeNodeId({ town: 'eupen', kind: 'place', documentId: 'plc000000000000000000001', locale });
    const [fr, de] = [(await node(id('fr'), selection)).data?.node, (await node(id('de'), selection)).data?.node];
    expect(fr).toMatchObject({ name: 'Centre culturel', parent: { locale: 'fr', name: 'Hôtel de ville' } });
    expect(de).toMatchObject({ name: 'Kulturzentrum', parent: { locale: 'de', name: 'Rathaus' } });
    const parentId = (n: unknown) => (n as { parent: { id: string } }).parent.id;
    expect(decodeNodeId(parentId(fr))).toMatchObject({ documentId: 'plc000000000000000000000', locale: 'fr' });
    expect((await node(parentId(de), selection)).data?.node).toMatchObject({ name: 'Rathaus' });
  });

  it('gives an entry of a kind that is not localized an id without locale; its relations read the town default', async () => {
    const { data, errors } = await gateway.query<{ serviceRequests: { nodes: { id: string }[] } }>(
      '{ serviceRequests(towns: ["eupen"], locale: ["fr"]) { nodes { id } } }',
    );
    expect(errors).toBeUndefined();
    const { id } = data!.serviceRequests.nodes[0]!;
    expect(decodeNodeId(id)).toEqual({ type: 'entry', town: 'eupen', kind: 'service-request', documentId: 'srq000000000000000000001' });
    const read = await node(id, 'id ... on ServiceRequest { serviceType { locale name } }');
    expect(read.data?.node).toEqual({ __typename: 'ServiceRequest', id, serviceType: { locale: 'de', name: 'Schlagloch' } });
  });

  it('serves a Town as a Node, by a stable id', async () => {
    const { data } = await gateway.query<{ town: { id: string } }>('{ town(code: "eupen") { id } }');
    expect(data?.town.id).toBe(encodeTownId('eupen'));
    expect(decodeNodeId(data!.town.id)).toEqual({ type: 'town', town: 'eupen' });
    const read = await node(data!.town.id, 'id ... on Town { code name locales }');
    expect(read).toMatchObject({
      data: { node: { __typename: 'Town', id: data!.town.id, code: 'eupen', name: 'eupen', locales: ['de', 'fr'] } },
    });
    expect((await node(encodeTownId('nowhere'))).data?.node).toBeNull();
  });

  it('shapes search as a Relay connection: the edge holds the score, its node is the entry with its locale in its id', async () => {
    const { data, errors } = await gateway.query<{
      search: { edges: { cursor: string; score: number; node: EventNode }[]; nodes: { id: string }[] };
    }>(
      '{ search(text: "Konzert", locale: ["de"], kinds: [Event]) { edges { cursor score node { __typename ' +
        EVENT +
        ' } } nodes { id } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.search.edges).toEqual([
      { cursor: expect.any(String), score: expect.any(Number), node: { __typename: 'Event', ...(await listed(['de'])) } },
    ]);
    expect(data?.search.nodes).toEqual([{ id: eventId(CONCERT, 'de') }]);
  });

  it('gives a search match the relations node(id) gives the same id: a normalized cache holds one version', async () => {
    const selection = 'id ... on Place { name parent { id name } }';
    const { data, errors } = await gateway.query<{ search: { nodes: { id: string }[] } }>(
      `{ search(text: "Kulturzentrum", locale: ["de"], kinds: [Place]) { nodes { ${selection} } } }`,
    );
    expect(errors).toBeUndefined();
    const [match] = data!.search.nodes;
    expect(match).toMatchObject({ name: 'Kulturzentrum', parent: { name: 'Rathaus' } });
    expect((await node(match!.id, selection)).data?.node).toEqual({ __typename: 'Place', ...match });
  });

  it("serves a JSON-LD object in its id's locale; a locale chain asks for another version of the entry first", async () => {
    const origin = new URL(gateway.url).origin;
    const jsonLd = async (id: string, query = '') => {
      const response = await fetch(`${origin}/json-ld/events/${id}${query}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const at = (id: string) => `${origin}/json-ld/events/${id}`;
    expect(await jsonLd(eventId(CONCERT, 'fr'))).toMatchObject({
      status: 200,
      body: { '@id': at(eventId(CONCERT, 'fr')), name: "Concert de l'harmonie communale" },
    });
    expect(await jsonLd(eventId(CONCERT, 'fr'), '?locale=de')).toMatchObject({
      body: { '@id': at(eventId(CONCERT, 'de')), name: 'Konzert des Musikvereins' },
    });
    expect(await jsonLd(eventId(FLEA_MARKET, 'fr'), '?locale=de')).toMatchObject({ body: { name: 'Brocante' } });
    expect((await jsonLd(eventId(DRAFT, 'de'), '?locale=fr,de')).status).toBe(404);
    expect((await jsonLd('nope', '?locale=de')).status).toBe(404);
  });

  describe('abuse: a forged id reaches no more than the public lists', () => {
    it.each([
      ['an event not published in that locale', eventId(FLEA_MARKET, 'de')],
      ['a draft', eventId(DRAFT, 'de')],
      ['a draft, by an old-style id', eventId(DRAFT)],
      ['a locale the town does not publish in', eventId(CONCERT, 'en')],
      [
        'a locale on a kind that has none',
        encodeNodeId({ town: 'eupen', kind: 'service-request', documentId: 'srq000000000000000000001', locale: 'de' }),
      ],
      ['an unknown kind', encodeNodeId({ town: 'eupen', kind: 'secret', documentId: CONCERT, locale: 'de' })],
      ['an unknown town', encodeNodeId({ town: 'nowhere', kind: 'event', documentId: CONCERT, locale: 'de' })],
    ])('answers null for %s', async (_, id) => {
      const { data, errors } = await node(id);
      expect(errors).toBeUndefined();
      expect(data?.node).toBeNull();
    });

    it('never serves unpublished edits of a published entry', async () => {
      expect((await node(eventId(CONCERT, 'de'))).data?.node?.name).toBe('Konzert des Musikvereins');
    });

    it.each([
      ['garbage', 'nope'],
      ['another prefix', forge(`other:eupen:event:${CONCERT}:de`)],
      ['a malformed locale', forge(`communes:eupen:event:${CONCERT}:de:fr`)],
      ['a locale that is no locale code', forge(`communes:eupen:event:${CONCERT}:<script>`)],
      ['an empty part', forge(`communes:eupen::${CONCERT}`)],
      ['two parts', forge('communes:eupen:event')],
      ['characters outside base64url', `${eventId(CONCERT, 'de')}!`],
    ])('refuses %s as BAD_USER_INPUT', async (_, id) => {
      const { data, errors } = await node(id);
      expect(data?.node ?? null).toBeNull();
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });
});
