import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHotTownRegion } from '../testing/hot-town-region';
import { firstShare } from './page-forward';

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
  let region: Awaited<ReturnType<typeof startHotTownRegion>>;

  beforeAll(async () => {
    region = await startHotTownRegion();
  });
  afterAll(async () => {
    await region?.stop();
  });

  const page = async (last: number, before: string | null = null) => {
    const { data, errors } = await region.gateway.query<{ meetings: Page }>(LIST, { last, before });
    expect(errors).toBeUndefined();
    return data!.meetings;
  };

  it('asks each town for its share of the tail, and the town the page uses up for what comes before', async () => {
    const share = firstShare(20, 12);
    const { towns, limitsAsked } = region;
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
