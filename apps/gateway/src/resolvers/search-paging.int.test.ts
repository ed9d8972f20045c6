import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';

// Matches that rank apart: a word in the name weighs more than in the summary; ties go by id.
const MATCHES = [
  ['Marché de Noël', 'Au marché'],
  ['Grand marché', null],
  ['Brocante', 'Comme un marché'],
  ['Noël au marché', null],
  ['Concert', null],
  ['Marché aux puces', 'Marché couvert'],
  ['Brocante de printemps', 'Sur la place du marché'],
] as const;
const events = MATCHES.map(([name, summary], i) => ({
  documentId: `evt${String(i).padStart(21, '0')}`,
  name,
  summary,
  start: '2026-12-01T10:00:00.000Z',
  eventStatus: 'scheduled',
}));

type Page = {
  edges: { cursor: string; score: number; node: { id: string } }[];
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
};

describe('search pages both ways, as Relay pages', () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const search = async (paging: string, variables: Record<string, unknown> = {}) => {
    const declared = Object.keys(variables).map((name) => `$${name}: String`);
    const { data, errors } = await gateway.query<{ search: Page }>(
      `query ${declared.length ? `(${declared.join(', ')})` : ''} { search(text: "marché", ${paging}) { edges { cursor score node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }`,
      variables,
    );
    return { page: data?.search, errors };
  };
  const ids = (page: Page | undefined) => page?.nodes.map((n) => n.id);

  beforeAll(async () => {
    town = await startFakeTown({ code: 'seneffe', entries: { event: events } });
    gateway = await startGatewayOver([{ code: 'seneffe', url: town.url }], { cacheTtlMs: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it('gives the same matches forward with first/after and backward with last/before', async () => {
    const { page: all } = await search('first: 100');
    expect(all!.totalCount).toBe(6);
    expect(all!.edges.map((e) => e.score)).toEqual([...all!.edges.map((e) => e.score)].sort((a, b) => b - a));
    expect(all!.edges.map((e) => e.node.id)).toEqual(ids(all));

    const forward: string[] = [];
    for (let after: string | null = null, more = true; more; ) {
      const { page } = await search('first: 4, after: $after', { after });
      forward.push(...ids(page)!);
      [after, more] = [page!.pageInfo.endCursor, page!.pageInfo.hasNextPage];
    }
    const backward: string[] = [];
    for (let before: string | null = null, more = true; more; ) {
      const { page } = await search('last: 4, before: $before', { before });
      backward.unshift(...ids(page)!);
      [before, more] = [page!.pageInfo.startCursor, page!.pageInfo.hasPreviousPage];
    }
    expect(forward).toEqual(ids(all));
    expect(backward).toEqual(ids(all));
  });

  it('takes the last matches before a cursor, and says what lies either side', async () => {
    const { page: all } = await search('first: 100');
    const { page } = await search('last: 2, before: $before', { before: all!.edges[4]!.cursor });
    expect(ids(page)).toEqual(ids(all)!.slice(2, 4));
    expect(page!.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const { page: tail } = await search('last: 2');
    expect(ids(tail)).toEqual(ids(all)!.slice(4));
    expect(tail!.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const { page: head } = await search('first: 2');
    expect(ids(head)).toEqual(ids(all)!.slice(0, 2));
  });

  describe('abuse', () => {
    it.each([
      ['first with last', 'first: 2, last: 2', {}, 'last'],
      ['a negative last', 'last: -1', {}, 'last'],
      ['a last over the maximum page size', 'last: 101', {}, 'last'],
      ['a before that is no cursor', 'last: 2, before: $before', { before: 'nope' }, 'before'],
      ['a list cursor as before', 'last: 2, before: $before', { before: Buffer.from('{"s":"x","o":{}}').toString('base64url') }, 'before'],
    ])('refuses %s as BAD_USER_INPUT naming the argument', async (_, paging, variables, argument) => {
      const { page, errors } = await search(paging, variables);
      expect(page ?? null).toBeNull();
      expect(errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', argument })]);
    });
  });
});
