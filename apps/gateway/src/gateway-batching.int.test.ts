import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCouncilFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from './testing/gateway-harness';

const MEETINGS = 60;

const NESTED = `query ($first: Int) {
  meetings(first: $first) {
    nodes { name organizations { name } agendaItems { name meeting { name } } }
  }
}`;

describe('batching, caching and coalescing of upstream requests', () => {
  let town: FakeTown;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'bat', entries: buildCouncilFixture(MEETINGS), delayMs: 50 });
  });

  afterAll(async () => {
    await town?.stop();
  });

  it.each([5, 20, 50])(
    'a page of %i meetings with their items and bodies costs the same few requests: the list with its relations, then one per level',
    async (first) => {
      const gateway = await startGatewayOver([{ code: 'bat', url: town.url }], { cacheTtlMs: 0 });
      try {
        const before = town.requests.length;
        const { data, errors } = await gateway.query<{
          meetings: { nodes: { name: string; agendaItems: { meeting: { name: string } }[]; organizations: unknown[] }[] };
        }>(NESTED, { first });
        expect(errors).toBeUndefined();
        expect(data?.meetings.nodes).toHaveLength(first);
        expect(data?.meetings.nodes.every((n) => n.agendaItems.length === 3 && n.organizations.length === 2)).toBe(true);
        expect(data?.meetings.nodes.every((n) => n.agendaItems.every((item) => item.meeting.name === n.name))).toBe(true);
        const upstream = town.requests.slice(before).filter((r) => !r.includes('manifest'));
        // The list with its organizations and agenda items inline, then the items' meetings:
        // per relation level beyond the list, not per parent.
        expect(upstream).toHaveLength(2);
      } finally {
        await gateway.stop();
      }
    },
  );

  it('asks each town only for the attributes the query selects, and those it orders by', async () => {
    const gateway = await startGatewayOver([{ code: 'bat', url: town.url }], { cacheTtlMs: 0 });
    try {
      const before = town.requests.length;
      const { data, errors } = await gateway.query<{ meetings: { nodes: { name: string; agendaItems: { order: number }[] }[] } }>(
        '{ meetings(first: 5, orderBy: [{ field: start, direction: DESC }]) { nodes { name agendaItems { order } } } }',
      );
      expect(errors).toBeUndefined();
      expect(
        data?.meetings.nodes.every(
          (n) =>
            n.name.length > 0 &&
            n.agendaItems
              .map((item) => item.order)
              .sort()
              .join() === '0,1,2',
        ),
      ).toBe(true);
      const fieldsOf = (path: string) =>
        new Set([...new URL(path, 'http://town').searchParams].filter(([k]) => k.startsWith('fields[')).map(([, v]) => v));
      const list = town.requests.slice(before).find((r) => r.includes('/meetings?'))!;
      expect([...fieldsOf(list)].filter((f) => !['createdAt', 'updatedAt', 'publishedAt', 'locale'].includes(f)).sort()).toEqual([
        'name',
        'start',
      ]);
      // The agenda items come inline, with theirs.
      const items = new Set(
        [...new URL(list, 'http://town').searchParams].filter(([k]) => k.startsWith('populate[agendaItems][fields][')).map(([, v]) => v),
      );
      expect(items.has('order')).toBe(true);
      expect(items.has('name')).toBe(false);
    } finally {
      await gateway.stop();
    }
  });

  it('serves a repeated query from the shared cache within its TTL', async () => {
    const gateway = await startGatewayOver([{ code: 'bat', url: town.url }], { cacheTtlMs: 60_000 });
    try {
      await gateway.query(NESTED, { first: 10 });
      const before = town.requests.length;
      const { errors } = await gateway.query(NESTED, { first: 10 });
      expect(errors).toBeUndefined();
      expect(town.requests.length).toBe(before);
    } finally {
      await gateway.stop();
    }
  });

  it('sends identical requests in flight at the same moment once', async () => {
    // A town slow enough that the twenty operations are surely all in flight together, even
    // on a busy CI machine: coalescing is about overlap, not about a cache.
    const slow = await startFakeTown({ code: 'slow', entries: buildCouncilFixture(10), delayMs: 1500 });
    const gateway = await startGatewayOver([{ code: 'slow', url: slow.url }], { cacheTtlMs: 0, townTimeoutMs: 10_000 });
    try {
      await gateway.query('{ towns { plugins { name } } }');
      const before = slow.requests.length;
      const results = await Promise.all(Array.from({ length: 20 }, () => gateway.query('{ meetings(first: 7) { totalCount } }')));
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      expect(slow.requests.slice(before).filter((r) => r.includes('/meetings'))).toHaveLength(1);
    } finally {
      await gateway.stop();
      await slow.stop();
    }
  });
});
