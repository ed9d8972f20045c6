import type { ResolvedContentType } from '@communes/domain';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { listFromIndex, readsFromIndex } from '../index-reads/list-from-index';
import { decodeCursor, encodeCursor, kindListSignature } from '../towns/town-cursor';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from './gateway-context';
import type { ListArgs } from './list-field';
import { checkFilterValues } from './check-filter-values';
import { checkPaging } from './check-paging';
import { compareNodes } from './compare-nodes';
import type { ReadSlice } from './list-page';
import { pageBackward } from './page-backward';
import { pageForward } from './page-forward';
import { readTownListOrMissing } from './read-town-list-or-missing';
import { requestedNodeFields } from './requested-fields';
import { toConnection } from './to-connection';
import { townSelection } from './town-selection';
import { connectionNodeSelections, inlineSelectionsOf } from './inline-selections';
import { planSharedListing } from '../sharing/plan-shared-listing';
import { sharedFilters, sharedIndexScope } from '../sharing/shared-filters';

/**
 * A cross-town list, paged as Relay pages: `first` entries after `after`, or the `last` before
 * `before` (else the list's end). Each selected town is asked in parallel for what it can
 * contribute (forward, its share first: `page-forward.ts`), from where the cursor left it; the
 * answers are merged in the requested order. A failing town costs its own data only: one error per town, and `missingTowns`.
 */
export async function listKind(
  type: ResolvedContentType,
  args: ListArgs,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  asked: TownEntry[],
) {
  const shared = (args as { shared?: boolean | null }).shared === true;
  const missingTowns = new Set<string>();
  // A shared listing follows the towns' subscriptions, from their manifests: then the index can read it.
  const sharing = shared ? await planSharedListing(ctx, asked, missingTowns) : undefined;
  const towns = sharing ? sharing.entries : asked;
  // A town whose subscriptions could not be read is reported by the towns' path.
  if (readsFromIndex(ctx, towns) && missingTowns.size === 0) {
    try {
      const indexSharing = sharing && { scope: sharedIndexScope(sharing), signature: sharing.signature };
      const answer = await listFromIndex(type, args, ctx, info, towns, indexSharing);
      if (answer) return answer;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      // The index down is no reason to fail a region's read: the towns still answer.
      ctx.logger?.warn('the regional index could not answer a list; the towns are read instead', { error: String(error) });
    }
  }
  const { backward, size } = checkPaging(args, ctx.config.maxPageSize);
  // Before any town is asked: a value every town would refuse is the client's error, not theirs.
  checkFilterValues(type, args.filters);
  const signature = kindListSignature({
    kind: type.names.singular,
    towns: towns.map((t) => t.town.code),
    // A page of a shared listing is not one of the plain listing: its cursor says so.
    filters: sharing ? { filters: args.filters, shared: sharing.signature } : args.filters,
    orderBy: args.orderBy,
    locale: args.locale,
  });
  const after = decodeCursor(args.after, signature, 'after');
  const before = args.before ? decodeCursor(args.before, signature, 'before') : undefined;
  const selection = townSelection(type, requestedNodeFields(info));
  // The selected relations' entries come with the page, in the same request, as a by-id read
  // of them would have made them: the relation fields find them there.
  const inline = inlineSelectionsOf(type, connectionNodeSelections(info), info.fragments);
  const read: ReadSlice = (entry, start, limit, reverse) =>
    readTownListOrMissing(
      ctx,
      info,
      entry,
      type,
      {
        filters: sharing ? sharedFilters(args.filters, sharing.shareOf(entry)) : args.filters,
        orderBy: args.orderBy,
        start,
        limit,
        reverse,
        localeChain: args.locale,
        ...selection,
        inline,
      },
      missingTowns,
    ).then((list) => {
      if (list?.related) ctx.loaders.prime(entry.town.code, list.related, inline);
      return list;
    });

  const request = { towns, read, compare: compareNodes(type, args.orderBy), size, after, before };
  const page = await (backward ? pageBackward(request) : pageForward(request));
  // A page of dropped entries only has no edge, yet must let the client go on past them.
  const withoutEdges = page.moved ? encodeCursor(signature, page.offsets) : null;
  return toConnection({
    edges: page.merged.map((m) => ({ cursor: encodeCursor(signature, m.offsets, [m.town, m.position]), node: m.item })),
    totalCount: page.totalCount,
    missingTowns,
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    ...(backward ? { startCursorWithoutEdges: withoutEdges } : { endCursorWithoutEdges: withoutEdges }),
  });
}
