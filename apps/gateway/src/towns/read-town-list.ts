import { contentTypeNamed, namingOf, type ResolvedContentType } from '@communes/domain';
import { GatewayErrorCode, TownError } from '../errors';
import type { TownEntry, TownDirectory } from './town-directory';
import { pickLocale } from './pick-locale';
import { toNode, type GatewayNode } from './to-node';
import {
  MAX_POPULATED,
  populatedBy,
  toStrapiListQuery,
  UnsatisfiableFilter,
  type InlineRelation,
  type ListRequest,
} from './to-strapi-query';
import { findEntryProblem } from '@communes/domain';

/** What a by-id read of a relation's entries would ask for: its selection of the related kind. */
export interface InlineSelection {
  relation: string;
  relations: readonly string[];
  media: readonly string[];
  scalars: readonly string[];
}

export interface TownListRequest extends Omit<ListRequest, 'townFields' | 'locale' | 'inline'> {
  localeChain?: readonly string[] | null;
  /** Relations (of `relations`) to read inline, as far as the town allows: see `TownList.related`. */
  inline?: readonly InlineSelection[];
}

/** The entries of one relation read inline, as nodes, exactly as a by-id read in that locale chain would make them. */
export interface RelatedNodes {
  relation: string;
  kind: string;
  /** The locale chain a by-id read of them from these entries uses (the entries' own locale). */
  localeChain?: readonly string[];
  nodes: GatewayNode[];
}

export interface TownList {
  /** The town's entries in its order; null where an entry was malformed and dropped. */
  slots: (GatewayNode | null)[];
  total: number;
  /** What was dropped, as one error naming the town and the entries' documentIds. */
  malformed?: TownError;
  /**
   * The related entries read inline, per relation: those the entries link to (a withheld
   * link's confidential ones left out, as in `__relations`), without those malformed, which
   * a by-id read then asks for and reports.
   */
  related?: RelatedNodes[];
  /** A field the list filters on that the town's version does not serve: it has no match. */
  lacksField?: string;
  /** The town runs the kind's plugin in a version without the kind (an older release): it has none. */
  lacksKind?: { plugin: string; version: string };
}

const EMPTY: TownList = { slots: [], total: 0 };
/** What a request with entries inline may fail with that the same request without them may not. */
const INLINE_RETRIED = new Set<string>([GatewayErrorCode.BadUserInput, GatewayErrorCode.TownBadResponse]);
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
  if (!townFields) {
    // A member without the plugin (a police zone has no urbanism) is no news; a plugin without the kind is an older version.
    const plugin = manifest.plugins.find((p) => p.domain === type.domain);
    return plugin ? { ...EMPTY, lacksKind: { plugin: plugin.packageName || plugin.pluginName, version: plugin.version } } : EMPTY;
  }
  const locale = type.localized ? pickLocale(request.localeChain, manifest.locales, manifest.defaultLocale) : undefined;
  let inline = inlineRelations(type, request, townFields, (kind) => manifest.kinds.get(kind));
  const queryWith = (relations: readonly InlineRelation[]) =>
    toStrapiListQuery(type, { ...request, locale, townFields, inline: relations }, contentTypeNamed);
  let query: URLSearchParams;
  try {
    query = queryWith(inline);
  } catch (error) {
    if (error instanceof UnsatisfiableFilter) return error.missingField ? { ...EMPTY, lacksField: error.missingField } : EMPTY;
    throw error;
  }
  const path = namingOf(type).restPath;
  let answer: unknown;
  try {
    answer = await entry.client.get(path, query, requestId);
  } catch (error) {
    // A town that refuses or cannot answer the entries inline (an older version, an answer
    // over the size cap) is asked as before: the relations are read by id.
    if (!inline.length || !(error instanceof TownError) || !INLINE_RETRIED.has(error.code)) throw error;
    inline = [];
    answer = await entry.client.get(path, queryWith(inline), requestId);
  }
  const body = answer as {
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
  // A by-id read from these entries reads a localized kind in their locale, else in the town's default.
  const relatedLocale = locale ?? pickLocale(undefined, manifest.locales, manifest.defaultLocale);
  const related = inline.length ? relatedNodes(body.data, slots, inline, entry, locale, relatedLocale) : undefined;
  if (problems.length === 0) return { slots, total, ...(related ? { related } : {}) };
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => (p.documentId ? `${p.documentId}: ${p.problem}` : p.problem));
  const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
  const malformed = new TownError(
    GatewayErrorCode.TownBadResponse,
    entry.town.code,
    `answered ${problems.length} ${type.names.singular} ${problems.length === 1 ? 'entry' : 'entries'} that do not match the model, left out: ${shown.join('; ')}${more}.`,
    { extensions: { documentIds: problems.map((p) => p.documentId).filter((id) => id !== null) } },
  );
  return { slots, total, malformed, ...(related ? { related } : {}) };
}

/**
 * Of the relations asked inline, those this town can answer so: it serves the relation and
 * the related kind, and the request stays within what a town lets one request populate. (A
 * related entry in another locale than a by-id read would pick is read by id: see `relatedNodes`.)
 */
function inlineRelations(
  type: ResolvedContentType,
  request: TownListRequest,
  townFields: ReadonlySet<string>,
  fieldsOf: (kind: string) => ReadonlySet<string> | undefined,
): InlineRelation[] {
  if (!request.inline?.length) return [];
  let budget = MAX_POPULATED - [...request.relations, ...request.media].filter((name) => townFields.has(name)).length;
  const inline: InlineRelation[] = [];
  for (const selection of request.inline) {
    const field = type.fields[selection.relation];
    if (field?.kind !== 'relation' || field.private || !request.relations.includes(selection.relation)) continue;
    if (!townFields.has(selection.relation)) continue;
    const target = contentTypeNamed(field.target);
    const targetFields = fieldsOf(target.names.singular);
    if (!targetFields) continue;
    const candidate: InlineRelation = { ...selection, type: target, townFields: targetFields };
    // Each inline relation adds its own relations and files to what the request populates.
    const extra = populatedBy(candidate) - 1;
    if (extra > budget) continue;
    budget -= extra;
    inline.push(candidate);
  }
  return inline;
}

/** The related entries of the answer's entries, read as a by-id read of them reads them. */
function relatedNodes(
  data: unknown[],
  slots: (GatewayNode | null)[],
  inline: readonly InlineRelation[],
  entry: TownEntry,
  /** The locale the entries were read in (none for a kind without locales). */
  locale: string | undefined,
  /** The locale a by-id read of a localized related kind picks from them. */
  relatedLocale: string | undefined,
): RelatedNodes[] {
  return inline.map(({ relation, type, scalars }) => {
    const nodes = new Map<string, GatewayNode>();
    const targetLocale = type.localized ? relatedLocale : undefined;
    for (const [i, parent] of slots.entries()) {
      // Only those the entry links to as a node: a withheld link's confidential entries stay out.
      const linked = new Set(parent?.__relations[relation] ?? []);
      if (linked.size === 0) continue;
      const value = (data[i] as Record<string, unknown>)[relation];
      for (const item of Array.isArray(value) ? value : [value]) {
        const documentId = (item as { documentId?: unknown } | null)?.documentId;
        if (typeof documentId !== 'string' || !linked.has(documentId) || nodes.has(documentId)) continue;
        // Only in the locale a by-id read would get it in: whatever Strapi populated across locales is read by id.
        if (type.localized && (item as { locale?: unknown }).locale !== targetLocale) continue;
        if (findEntryProblem(item, type, scalars)) continue;
        try {
          nodes.set(documentId, toNode(item as Record<string, unknown> & { documentId: string }, type, entry.town, targetLocale));
        } catch {
          // Read by id instead, which reports it.
        }
      }
    }
    return { relation, kind: type.names.singular, ...(locale ? { localeChain: [locale] } : {}), nodes: [...nodes.values()] };
  });
}
