import { buildCouncilFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../../testing/gateway-harness';
import { oparlErrors } from './testing/validate-oparl';

interface Page {
  data: { id: string }[];
  pagination: { totalElements: number; currentPage: number; totalPages: number };
  links: { next?: string };
}

const council = buildCouncilFixture(7);
const stamp = (i: number) => ({
  createdAt: `2026-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`,
  updatedAt: '2026-02-01T10:00:00.000Z',
});

describe("OParl over a town, read through the gateway's schema", () => {
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  let base = '';
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as Page & { error?: { status: number; message: string } } };
  };
  /** The documentIds of a page, from the OParl ids. */
  const idsOf = (page: Page) => page.data.map((object) => object.id.split('/').pop());

  beforeAll(async () => {
    const entries = {
      ...council,
      meeting: council.meeting.map((meeting, i) => ({ ...meeting, ...stamp(i) })),
      organization: council.organization.map((organization, i) => ({ ...organization, ...stamp(i) })),
    };
    town = await startFakeTown({ code: 'eupen', entries, locales: ['de'] });
    gateway = await startGatewayOver([{ code: 'eupen', url: town.url, locales: ['de'] }], { cacheTtlMs: 0 });
    base = `${new URL(gateway.url).origin}/oparl/v1`;
  });
  afterAll(async () => {
    await gateway?.stop();
    await town?.stop();
  });

  it("reads page n at its offset, the same entries as the GraphQL list in OParl's order", async () => {
    const { data } = await gateway.query<{ meetings: { nodes: { documentId: string }[] } }>(
      '{ meetings(towns: ["eupen"], orderBy: [{ field: createdAt, direction: ASC }], first: 100) { nodes { documentId } } }',
    );
    const all = data!.meetings.nodes.map((n) => n.documentId);
    expect(all).toHaveLength(7);
    const pages = await Promise.all([1, 2, 3, 4].map((n) => get(`/bodies/eupen/meetings?limit=2&page=${n}`)));
    expect(pages.map((page) => page.status)).toEqual([200, 200, 200, 200]);
    expect(pages.flatMap((page) => idsOf(page.body))).toEqual(all);
    expect(pages[2]!.body.pagination).toEqual({ totalElements: 7, elementsPerPage: 2, currentPage: 3, totalPages: 4 });
    for (const object of pages[1]!.body.data) expect(oparlErrors(object)).toEqual([]);
    expect(await get('/bodies/eupen/meetings?limit=2&page=5')).toMatchObject({
      status: 404,
      body: { error: { message: 'Not found: page 5; this list has 4 pages of 2.' } },
    });
  });

  it("pages with the client's date filters and a route's own filter: the cursor is the list's", async () => {
    const filtered = await get(
      '/bodies/eupen/meetings?limit=2&page=2&created_since=2026-01-01T00:00:00%2B01:00&modified_until=2026-12-31T00:00:00Z',
    );
    expect(filtered.status, JSON.stringify(filtered.body)).toBe(200);
    const organization = council.organization[0]!.documentId;
    const meetings = await get(`/bodies/eupen/organizations/${organization}/meetings?limit=1&page=2&modified_since=2026-01-01T00:00:00Z`);
    expect(meetings.status, JSON.stringify(meetings.body)).toBe(200);
    expect(meetings.body.data).toHaveLength(1);
  });

  it('refuses a documentId the model would not make before any town is asked', async () => {
    const asked = town.requests.length;
    expect(await get('/bodies/eupen/meetings/MTG-1')).toMatchObject({
      status: 404,
      body: { error: { status: 404, message: 'Not found: meetings/MTG-1.' } },
    });
    expect(town.requests.length).toBe(asked);
  });
});
