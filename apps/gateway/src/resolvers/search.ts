import { communesModel, contentTypeOfGraphqlType, type ResolvedContentType } from '@communes/domain';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { readsFromIndex } from '../index-reads/list-from-index';
import { searchFromIndex } from '../index-reads/search-from-index';
import { userInputError } from '../errors';
import type { QuerySearchArgs } from '../schema/generated/schema-types';
import { nodesOf } from '../towns/read-town-list';
import type { GatewayNode } from '../towns/to-node';
import { decodeCursor, encodeCursor, listSignature } from '../towns/town-cursor';
import { checkPaging } from './check-paging';
import type { GatewayContext } from './gateway-context';
import { rankedWindow } from './ranked-window';
import { readTownListOrMissing } from './read-town-list-or-missing';
import { requestedNodeFields } from './requested-fields';
import { toConnection } from './to-connection';
import { townSelection } from './town-selection';

/** How many matches each town gives per kind before ranking: search is for finding, not exporting. */
const MATCHES_PER_TOWN_AND_KIND = 50;

/** Accents and case do not matter to a reader searching "liege" for "Liège". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The fields a kind is searched in: its naming field first (weighs most), then its summaries. */
function searchedFields(type: ResolvedContentType): string[] {
  return Object.entries(type.fields)
    .filter(([, f]) => !f.private && (f.kind === 'string' || f.kind === 'text') && f.localized)
    .map(([name]) => name)
    .slice(0, 3);
}

function score(node: GatewayNode, fields: string[], terms: string[]): number {
  let total = 0;
  fields.forEach((field, i) => {
    const value = fold(String(node[field] ?? ''));
    for (const term of terms) if (value.includes(term)) total += i === 0 ? 3 : 1;
    if (i === 0 && value.includes(terms.join(' '))) total += 2;
  });
  return total;
}

/**
 * Text search across kinds and towns: each town is asked, per kind, for entries containing
 * the words (Strapi's $containsi), the answers are ranked here with accent- and case-folding,
 * and paged with a cursor. A match is a Relay edge: its node is the entry itself, the score on
 * the edge beside the cursor.
 */
export async function search(args: QuerySearchArgs, ctx: GatewayContext, info: GraphQLResolveInfo) {
  const terms = fold(args.text)
    .split(/\s+/)
    .filter((t) => t.length > 1);
  if (terms.length === 0) throw userInputError('text must hold at least one word of two letters or more.', { argument: 'text' });
  const paging = checkPaging(args, ctx.config.maxPageSize);
  // ContentKind's values are the GraphQL type names: the schema lets no other through.
  const kinds = (args.kinds?.length ? args.kinds.map((k) => contentTypeOfGraphqlType(k)!) : communesModel.contentTypes).filter(
    (k) => searchedFields(k).length > 0,
  );
  const towns = ctx.directory.select(args.towns, args.group);
  const fromIndex = readsFromIndex(ctx, towns);
  const signature = listSignature([
    fromIndex ? 'search:index' : 'search',
    args.text,
    kinds.map((k) => k.names.singular),
    towns.map((t) => t.town.code),
    args.locale ?? null,
  ]);
  // A match's cursor holds the position just past it, in the ranking of this search.
  const after = decodeCursor(args.after, signature, 'after')._;
  const before = args.before ? decodeCursor(args.before, signature, 'before')._ : undefined;
  if (fromIndex) {
    try {
      const answer = await searchFromIndex(ctx, info, {
        text: args.text,
        kinds,
        towns,
        locale: args.locale,
        paging,
        after,
        before,
        signature,
      });
      if (answer) return answer;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      ctx.logger?.warn('the regional index could not answer a search; the towns are read instead', { error: String(error) });
    }
  }
  const missing = new Set<string>();
  const requested = requestedNodeFields(info);

  const lists = await Promise.all(
    towns.flatMap((entry) =>
      kinds.map(async (type) => {
        const fields = searchedFields(type);
        const filters = { or: fields.map((field) => ({ [field]: { containsi: args.text.trim() } })) };
        // Every attribute, to score on, and the relations and files asked for: a match is the
        // same object as node(id) gives, so that a client's normalized cache holds one version.
        const { relations, media } = townSelection(type, requested);
        const request = { filters, start: 0, limit: MATCHES_PER_TOWN_AND_KIND, localeChain: args.locale, relations, media };
        const list = await readTownListOrMissing(ctx, info, entry, type, request, missing);
        return { nodes: list ? nodesOf(list) : [], fields };
      }),
    ),
  );
  const ranked = lists
    .flatMap(({ nodes, fields }) => nodes.map((node) => ({ node, score: score(node, fields, terms) })))
    .sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : 1));
  const { start, end, hasNextPage, hasPreviousPage } = rankedWindow(ranked.length, paging, after, before);
  return toConnection({
    edges: ranked
      .slice(start, end)
      .map((hit, i) => ({ cursor: encodeCursor(signature, { _: start + i + 1 }), node: hit.node, score: hit.score })),
    totalCount: ranked.length,
    missingTowns: missing,
    hasNextPage,
    hasPreviousPage,
  });
}
