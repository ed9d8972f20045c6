import type { OpenDataContext } from '../open-data-route';
import { moveCursor } from '../../towns/town-cursor';
import type { OparlKind } from './oparl-kind';
import { runOparlQuery } from './run-oparl-query';

export interface KindPage<N> {
  nodes: N[];
  total: number;
}

interface ListAnswer<N> {
  list: { totalCount: number; pageInfo: { endCursor: string | null }; nodes: N[] };
}

// OParl wants a stable order: creation time, and the gateway ends every order with documentId.
const listQuery = (kind: OparlKind<never>, selection: string) => `query OparlPage($towns: [String!], $filters: ${kind.graphqlType}FiltersInput, $first: Int, $after: String) {
  list: ${kind.listField}(towns: $towns, filters: $filters, first: $first, after: $after, orderBy: [{ field: createdAt, direction: ASC }]) {
    totalCount
    pageInfo { endCursor }
    nodes { ${selection} }
  }
}`;

/** One page of a kind in one town, `limit` entries from `offset`, with the list's total. */
export async function readKindPage<N>(
  context: OpenDataContext,
  kind: OparlKind<N>,
  town: string,
  filters: Record<string, unknown>,
  offset: number,
  limit: number,
): Promise<KindPage<N>> {
  const variables = { towns: [town], filters, first: limit };
  let after: string | undefined;
  if (offset > 0) {
    const probe = await runOparlQuery<ListAnswer<never>>(context, listQuery(kind as OparlKind<never>, 'documentId'), { ...variables, first: 1 });
    const { totalCount, pageInfo } = probe.list;
    if (offset >= totalCount || !pageInfo.endCursor) return { nodes: [], total: totalCount };
    after = moveCursor(pageInfo.endCursor, { [town]: offset });
  }
  const answer = await runOparlQuery<ListAnswer<N>>(context, listQuery(kind as OparlKind<never>, kind.selection), { ...variables, after });
  return { nodes: answer.list.nodes, total: answer.list.totalCount };
}

/** One entry of a kind by its documentId, or undefined. */
export async function readOne<N>(context: OpenDataContext, kind: OparlKind<N>, town: string, documentId: string): Promise<N | undefined> {
  const page = await readKindPage(context, kind, town, { documentId: { eq: documentId } }, 0, 1);
  return page.nodes[0];
}
