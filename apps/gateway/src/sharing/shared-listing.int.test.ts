import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

const event = (town: string, i: number, channels: string[] = [], extra: Record<string, unknown> = {}) => ({
  documentId: `${town}${String(i).padStart(24 - town.length, '0')}`,
  name: `${town} event ${i}`,
  start: `2027-03-${String(i + 10).padStart(2, '0')}T18:00:00.000Z`,
  eventStatus: 'scheduled',
  locale: 'fr',
  channels,
  ...extra,
});

type Node = { name: string; town: { code: string } };
type Listing = { nodes: Node[]; totalCount: number; missingTowns: string[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

/**
 * Members populate each other's listings (iMio's agendas): a listing with `shared` adds what
 * the towns asked for subscribe to, across towns, each entry once, whatever the loops.
 */
describe('shared listings over fake towns', () => {
  const towns: Record<string, FakeTown> = {};
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const listing = async (args: string) => {
    const { data, errors } = await gateway.query<{ events: Listing }>(
      `{ events(${args}) { nodes { name town { code } } totalCount missingTowns pageInfo { endCursor hasNextPage } } }`,
    );
    return { listing: data?.events, errors };
  };
  const names = (l?: Listing) => l?.nodes.map((n) => n.name).sort();

  beforeAll(async () => {
    // seneffe shares events 1 and 2 into wallonia, event 3 into hainaut; event 4 is a draft shared into wallonia;
    // event 5 with sambreville by name, event 6 with eupen, event 7 (a draft) with sambreville.
    towns.seneffe = await startFakeTown({
      code: 'seneffe',
      entries: {
        event: [
          event('seneffe', 0),
          event('seneffe', 1, ['wallonia']),
          event('seneffe', 2, ['namur', 'wallonia']),
          event('seneffe', 3, ['hainaut']),
          event('seneffe', 4, ['wallonia'], { publishedAt: null }),
          event('seneffe', 5, [], { sharedWithMembers: ['sambreville'] }),
          event('seneffe', 6, [], { sharedWithMembers: ['eupen'] }),
          event('seneffe', 7, [], { sharedWithMembers: ['sambreville'], publishedAt: null }),
        ],
      },
    });
    // sambreville follows wallonia and eupen's listing; eupen follows sambreville's: a loop.
    towns.sambreville = await startFakeTown({
      code: 'sambreville',
      entries: { event: [event('sambreville', 0), event('sambreville', 1, ['wallonia'])] },
      subscriptions: ['wallonia', 'member:eupen'],
    });
    towns.eupen = await startFakeTown({
      code: 'eupen',
      entries: { event: [event('eupen', 0)] },
      subscriptions: ['member:sambreville', 'member:nowhere'],
    });
    // A hostile town names everything it can: none of it widens anyone's listing, as it follows nobody's subscriptions.
    towns.hostile = await startFakeTown({
      code: 'hostile',
      entries: { event: [event('hostile', 0, ['wallonia']), event('hostile', 1, [], { sharedWithMembers: ['seneffe', 'nowhere'] })] },
      subscriptions: ['member:seneffe', 42, { member: 'x' }, 'region:wallonia', '__proto__'],
    });
    // An older town: its events have no channels, so it has nothing shared to give.
    towns.older = await startFakeTown({
      code: 'older',
      entries: { event: [event('older', 0)] },
      missingFields: { event: ['channels'] },
    });
    // A town a version behind: channels, but no members to share with; its entry shared into wallonia still counts.
    towns.midway = await startFakeTown({
      code: 'midway',
      entries: { event: [event('midway', 0, ['wallonia']), event('midway', 1)] },
      missingFields: { event: ['sharedWithMembers'] },
    });
    gateway = await startGatewayOver(Object.entries(towns).map(([code, town]) => ({ code, url: town.url })));
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(Object.values(towns).map((t) => t.stop()));
  });

  it("lists a town's own entries only, without shared", async () => {
    const { listing: l, errors } = await listing('towns: ["sambreville"]');
    expect(errors).toBeUndefined();
    expect(names(l)).toEqual(['sambreville event 0', 'sambreville event 1']);
  });

  it('adds the published entries shared into a followed channel, as their own town’s, each once', async () => {
    const { listing: l, errors } = await listing('towns: ["seneffe"], shared: false');
    expect(errors).toBeUndefined();
    expect(l?.totalCount).toBe(6);
    const shared = await listing('towns: ["sambreville"], shared: true, first: 50');
    expect(shared.errors).toBeUndefined();
    // sambreville's own, eupen's (followed as a member), seneffe's 1 and 2 (wallonia), hostile's and midway's (wallonia),
    // seneffe's 5 (shared with sambreville) and 6 (with eupen, whose listing sambreville follows):
    // not seneffe's 0 (not shared), 3 (hainaut), 4 and 7 (drafts), hostile's 1 (shared with seneffe), nor older's.
    expect(names(shared.listing)).toEqual([
      'eupen event 0',
      'hostile event 0',
      'midway event 0',
      'sambreville event 0',
      'sambreville event 1',
      'seneffe event 1',
      'seneffe event 2',
      'seneffe event 5',
      'seneffe event 6',
    ]);
    expect(shared.listing?.nodes.find((n) => n.name === 'seneffe event 2')?.town.code).toBe('seneffe');
    expect(shared.listing?.nodes.find((n) => n.name === 'seneffe event 5')?.town.code).toBe('seneffe');
    expect(shared.listing?.totalCount).toBe(9);
    expect(shared.listing?.missingTowns).toEqual([]);
  });

  it('follows members in turn and ends on loops: eupen and sambreville, following each other, list the same', async () => {
    const eupen = await listing('towns: ["eupen"], shared: true, first: 50');
    const sambreville = await listing('towns: ["sambreville"], shared: true, first: 50');
    expect(eupen.errors).toBeUndefined();
    expect(names(eupen.listing)).toEqual(names(sambreville.listing));
    expect(names(eupen.listing)).toContain('seneffe event 1');
  });

  it('never follows a hostile town’s subscriptions beyond what they name validly', async () => {
    const { listing: l, errors } = await listing('towns: ["hostile"], shared: true, first: 50');
    expect(errors).toBeUndefined();
    // member:seneffe is a valid subscription: seneffe's published entries, its drafts never.
    expect(names(l)).toEqual([
      'hostile event 0',
      'hostile event 1',
      'seneffe event 0',
      'seneffe event 1',
      'seneffe event 2',
      'seneffe event 3',
      'seneffe event 5',
      'seneffe event 6',
    ]);
  });

  it('adds what another member shared with the town asked by name, and nothing shared with others', async () => {
    const { listing: l, errors } = await listing('towns: ["seneffe"], shared: true, first: 50');
    expect(errors).toBeUndefined();
    // seneffe follows nothing: its own published entries, and hostile's 1, shared with it by name.
    expect(names(l)).toEqual([
      'hostile event 1',
      'seneffe event 0',
      'seneffe event 1',
      'seneffe event 2',
      'seneffe event 3',
      'seneffe event 5',
      'seneffe event 6',
    ]);
    expect(l?.nodes.find((n) => n.name === 'hostile event 1')?.town.code).toBe('hostile');
    const plain = await listing('towns: ["seneffe"], first: 50');
    expect(names(plain.listing)?.some((n) => n.startsWith('hostile'))).toBe(false);
  });

  it('filters any list on the members an entry is shared with, and refuses what cannot be a member', async () => {
    const withSambreville = await listing('filters: { sharedWithMembers: { contains: "sambreville" } }, first: 50');
    expect(withSambreville.errors).toBeUndefined();
    // Published only: seneffe's 7 names sambreville in a draft.
    expect(names(withSambreville.listing)).toEqual(['seneffe event 5']);
    const either = await listing('filters: { sharedWithMembers: { containsAny: ["eupen", "seneffe"] } }, first: 50');
    expect(names(either.listing)).toEqual(['hostile event 1', 'seneffe event 6']);
    for (const bad of ['contains: "Sambreville"', 'containsAny: ["eupen", "x\\" or 1=1"]', 'containsAll: ["%"]']) {
      const { errors } = await listing(`filters: { sharedWithMembers: { ${bad} } }`);
      expect(errors?.[0]?.extensions?.code, bad).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/^filters\.sharedWithMembers\.contains(Any\.1|All\.0)?: .* is not a member's code/);
    }
  });

  it('pages a shared listing with its own cursors, and refuses a plain listing’s cursor', async () => {
    const first = await listing('towns: ["sambreville"], shared: true, first: 4');
    expect(first.listing?.nodes).toHaveLength(4);
    expect(first.listing?.pageInfo.hasNextPage).toBe(true);
    const paged = [...names(first.listing)!];
    let page = first.listing;
    while (page?.pageInfo.hasNextPage) {
      const next = await listing(`towns: ["sambreville"], shared: true, first: 4, after: "${page.pageInfo.endCursor}"`);
      expect(next.errors).toBeUndefined();
      paged.push(...names(next.listing)!);
      page = next.listing;
    }
    expect(paged.sort()).toEqual(names((await listing('towns: ["sambreville"], shared: true, first: 50')).listing));
    const plain = await listing('towns: ["sambreville"], first: 1');
    const crossed = await listing(`towns: ["sambreville"], shared: true, after: "${plain.listing?.pageInfo.endCursor}"`);
    expect(crossed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the reader’s filters on shared entries', async () => {
    const { listing: l, errors } = await listing('towns: ["sambreville"], shared: true, filters: { name: { endsWith: " 2" } }');
    expect(errors).toBeUndefined();
    expect(names(l)).toEqual(['seneffe event 2']);
  });

  it('says a followed town is missing when it is down, and lists the others', async () => {
    towns.seneffe!.setFault('error500');
    try {
      // Another filter than before: not an answer the gateway keeps from an earlier test.
      const { listing: l } = await listing('towns: ["sambreville"], shared: true, first: 50, filters: { name: { contains: "event" } }');
      expect(l?.missingTowns).toEqual(['seneffe']);
      expect(names(l)).toContain('eupen event 0');
      expect(names(l)?.some((n) => n.startsWith('seneffe'))).toBe(false);
    } finally {
      towns.seneffe!.setFault('none');
    }
  });

  it("shows what each town follows, a hostile town's valid subscriptions only", async () => {
    const { data, errors } = await gateway.query<{ towns: { code: string; subscriptions: string[] }[] }>(
      '{ towns { code subscriptions } }',
    );
    expect(errors).toBeUndefined();
    expect(Object.fromEntries(data!.towns.map((t) => [t.code, t.subscriptions]))).toEqual({
      seneffe: [],
      sambreville: ['wallonia', 'member:eupen'],
      eupen: ['member:sambreville', 'member:nowhere'],
      hostile: ['member:seneffe'],
      older: [],
      midway: [],
    });
  });

  it('names what each town follows in words, in the language asked', async () => {
    const { data, errors } = await gateway.query<{ towns: { code: string; fr: string[]; de: string[] }[] }>(
      '{ towns { code fr: subscriptionLabels(language: "fr") de: subscriptionLabels(language: "de") } }',
    );
    expect(errors).toBeUndefined();
    const of = (code: string) => data!.towns.find((t) => t.code === code)!;
    expect(of('sambreville')).toMatchObject({ fr: ['Région wallonne', 'eupen'], de: ['Wallonische Region', 'eupen'] });
    // A member the registry does not list keeps its code.
    expect(of('eupen').fr).toEqual(['sambreville', 'nowhere']);
  });

  it('has no shared argument on kinds that are not shared', async () => {
    const { errors } = await gateway.query('{ meetings(shared: true) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
