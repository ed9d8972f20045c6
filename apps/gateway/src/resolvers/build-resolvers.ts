import { communesModel, contentTypeNamed, findContentType, namingOf, type RelationField } from '@communes/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { aggregateResolvers } from '../aggregates/aggregate-resolvers';
import { TownError } from '../errors';
import { labelResolvers } from '../labels/label-resolvers';
import { eventOccurrences } from '../occurrences/event-occurrences';
import { hasOccurrences } from '../occurrences/occurrence-range';
import type { NodeResolvers, QueryResolvers, Resolvers, TownResolvers } from '../schema/generated/schema-types';
import { decodeNodeId } from '../towns/node-id';
import type { GatewayNode } from '../towns/to-node';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from './gateway-context';
import type { ListArgs, QueryListField, TownListField } from './list-field';
import { inlineSelectionsOf } from './inline-selections';
import { listKind } from './list-kind';
import { reportTownError } from './report-town-error';
import { townSelection } from './town-selection';
import { requestedFields } from './requested-fields';
import { scalarResolvers } from './scalars';
import { search } from './search';
import { townResolvers } from './town-resolvers';

/** The types implementing Node, by name, as the schema lists them. */
type NodeTypename = NonNullable<Awaited<ReturnType<NodeResolvers['__resolveType']>>>;

/** A field without arguments of an entry's type: its town, a relation. */
type NodeFieldResolver = (node: GatewayNode, args: unknown, ctx: GatewayContext, info: GraphQLResolveInfo) => unknown;

/** Loads nodes of one town; a town's failure, or a malformed entry, is one error and a null. */
async function loadNodes(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  town: string,
  kind: string,
  ids: readonly string[],
  localeChain?: readonly string[] | null,
  /** Whether the related entries' own selected relations may come inline with them (not for `node`, whose selection spans kinds). */
  withInline = false,
) {
  const type = contentTypeNamed(kind);
  const selection = townSelection(type, requestedFields(info));
  const inline = withInline ? inlineSelectionsOf(type, [info.fieldNodes], info.fragments) : undefined;
  const results = await ctx.loaders.load(town, kind, ids, { ...selection, localeChain, ...(inline?.length ? { inline } : {}) });
  const reported = new Set<TownError>();
  return results.map((result) => {
    if (!(result instanceof TownError)) return result;
    if (!reported.has(result)) reportTownError(ctx, info, result);
    reported.add(result);
    return null;
  });
}

function relationResolver(field: RelationField): NodeFieldResolver {
  const toOne = field.cardinality === 'oneToOne' || field.cardinality === 'manyToOne';
  return async (node, _args, ctx, info) => {
    // Relations resolve within the node's town, in the locale the node was read in.
    const ids = node.__relations[info.fieldName];
    if (!ids?.length) return toOne ? null : [];
    const nodes = await loadNodes(ctx, info, node.__town, field.target, ids, node.__locale ? [node.__locale] : undefined, true);
    return toOne ? (nodes[0] ?? null) : nodes.filter((n) => n !== null);
  };
}

/**
 * The object a global id names: a town, or an entry read in the locale its id names (an id
 * from before locales were part of ids: the town's default locale). An entry is null, like
 * any missing one, when the town or kind is unknown, the town does not publish in that locale,
 * or the entry is not published in it; a town serves drafts to nobody, so a forged id reaches
 * no more than the public's lists.
 */
async function nodeById(id: string, ctx: GatewayContext, info: GraphQLResolveInfo): Promise<GatewayNode | TownEntry | null> {
  const ref = decodeNodeId(id);
  const entry = ctx.directory.get(ref.town);
  if (!entry) return null;
  if (ref.type === 'town') return entry;
  // A kind from a client's id: one the model lacks is no node, not a bug; nor is a locale on a kind that has none.
  const type = findContentType(ref.kind);
  if (!type || (ref.locale !== undefined && !type.localized)) return null;
  const [node] = await loadNodes(ctx, info, ref.town, ref.kind, [ref.documentId], ref.locale ? [ref.locale] : undefined);
  // A town that does not publish in the id's locale is read in its default: another object, not this one.
  if (node && ref.locale !== undefined && node.__locale !== ref.locale) return null;
  return node ?? null;
}

/**
 * The gateway's resolvers, typed by the types GraphQL Code Generator writes from the committed
 * schema: each field's arguments are the schema's, and what it returns is checked against the
 * field's type. The scalars are coercions, not `GraphQLScalarType`s (see `scalars.ts`).
 */
export function buildResolvers() {
  const query: QueryResolvers = {
    node: (_, args, ctx, info) => nodeById(args.id, ctx, info),
    nodes: (_, args, ctx, info) => Promise.all(args.ids.map((id) => nodeById(id, ctx, info))),
    search: (_, args, ctx, info) => search(args, ctx, info),
    ...townResolvers.Query,
  };
  const town: TownResolvers = { ...townResolvers.Town };
  const typeResolvers: Record<string, Record<string, NodeFieldResolver>> = {};

  for (const type of communesModel.contentTypes) {
    const { graphqlType, listField } = namingOf(type);
    // The schema's list fields are the model's kinds (gateway-sdl.ts writes one per kind), so a
    // kind's name is one of them; the assignments check the resolver against every one's types.
    query[listField as QueryListField] = (_: unknown, args: ListArgs, ctx: GatewayContext, info: GraphQLResolveInfo) =>
      listKind(type, args, ctx, info, ctx.directory.select(args.towns, args.group));
    town[listField as TownListField] = (entry: TownEntry, args: ListArgs, ctx: GatewayContext, info: GraphQLResolveInfo) =>
      listKind(type, args, ctx, info, [entry]);
    const resolvers: Record<string, NodeFieldResolver> = {
      town: (node, _args, ctx) => ctx.directory.get(node.__town) ?? null,
    };
    for (const [name, field] of Object.entries(type.fields)) {
      if (field.kind === 'relation' && !field.private) resolvers[name] = relationResolver(field);
    }
    if (hasOccurrences(type)) resolvers.occurrences = eventOccurrences as NodeFieldResolver;
    Object.assign(resolvers, labelResolvers(type) as Record<string, NodeFieldResolver>);
    typeResolvers[graphqlType] = resolvers;
  }

  // Aggregates: their fields are generated per kind like the lists, checked by the schema's build.
  const aggregates = aggregateResolvers();
  const resolvers: Omit<Resolvers, keyof typeof scalarResolvers> = {
    Query: { ...query, ...(aggregates.query as QueryResolvers) },
    Town: town,
    TownGroup: townResolvers.TownGroup,
    // An entry says its type, its kind's GraphQL name (the model names both the kinds and the
    // schema's types); a town (a registry entry, from node(id)) has none of its own.
    Node: { __resolveType: (node) => ('__typename' in node ? (node.__typename as NodeTypename) : 'Town') },
    ...typeResolvers,
    ...(aggregates.types as Partial<Resolvers>),
  };
  return { ...scalarResolvers, ...resolvers };
}
