import type { ResolvedContentType } from '@communes/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { TownError, userInputError } from '../errors';
import { mergePages } from '../towns/merge-pages';
import { readTownList } from '../towns/read-town-list';
import type { GatewayNode } from '../towns/to-node';
import { decodeCursor, encodeCursor, listSignature } from '../towns/town-cursor';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from './gateway-context';
import { checkFilterValues } from './check-filter-values';
import { compareNodes } from './compare-nodes';
import { requestedNodeFields } from './requested-fields';
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
export async function listKind(type: ResolvedContentType, args: ListArgs, ctx: GatewayContext, info: GraphQLResolveInfo, towns: TownEntry[]) {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > ctx.config.maxPageSize) {
    throw userInputError(`first must be between 0 and ${ctx.config.maxPageSize}, got ${first}.`, { argument: 'first' });
  }
  // Before any town is asked: a value every town would refuse is the client's error, not theirs.
  checkFilterValues(type, args.filters);
  const signature = listSignature([type.names.singular, towns.map((t) => t.town.code), args.filters ?? null, args.orderBy ?? null, args.locale ?? null]);
  const offsets = decodeCursor(args.after, signature);
  const selection = townSelection(type, requestedNodeFields(info));
  const missingTowns: string[] = [];

  const pages = await Promise.all(
    towns.map(async (entry) => {
      const offset = offsets[entry.town.code] ?? 0;
      try {
        const list = await readTownList(
          ctx.directory,
          entry,
          type,
          { filters: args.filters, orderBy: args.orderBy, start: offset, limit: first, localeChain: args.locale, ...selection },
          ctx.requestId,
        );
        // Its malformed entries are left out; the rest of the town's data is kept.
        if (list.malformed) ctx.townErrors.push(list.malformed.toGraphQLError(pathOf(info)));
        return { town: entry.town.code, items: list.slots, offset, total: list.total };
      } catch (error) {
        if (!(error instanceof TownError)) throw error;
        ctx.townErrors.push(error.toGraphQLError(pathOf(info)));
        missingTowns.push(entry.town.code);
        return { town: entry.town.code, items: [] as GatewayNode[], offset, total: offset };
      }
    }),
  );

  const { merged, offsets: end } = mergePages(pages, compareNodes(type, args.orderBy), first);
  const edges = merged.map((m) => ({ cursor: encodeCursor(signature, m.offsets), node: m.item }));
  const totalCount = pages.reduce((sum, p) => sum + p.total, 0);
  const consumed = Object.values(end).reduce((sum, n) => sum + n, 0);
  const moved = pages.some((p) => end[p.town] !== p.offset);
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    missingTowns: missingTowns.sort(),
    pageInfo: {
      hasNextPage: consumed < totalCount,
      hasPreviousPage: Object.values(offsets).some((n) => n > 0),
      startCursor: edges[0]?.cursor ?? null,
      // A page of dropped entries only has no edge, yet must let the client go on past them.
      endCursor: edges.at(-1)?.cursor ?? (moved ? encodeCursor(signature, end) : null),
    },
  };
}

export function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) path.unshift(p.key);
  return path;
}
