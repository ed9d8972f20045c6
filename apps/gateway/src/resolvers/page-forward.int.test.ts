import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHotTownRegion } from '../testing/hot-town-region';
import { firstShare } from './page-forward';

type Page = { nodes: { documentId: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
const LIST = `query ($first: Int, $after: String) {
  meetings(orderBy: [{ field: start, direction: DESC }], first: $first, after: $after) { totalCount nodes { documentId } pageInfo { hasNextPage endCursor } } }`;

/**
 * Each town is asked for its share of a page, not the whole page; a town the page uses up is
 * asked for more. Twelve towns: one ("hot") holds the 30 newest meetings, the others a few
 * older ones, interleaved.
 */
describe('a forward page over many towns', () => {
  let region: Awaited<ReturnType<typeof startHotTownRegion>>;

  beforeAll(async () => {
    region = await startHotTownRegion();
  });
  afterAll(async () => {
    await region?.stop();
  });

  const page = async (first: number, after: string | null = null) => {
    const { data, errors } = await region.gateway.query<{ meetings: Page }>(LIST, { first, after });
    expect(errors).toBeUndefined();
    return data!.meetings;
  };

  it('asks each town for its share, and the town the page uses up for the rest', async () => {
    const share = firstShare(20, 12);
    expect(share).toBe(5);
    const { towns, limitsAsked } = region;
    const before = towns.map((t) => t.requests.length);
    const { nodes, totalCount, pageInfo } = await page(20);
    // The 20 newest are all the hot town's, newest first.
    expect(nodes.map((n) => n.documentId)).toEqual(Array.from({ length: 20 }, (_, i) => `hotmtg${String(29 - i).padStart(16, '0')}`));
    expect(totalCount).toBe(30 + 11 * 6);
    expect(pageInfo.hasNextPage).toBe(true);
    const [hot, ...others] = towns;
    expect(limitsAsked(hot!, before[0]!)).toEqual([share, 20 - share]);
    for (const [i, town] of others.entries()) expect(limitsAsked(town, before[i + 1]!)).toEqual([share]);
  });

  it('pages forward page by page exactly as one big page, for any page size', async () => {
    const whole = (await page(100)).nodes.map((n) => n.documentId);
    expect(whole).toHaveLength(96);
    for (const size of [1, 3, 7, 20]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 200; pages++) {
        const next: Page = await page(size, after);
        seen.push(...next.nodes.map((n) => n.documentId));
        if (!next.pageInfo.hasNextPage) break;
        after = next.pageInfo.endCursor;
      }
      expect(seen, `pages of ${size}`).toEqual(whole);
    }
  });
});
