export interface Edge<N> {
  cursor: string;
  node: N;
}

export interface ConnectionPage<E extends Edge<unknown>> {
  /** Its edges, with what else an edge holds (a search match's score). */
  edges: E[];
  totalCount: number;
  /** Towns asked whose data is missing from the page (each has its error). */
  missingTowns: Iterable<string>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /**
   * Where the next page starts when this page has no edge and yet moved on (its entries were
   * dropped): `endCursor` paging forward, `startCursor` paging backward.
   */
  endCursorWithoutEdges?: string | null;
  startCursorWithoutEdges?: string | null;
  /** An answer of the regional index, and how fresh it is; a live answer without. */
  indexed?: { freshness: Freshness; complete: boolean };
}

/** How current an answer is (the schema's Freshness). */
export interface Freshness {
  oldestSync: Date | null;
  behind: string[];
  failing: string[];
}

/** A Relay connection as the schema declares it: edges, nodes, pageInfo, totalCount, missingTowns, complete, source, freshness. */
export function toConnection<E extends Edge<unknown>>(page: ConnectionPage<E>) {
  const { edges } = page;
  const missingTowns = [...page.missingTowns].sort();
  const live = { oldestSync: new Date(), behind: [], failing: missingTowns };
  const freshness = page.indexed?.freshness ?? live;
  return {
    edges,
    nodes: edges.map((edge): E['node'] => edge.node),
    totalCount: page.totalCount,
    missingTowns,
    complete: page.indexed ? page.indexed.complete : missingTowns.length === 0,
    source: page.indexed ? ('INDEX' as const) : ('LIVE' as const),
    freshness: { ...freshness, oldestSync: freshness.oldestSync?.toISOString() ?? null },
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? page.startCursorWithoutEdges ?? null,
      endCursor: edges.at(-1)?.cursor ?? page.endCursorWithoutEdges ?? null,
    },
  };
}
