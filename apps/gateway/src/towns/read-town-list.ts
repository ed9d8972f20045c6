import { contentTypeNamed, namingOf, type ResolvedContentType } from '@communes/domain';
import { GatewayErrorCode, TownError } from '../errors';
import type { TownEntry, TownDirectory } from './town-directory';
import { pickLocale } from './pick-locale';
import { toNode, type GatewayNode } from './to-node';
import { toStrapiListQuery, UnsatisfiableFilter, type ListRequest } from './to-strapi-query';
import { findEntryProblem } from '@communes/domain';

export interface TownListRequest extends Omit<ListRequest, 'townFields' | 'locale'> {
  localeChain?: readonly string[] | null;
}

export interface TownList {
  /** The town's entries in its order; null where an entry was malformed and dropped. */
  slots: (GatewayNode | null)[];
  total: number;
  /** What was dropped, as one error naming the town and the entries' documentIds. */
  malformed?: TownError;
}

const EMPTY: TownList = { slots: [], total: 0 };
/** How many problems one error spells out; `extensions.documentIds` lists every dropped entry. */
const PROBLEMS_SHOWN = 3;

/** The entries of a list, without those dropped. */
export const nodesOf = (list: TownList): GatewayNode[] => list.slots.filter((node): node is GatewayNode => node !== null);

/**
 * One town's slice of a list, as nodes. A kind the town lacks, or a filter on a field its
 * version lacks, is an empty list for that town, not an error; an answer that is not a list is
 * the town's error. A malformed entry costs that entry only: it is dropped (its slot kept, so
 * that cursors stay exact) and named in `malformed`.
 */
export async function readTownList(
  directory: TownDirectory,
  entry: TownEntry,
  type: ResolvedContentType,
  request: TownListRequest,
  requestId?: string,
): Promise<TownList> {
  const manifest = await directory.manifest(entry, requestId);
  const townFields = manifest.kinds.get(type.names.singular);
  if (!townFields) return EMPTY;
  const locale = type.localized ? pickLocale(request.localeChain, manifest.locales, manifest.defaultLocale) : undefined;
  let query: URLSearchParams;
  try {
    query = toStrapiListQuery(type, { ...request, locale, townFields }, contentTypeNamed);
  } catch (error) {
    if (error instanceof UnsatisfiableFilter) return EMPTY;
    throw error;
  }
  const body = (await entry.client.get(namingOf(type).restPath, query, requestId)) as {
    data?: unknown;
    meta?: { pagination?: { total?: unknown } };
  };
  const bad = (why: string): never => {
    throw new TownError(
      GatewayErrorCode.TownBadResponse,
      entry.town.code,
      `answered a ${type.names.singular} list that does not match the model: ${why}.`,
    );
  };
  if (!Array.isArray(body?.data)) return bad('data is not a list');
  const total = body.meta?.pagination?.total;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) return bad('meta.pagination.total is missing');
  const problems: { documentId: string | null; problem: string }[] = [];
  const slots = body.data.map((item: unknown) => {
    let problem = findEntryProblem(item, type, request.scalars);
    if (!problem) {
      try {
        return toNode(item as Record<string, unknown> & { documentId: string }, type, entry.town, locale);
      } catch {
        // A shape the checks above let through and the conversion cannot read: still that entry's cost only.
        problem = `a ${type.names.singular} entry could not be read`;
      }
    }
    const documentId = (item as { documentId?: unknown } | null)?.documentId;
    problems.push({ documentId: typeof documentId === 'string' ? documentId.slice(0, 64) : null, problem });
    return null;
  });
  if (problems.length === 0) return { slots, total };
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => (p.documentId ? `${p.documentId}: ${p.problem}` : p.problem));
  const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
  const malformed = new TownError(
    GatewayErrorCode.TownBadResponse,
    entry.town.code,
    `answered ${problems.length} ${type.names.singular} ${problems.length === 1 ? 'entry' : 'entries'} that do not match the model, left out: ${shown.join('; ')}${more}.`,
    { extensions: { documentIds: problems.map((p) => p.documentId).filter((id) => id !== null) } },
  );
  return { slots, total, malformed };
}
