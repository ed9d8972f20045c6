import type { InternalGraphQLResult, OpenDataContext } from '../open-data-route';
import { OpenDataErrorCode, OpenDataRequestError } from '../listing/request-error';
import { toRequestError } from '../listing/read-list';
import type { JsonLdKind } from './json-ld-kinds';

/**
 * One node by global id, through `node(id)`. An id that does not decode, names an unknown
 * town, or is of another kind is a 404, like one that is gone: the client learns nothing more.
 */
export async function readJsonLdNode(ctx: OpenDataContext, kind: JsonLdKind, id: string, locale: string[] | undefined): Promise<unknown> {
  const query = `query OpenDataNode($id: ID!, $locale: [String!]) { node(id: $id, locale: $locale) { __typename ... on ${kind.type} { ${kind.selection} } } }`;
  const result: InternalGraphQLResult<{ node: { __typename: string } | null }> = await ctx.graphql(query, { id, locale });
  const node = result.data?.node;
  if (node && node.__typename === kind.type) return node;
  const error = result.errors?.length ? toRequestError(result.errors) : undefined;
  // A town that fails is a 502; an id that does not decode or names no town is just not found.
  if (error && !(error instanceof OpenDataRequestError && error.status !== 502)) throw error;
  throw new OpenDataRequestError(404, OpenDataErrorCode.NotFound, `No ${kind.type} with id "${id.slice(0, 100)}".`);
}
