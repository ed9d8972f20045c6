import { namingOf } from '@communes/domain';
import { notFound } from '../open-data-error';
import type { InternalGraphQLResult, OpenDataContext } from '../open-data-route';
import { toOpenDataError } from '../to-open-data-error';
import type { JsonLdKind } from './json-ld-kinds';

/**
 * One node by global id, through `node(id)`. An id that does not decode, names an unknown
 * town, or is of another kind is a 404, like one that is gone: the client learns nothing more.
 * A town that fails says so, with the status every open-data format gives its failure.
 */
export async function readJsonLdNode(ctx: OpenDataContext, kind: JsonLdKind, id: string, locale: string[] | undefined): Promise<unknown> {
  const { graphqlType } = namingOf(kind.type);
  const query = `query OpenDataNode($id: ID!, $locale: [String!]) { node(id: $id, locale: $locale) { __typename ... on ${graphqlType} { ${kind.selection} } } }`;
  const result: InternalGraphQLResult<{ node: { __typename: string } | null }> = await ctx.graphql(query, { id, locale });
  const node = result.data?.node;
  if (node && node.__typename === graphqlType) return node;
  if (result.errors?.length) {
    const refusal = toOpenDataError(result.errors, ctx.directory);
    if (!refusal) throw new Error(`The gateway refused an open-data node: ${result.errors[0]!.message}`);
    if (refusal.status >= 500) throw refusal;
  }
  throw notFound(`No ${graphqlType} with id "${id.slice(0, 100)}".`);
}
