import type { OpenDataContext } from '../open-data-route';
import { OparlError } from './oparl-error';
import { runOparlQuery } from './run-oparl-query';

/** The list a query reads: the gateway's root field and its GraphQL type. */
export interface ListSource {
  listField: string;
  graphqlType: string;
}

const PAGE = 100;
// 50 pages of 100: far more than one page of OParl objects can embed; past it, a loud failure beats a silent cut.
const MAX_PAGES = 50;

/**
 * Every entry of a list matching the filters, page after page through the gateway's cursors:
 * how embedded objects are read, apart from their parents, so that no single operation
 * goes past the gateway's cost limit.
 */
export async function readAll<N>(context: OpenDataContext, source: ListSource, town: string, filters: Record<string, unknown>, selection: string): Promise<N[]> {
  const query = `query OparlEmbedded($towns: [String!], $filters: ${source.graphqlType}FiltersInput, $first: Int, $after: String) {
    list: ${source.listField}(towns: $towns, filters: $filters, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } }
  }`;
  const nodes: N[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { list } = await runOparlQuery<{ list: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] } }>(context, query, { towns: [town], filters, first: PAGE, after });
    nodes.push(...list.nodes);
    if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) return nodes;
    after = list.pageInfo.endCursor;
  }
  throw new OparlError(502, `More than ${PAGE * MAX_PAGES} embedded ${source.listField} for one page; ask for a smaller limit.`);
}
