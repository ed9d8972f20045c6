import { communesModel, contentTypeNamed, findContentType, namingOf, type RelationField } from '@communes/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { TownError } from '../errors';
import { decodeNodeId } from '../towns/node-id';
import type { GatewayNode } from '../towns/to-node';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from './gateway-context';
import { listKind, type ListArgs } from './list-kind';
import { reportTownError } from './report-town-error';
import { townSelection } from './town-selection';
import { requestedFields } from './requested-fields';
import { scalarResolvers } from './scalars';
import { search } from './search';
import { townResolvers } from './town-resolvers';

type Resolver<P = unknown, A = Record<string, unknown>> = (parent: P, args: A, ctx: GatewayContext, info: GraphQLResolveInfo) => unknown;

/** Loads nodes of one town; a town's failure, or a malformed entry, is one error and a null. */
async function loadNodes(
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  town: string,
  kind: string,
  ids: readonly string[],
  localeChain?: readonly string[] | null,
) {
  const selection = townSelection(contentTypeNamed(kind), requestedFields(info));
  const results = await ctx.loaders.load(town, kind, ids, { ...selection, localeChain });
  const reported = new Set<TownError>();
  return results.map((result) => {
    if (!(result instanceof TownError)) return result;
    if (!reported.has(result)) reportTownError(ctx, info, result);
    reported.add(result);
    return null;
  });
}

function relationResolver(field: RelationField): Resolver<GatewayNode> {
  const toOne = field.cardinality === 'oneToOne' || field.cardinality === 'manyToOne';
  return async (node, _args, ctx, info) => {
    // Relations resolve within the node's town, in the locale the node was read in.
    const ids = node.__relations[info.fieldName];
    if (!ids?.length) return toOne ? null : [];
    const nodes = await loadNodes(ctx, info, node.__town, field.target, ids, node.__locale ? [node.__locale] : undefined);
    return toOne ? (nodes[0] ?? null) : nodes.filter((n) => n !== null);
  };
}

async function nodeById(
  id: string,
  locale: string[] | null | undefined,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
): Promise<GatewayNode | null> {
  const { town, kind, documentId } = decodeNodeId(id);
  // A kind from a client's id: one the model lacks is no node, not a bug.
  if (!ctx.directory.get(town) || !findContentType(kind)) return null;
  const [node] = await loadNodes(ctx, info, town, kind, [documentId], locale);
  return node ?? null;
}

export function buildResolvers() {
  const query: Record<string, Resolver> = {
    node: (_, args, ctx, info) => nodeById(args.id as string, args.locale as string[] | undefined, ctx, info),
    nodes: (_, args, ctx, info) =>
      Promise.all((args.ids as string[]).map((id) => nodeById(id, args.locale as string[] | undefined, ctx, info))),
    search: (_, args, ctx, info) => search(args as never, ctx, info),
    ...townResolvers.Query,
  };
  const typeResolvers: Record<string, Record<string, Resolver<GatewayNode>>> = {};
  const town: Record<string, Resolver<TownEntry>> = { ...townResolvers.Town };

  for (const type of communesModel.contentTypes) {
    const { graphqlType, listField } = namingOf(type);
    query[listField] = (_, args, ctx, info) =>
      listKind(type, args as ListArgs, ctx, info, ctx.directory.select((args as ListArgs).towns, (args as ListArgs).group));
    town[listField] = (entry, args, ctx, info) => listKind(type, args as ListArgs, ctx, info, [entry]);
    const resolvers: Record<string, Resolver<GatewayNode>> = {
      town: (node, _args, ctx) => ctx.directory.get(node.__town) ?? null,
    };
    for (const [name, field] of Object.entries(type.fields)) {
      if (field.kind === 'relation' && !field.private) resolvers[name] = relationResolver(field);
    }
    typeResolvers[graphqlType] = resolvers;
  }

  return {
    ...scalarResolvers,
    Query: query,
    Town: town,
    TownGroup: townResolvers.TownGroup,
    Node: { __resolveType: (node: GatewayNode) => node.__typename },
    ...typeResolvers,
  };
}
