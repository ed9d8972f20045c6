import type { ResolvedContentType } from '@communes/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { mergePages } from '../towns/merge-pages';
import { decodeCursor, encodeCursor, kindListSignature } from '../towns/town-cursor';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from './gateway-context';
import { checkFilterValues } from './check-filter-values';
import { checkFirst } from './check-first';
import { compareNodes } from './compare-nodes';
import { readTownListOrMissing } from './read-town-list-or-missing';
import { requestedNodeFields } from './requested-fields';
import { toConnection } from './to-connection';
import { townSelection } from './town-selection';

export interface ListArgs {
  towns?: string[] | null;
  group?: string | null;
  filters?: Record<string, unknown> | null;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  first?: number | null;
  after?: string | null;
  locale?: string[] | null;
}

/**
 * A cross-town list: each selected town is asked in parallel for at most the page it can
 * contribute, from where the cursor left it; the answers are merged in the requested order.
 * A failing town costs its own data only: one error per town, and `missingTowns`.
 */
export async function listKind(
  type: ResolvedContentType,
  args: ListArgs,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  towns: TownEntry[],
) {
  const first = checkFirst(args.first, ctx.config.maxPageSize);
  // Before any town is asked: a value every town would refuse is the client's error, not theirs.
  checkFilterValues(type, args.filters);
  const signature = kindListSignature({
    kind: type.names.singular,
    towns: towns.map((t) => t.town.code),
    filters: args.filters,
    orderBy: args.orderBy,
    locale: args.locale,
  });
  const offsets = decodeCursor(args.after, signature);
  const selection = townSelection(type, requestedNodeFields(info));
  const missingTowns = new Set<string>();

  const pages = await Promise.all(
    towns.map(async (entry) => {
      const offset = offsets[entry.town.code] ?? 0;
      const request = { filters: args.filters, orderBy: args.orderBy, start: offset, limit: first, localeChain: args.locale, ...selection };
      const list = await readTownListOrMissing(ctx, info, entry, type, request, missingTowns);
      // A missing town stays where it was: the next page asks it again from there.
      return { town: entry.town.code, items: list?.slots ?? [], offset, total: list?.total ?? offset };
    }),
  );

  const { merged, offsets: end } = mergePages(pages, compareNodes(type, args.orderBy), first);
  const totalCount = pages.reduce((sum, p) => sum + p.total, 0);
  const consumed = Object.values(end).reduce((sum, n) => sum + n, 0);
  const moved = pages.some((p) => end[p.town] !== p.offset);
  return toConnection({
    edges: merged.map((m) => ({ cursor: encodeCursor(signature, m.offsets), node: m.item })),
    totalCount,
    missingTowns,
    hasNextPage: consumed < totalCount,
    hasPreviousPage: Object.values(offsets).some((n) => n > 0),
    // A page of dropped entries only has no edge, yet must let the client go on past them.
    endCursorWithoutEdges: moved ? encodeCursor(signature, end) : null,
  });
}
