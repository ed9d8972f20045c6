import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';
import { firstShare } from './page-forward';

/** Meetings of one town at the given hours of 1 January 2026 (hours repeat across towns: the merge breaks ties). */
const meetings = (town: string, hours: number[]) =>
  hours.map((hour, i) => ({
    documentId: `${town}mtg${String(i).padStart(16, '0')}`,
    name: `${town} meeting ${i}`,
    start: new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString(),
    meetingType: 'council',
    locale: 'fr',
  }));

type Page = { nodes: { documentId: string }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string | null }; totalCount: number };
const LIST = `query ($last: Int, $before: String) {
  meetings(orderBy: [{ field: start, direction: ASC }], last: $last, before: $before) { totalCount nodes { documentId } pageInfo { hasPreviousPage startCursor } } }`;

/**
 * The mirror of a forward page: each town is asked for its share of the page's tail, not the
 * whole page, and a town whose tail the page uses up is asked for what comes before. Twelve
 * towns: one ("hot") holds the 30 newest meetings (the end of an ascending order), the others
 * a few older ones, interleaved.
 */
describe('a backward page over many towns', () => {
  const towns: (FakeTown & { code: string })[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  const hours: Record<string, number[]> = { hot: Array.from({ length: 30 }, (_, i) => 1000 + i) };
  for (let t = 0; t < 11; t++) hours[`t${String(t).padStart(2, '0')}`] = Array.from({ length: 6 }, (_, i) => (i * 11 + t * 3) % 50);

  beforeAll(async () => {
    for (const [code, list] of Object.entries(hours))
      towns.push({ code, ...(await startFakeTown({ code, entries: { meeting: meetings(code, list) } })) });
    gateway = await startGatewayOver(
      towns.map((t) => ({ code: t.code, url: t.url })),
      { cacheTtlMs: 0 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const town of towns) await town.stop();
  });

  const page = async (last: number, before: string | null = null) => {
    const { data, errors } = await gateway.query<{ meetings: Page }>(LIST, { last, before });
    expect(errors).toBeUndefined();
    return data!.meetings;
  };
  const limitsAsked = (town: FakeTown, from: number) =>
    town.requests
      .slice(from)
      .filter((path) => path.includes('/meetings?'))
      .map((path) => Number(new URLSearchParams(path.split('?')[1]).get('pagination[limit]')));

  it('asks each town for its share of the tail, and the town the page uses up for what comes before', async () => {
    const share = firstShare(20, 12);
    const before = towns.map((t) => t.requests.length);
    const { nodes, totalCount, pageInfo } = await page(20);
    // The 20 newest are all the hot town's, oldest of them first.
    expect(nodes.map((n) => n.documentId)).toEqual(Array.from({ length: 20 }, (_, i) => `hotmtg${String(10 + i).padStart(16, '0')}`));
    expect(totalCount).toBe(30 + 11 * 6);
    expect(pageInfo.hasPreviousPage).toBe(true);
    const [hot, ...others] = towns;
    expect(limitsAsked(hot!, before[0]!)).toEqual([share, 20 - share]);
    for (const [i, town] of others.entries()) expect(limitsAsked(town, before[i + 1]!)).toEqual([share]);
  });

  it('pages backward page by page exactly as one big page, for any page size', async () => {
    const whole = (await page(100)).nodes.map((n) => n.documentId);
    expect(whole).toHaveLength(96);
    for (const size of [1, 3, 7, 20]) {
      const seen: string[] = [];
      let before: string | null = null;
      for (let pages = 0; pages < 200; pages++) {
        const previous: Page = await page(size, before);
        seen.unshift(...previous.nodes.map((n) => n.documentId));
        if (!previous.pageInfo.hasPreviousPage) break;
        before = previous.pageInfo.startCursor;
      }
      expect(seen, `pages of ${size}`).toEqual(whole);
    }
  });
});
