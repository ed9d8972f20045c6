import { findContentType, namingOf } from '@communes/domain';
import { decodeNodeId, encodeNodeId } from '../../towns/node-id';
import { notFound } from '../open-data-error';
import type { InternalGraphQLResult, OpenDataContext } from '../open-data-route';
import { toOpenDataError } from '../to-open-data-error';
import type { JsonLdKind } from './json-ld-kinds';

/**
 * The ids to read, first found wins: an entry's id names the locale it was read in, so a
 * `locale` chain asks for the same entry in each of its locales, then in the id's own.
 */
function idsToTry(id: string, locale: string[] | undefined): string[] {
  if (!locale?.length) return [id];
  let ref: ReturnType<typeof decodeNodeId>;
  try {
    ref = decodeNodeId(id);
  } catch {
    return [id]; // node(id) refuses it, and the client gets its 404.
  }
  if (ref.type !== 'entry' || !findContentType(ref.kind)?.localized) return [id];
  const { town, kind, documentId } = ref;
  return [...new Set([...locale.map((l) => encodeNodeId({ town, kind, documentId, locale: l })), id])];
}

/**
 * One node by global id, through `nodes(ids)`. An id that does not decode, names an unknown
 * town, or is of another kind is a 404, like one that is gone: the client learns nothing more.
 * A town that fails says so, with the status every open-data format gives its failure.
 */
export async function readJsonLdNode(ctx: OpenDataContext, kind: JsonLdKind, id: string, locale: string[] | undefined): Promise<unknown> {
  const { graphqlType } = namingOf(kind.type);
  const query = `query OpenDataNode($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on ${graphqlType} { ${kind.selection} } } }`;
  const result: InternalGraphQLResult<{ nodes: ({ __typename: string } | null)[] }> = await ctx.graphql(query, {
    ids: idsToTry(id, locale),
  });
  const node = result.data?.nodes.find((n) => n !== null);
  if (node && node.__typename === graphqlType) return node;
  if (result.errors?.length) {
    const refusal = toOpenDataError(result.errors, ctx.directory);
    if (!refusal) throw new Error(`The gateway refused an open-data node: ${result.errors[0]!.message}`);
    if (refusal.status >= 500) throw refusal;
  }
  throw notFound(`No ${graphqlType} with id "${id.slice(0, 100)}".`);
}
