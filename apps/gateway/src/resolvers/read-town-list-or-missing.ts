import { namingOf, type ResolvedContentType } from '@communes/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { readTownList, type TownList, type TownListRequest } from '../towns/read-town-list';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from './gateway-context';
import { reportTownError } from './report-town-error';
import { unlessTownFails } from './unless-town-fails';

/**
 * One town's list for a resolver that asks many towns. Its malformed entries, left out, are
 * one error at this field. A town that fails is one error too (once, though a search asks it
 * once per kind), joins `missing`, and reads as undefined: the other towns' data comes back.
 * A town whose version lacks a filtered field has no match, and one whose version lacks the
 * kind has none of it: a note says why.
 */
export function readTownListOrMissing(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  entry: TownEntry,
  type: ResolvedContentType,
  request: TownListRequest,
  missing: Set<string>,
): Promise<TownList | undefined> {
  const read = readTownList(ctx.directory, entry, type, request, ctx.requestId).then((list) => {
    if (list.malformed) reportTownError(ctx, info, list.malformed);
    if (list.lacksField)
      ctx.notes.push({
        code: 'TOWN_LACKS_FIELD',
        town: entry.town.code,
        kind: type.names.singular,
        field: list.lacksField,
        message: `Town "${entry.town.code}" runs a version of its plugin without ${namingOf(type).graphqlType}.${list.lacksField}: it has no match for a filter on it.`,
      });
    if (list.lacksKind)
      ctx.notes.push({
        code: 'TOWN_LACKS_KIND',
        town: entry.town.code,
        kind: type.names.singular,
        ...list.lacksKind,
        message: `Town "${entry.town.code}" runs ${list.lacksKind.plugin} ${list.lacksKind.version}, a version without ${namingOf(type).graphqlType}: it has none.`,
      });
    return list;
  });
  return unlessTownFails(read, (error) => {
    if (!missing.has(entry.town.code)) reportTownError(ctx, info, error);
    missing.add(entry.town.code);
    return undefined;
  });
}
