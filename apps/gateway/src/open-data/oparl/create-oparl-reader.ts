import { namingOf, type ResolvedContentType } from '@communes/domain';
import { GatewayErrorCode } from '../../errors';
import { cursorAtOffset } from '../../towns/town-cursor';
import { OpenDataError } from '../open-data-error';
import { OPEN_DATA_STATUS } from '../open-data-status';
import type { OpenDataContext } from '../open-data-route';
import { runOpenDataQuery } from '../run-open-data-query';
import type { OparlKind } from './oparl-kind';

/** A town of the registry, as OParl shows it: a Body. */
export interface TownInfo {
  code: string;
  name: string;
  /** Its MemberKind (TOWN, POLICE_ZONE...). */
  kind: string;
  url: string;
  locales: string[];
}

/** One page of a kind in one town, with the list's total. */
export interface KindPage<N> {
  nodes: N[];
  total: number;
}

/**
 * Everything OParl reads, through the gateway's public schema (`ctx.graphql`): the towns of
 * the registry, pages of a kind in one town, one entry, and what a page embeds. Any town
 * error fails the request (runOpenDataQuery): an OParl object missing a relation would be
 * silently wrong.
 */
export interface OparlReader {
  towns(): Promise<TownInfo[]>;
  /** A town of the registry; 404 when there is none of that code. */
  town(code: string): Promise<TownInfo>;
  /** `limit` entries of a kind in one town from `offset`, in OParl's stable order. */
  page<N>(
    kind: OparlKind<N>,
    town: string,
    filters: Record<string, unknown>,
    offset: number,
    limit: number,
    selection?: string,
  ): Promise<KindPage<N>>;
  /** One entry of a kind by documentId, or undefined. */
  one<N>(kind: OparlKind<N>, town: string, documentId: string, selection?: string): Promise<N | undefined>;
  /** Reads what the nodes embed (OParl's embedded objects), unless the client asked to omit them. */
  embed<N>(kind: OparlKind<N>, town: string, nodes: N[], omitInternal: boolean): Promise<void>;
}

// OParl wants a stable order: creation time, and the gateway ends every order with documentId.
// Written as the resolver receives it (the default direction spelled out), for cursorAtOffset.
const ORDER = [{ field: 'createdAt', direction: 'ASC' }] as const;
const EMBED_PAGE = 100;
// 50 pages of 100: far more than one page of OParl objects can embed; past it, a loud refusal beats a silent cut.
const EMBED_MAX_PAGES = 50;
const TOWN_FIELDS = 'code name kind url locales';

interface ListAnswer<N> {
  list: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: N[] };
}

function listQuery(type: ResolvedContentType, selection: string): string {
  const { listField, graphqlType } = namingOf(type);
  return `query OparlList($towns: [String!], $filters: ${graphqlType}FiltersInput, $orderBy: [${graphqlType}Order!], $first: Int, $after: String) {
  list: ${listField}(towns: $towns, filters: $filters, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${selection} }
  }
}`;
}

export function createOparlReader(context: OpenDataContext): OparlReader {
  const run = <T>(query: string, variables: Record<string, unknown>) => runOpenDataQuery<T>(context, query, variables);

  async function page<N>(
    kind: OparlKind<N>,
    town: string,
    filters: Record<string, unknown>,
    offset: number,
    limit: number,
    selection = kind.selection,
  ): Promise<KindPage<N>> {
    const list = { kind: kind.type.names.singular, towns: [town], filters, orderBy: ORDER };
    // Page n starts after the entries of the pages before it: a cursor at that offset, one operation.
    const after = offset > 0 ? cursorAtOffset(list, { [town]: offset }) : undefined;
    const { list: answer } = await run<ListAnswer<N>>(listQuery(kind.type, selection), {
      towns: [town],
      filters,
      orderBy: ORDER,
      first: limit,
      after,
    });
    return { nodes: answer.nodes, total: answer.totalCount };
  }

  /** Every entry of a kind matching the filters, page after page through the gateway's cursors, apart from their parents: no operation goes past the cost limit. */
  async function all<E>(type: ResolvedContentType, town: string, filters: Record<string, unknown>, selection: string): Promise<E[]> {
    const nodes: E[] = [];
    let after: string | undefined;
    for (let read = 0; read < EMBED_MAX_PAGES; read++) {
      const { list } = await run<ListAnswer<E>>(listQuery(type, selection), { towns: [town], filters, first: EMBED_PAGE, after });
      nodes.push(...list.nodes);
      if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) return nodes;
      after = list.pageInfo.endCursor;
    }
    const tooMany = `More than ${EMBED_PAGE * EMBED_MAX_PAGES} embedded ${namingOf(type).listField} for one page; ask for a smaller limit, or omit_internal=true.`;
    throw new OpenDataError(OPEN_DATA_STATUS[GatewayErrorCode.QueryTooCostly], GatewayErrorCode.QueryTooCostly, tooMany);
  }

  return {
    async towns() {
      return (await run<{ towns: TownInfo[] }>(`query OparlTowns { towns { ${TOWN_FIELDS} } }`, {})).towns;
    },
    async town(code) {
      const { town } = await run<{ town: TownInfo | null }>(`query OparlTown($code: String!) { town(code: $code) { ${TOWN_FIELDS} } }`, {
        code,
      });
      if (!town)
        throw new OpenDataError(404, GatewayErrorCode.UnknownTown, `Not found: no town "${code.slice(0, 60)}" in this gateway's registry.`);
      return town;
    },
    page,
    async one(kind, town, documentId, selection) {
      return (await page(kind, town, { documentId: { eq: documentId } }, 0, 1, selection)).nodes[0];
    },
    async embed(kind, town, nodes, omitInternal) {
      if (omitInternal || !kind.embed) return;
      await kind.embed((type, filters, selection) => all(type, town, filters, selection), nodes);
    },
  };
}
