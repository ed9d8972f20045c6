import type { ResolvedContentType } from '@communes/domain';
import { namingOf } from '@communes/codegen';
import { GatewayErrorCode, TownError } from '../errors';
import { kindNamed } from './content-kinds';
import type { TownEntry, TownDirectory } from './town-directory';
import { pickLocale } from './pick-locale';
import { toNode, type GatewayNode } from './to-node';
import { toStrapiListQuery, UnsatisfiableFilter, type ListRequest } from './to-strapi-query';
import { findEntryProblem } from './validate-entry';

export interface TownListRequest extends Omit<ListRequest, 'townFields' | 'locale'> {
  localeChain?: readonly string[] | null;
}

export interface TownList {
  nodes: GatewayNode[];
  total: number;
}

const EMPTY: TownList = { nodes: [], total: 0 };

/**
 * One town's slice of a list, as nodes. A kind the town lacks, or a filter on a field its
 * version lacks, is an empty list for that town, not an error; a malformed answer is.
 */
export async function readTownList(directory: TownDirectory, entry: TownEntry, type: ResolvedContentType, request: TownListRequest, requestId?: string): Promise<TownList> {
  const manifest = await directory.manifest(entry, requestId);
  const townFields = manifest.kinds.get(type.names.singular);
  if (!townFields) return EMPTY;
  const locale = type.localized ? pickLocale(request.localeChain, manifest.locales, manifest.defaultLocale) : undefined;
  let query: URLSearchParams;
  try {
    query = toStrapiListQuery(type, { ...request, locale, townFields }, kindNamed);
  } catch (error) {
    if (error instanceof UnsatisfiableFilter) return EMPTY;
    throw error;
  }
  const body = (await entry.client.get(namingOf(type).restPath, query, requestId)) as { data?: unknown; meta?: { pagination?: { total?: unknown } } };
  const bad = (why: string): never => {
    throw new TownError(GatewayErrorCode.TownBadResponse, entry.town.code, `answered a ${type.names.singular} list that does not match the model: ${why}.`);
  };
  if (!Array.isArray(body?.data)) return bad('data is not a list');
  const total = body.meta?.pagination?.total;
  if (typeof total !== 'number') return bad('meta.pagination.total is missing');
  const nodes = body.data.map((item) => {
    const problem = findEntryProblem(item, type);
    if (problem) bad(problem);
    return toNode(item as Record<string, unknown> & { documentId: string }, type, entry.town, locale);
  });
  return { nodes, total };
}
