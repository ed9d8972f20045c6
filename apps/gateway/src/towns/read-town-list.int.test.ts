import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(24 - prefix.length, '0')}`;
const services = (town: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    documentId: id(`${town}svc`, i),
    code: `service-${i}`,
    name: `${town} service ${String(i).padStart(2, '0')}`,
    audiences: ['youngPerson'],
    topics: [],
    locale: 'fr',
  }));

type Errors = { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] | undefined;
type Services = {
  publicServices: {
    totalCount: number;
    missingTowns: string[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { documentId: string; audiences: string[]; town: { code: string } }[];
  };
};
const LIST =
  'query ($first: Int, $after: String) { publicServices(first: $first, after: $after) { totalCount missingTowns pageInfo { hasNextPage endCursor } nodes { documentId audiences channels { channelType } town { code } } } }';

describe('a malformed entry costs that entry only', () => {
  let ta: FakeTown;
  let tb: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const broken = [id('tasvc', 3), id('tasvc', 4), id('tbsvc', 6)];

  beforeAll(async () => {
    const a = services('ta', 8);
    // An editor's typo in a JSON field, and a made-up struct value: what a town's admin lets through.
    a[3]!.audiences = ['Nouvel arrivant'];
    Object.assign(a[4]!, { channels: [{ channelType: 'carrierPigeon' }] });
    const b = services('tb', 7);
    b[6]!.audiences = ['youngPerson', 'Senior citizen'];
    ta = await startFakeTown({ code: 'ta', entries: { 'public-service': a } });
    tb = await startFakeTown({ code: 'tb', entries: { 'public-service': b } });
    gateway = await startGatewayOver(
      [
        { code: 'ta', url: ta.url },
        { code: 'tb', url: tb.url },
      ],
      { cacheTtlMs: 0 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([ta?.stop(), tb?.stop()]);
  });

  it('answers every other entry of every town, with one error per town naming the entries left out', async () => {
    const { data, errors } = await gateway.query<Services>(LIST, { first: 50 });
    expect(data?.publicServices.nodes).toHaveLength(12);
    expect(data?.publicServices.nodes.map((n) => n.documentId)).not.toContain(broken[0]);
    expect(data?.publicServices.missingTowns).toEqual([]);
    expect(
      (errors as Errors)?.map((e) => ({
        town: e.extensions?.town,
        code: e.extensions?.code,
        documentIds: e.extensions?.documentIds,
        path: e.path,
      })),
    ).toEqual([
      { town: 'ta', code: 'TOWN_BAD_RESPONSE', documentIds: [broken[0], broken[1]], path: ['publicServices'] },
      { town: 'tb', code: 'TOWN_BAD_RESPONSE', documentIds: [broken[2]], path: ['publicServices'] },
    ]);
    expect(errors?.[0]?.message).toBe(
      `Town "ta": answered 2 public-service entries that do not match the model, left out: ${broken[0]}: public-service.audiences[0] is "Nouvel arrivant", expected an Audience code; ${broken[1]}: public-service.channels[0].channelType is "carrierPigeon", expected a ChannelType code.`,
    );
  });

  it.each([1, 2, 3, 5])('pages of %i give exactly the entries of one big page, none repeated or skipped', async (first) => {
    const whole = (await gateway.query<Services>(LIST, { first: 50 })).data!.publicServices.nodes.map((n) => n.documentId);
    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page: { data?: Services } = await gateway.query<Services>(LIST, { first, after });
      paged.push(...page.data!.publicServices.nodes.map((n) => n.documentId));
      if (!page.data!.publicServices.pageInfo.hasNextPage) break;
      after = page.data!.publicServices.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });
});

describe('a malformed related entry costs that entry only', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    const meeting = (i: number, meetingType: string) => ({
      documentId: id('mtg', i),
      name: `Meeting ${i}`,
      start: '2026-01-10T18:00:00.000Z',
      meetingType,
      locale: 'fr',
    });
    const items = [0, 1, 2, 3].map((i) => ({
      documentId: id('itm', i),
      name: `Item ${i}`,
      order: i,
      public: true,
      locale: 'fr',
      meeting: { documentId: id('mtg', i % 2) },
    }));
    town = await startFakeTown({ code: 'rel', entries: { meeting: [meeting(0, 'council'), meeting(1, 'party')], 'agenda-item': items } });
    gateway = await startGatewayOver([{ code: 'rel', url: town.url }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('resolves the other relations, and names the entry once for the field', async () => {
    // meetingType is selected: "party" is no MeetingType, which GraphQL could not write.
    const { data, errors } = await gateway.query<{ agendaItems: { nodes: { name: string; meeting: { name: string } | null }[] } }>(
      '{ agendaItems { nodes { name meeting { name meetingType } } } }',
    );
    expect(data?.agendaItems.nodes.map((n) => n.meeting?.name ?? null)).toEqual(['Meeting 0', null, 'Meeting 0', null]);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions).toEqual({ code: 'TOWN_BAD_RESPONSE', town: 'rel', documentIds: [id('mtg', 1)] });
    expect(errors?.[0]?.message).toContain('meeting.meetingType is "party", expected a MeetingType code');
  });
});
