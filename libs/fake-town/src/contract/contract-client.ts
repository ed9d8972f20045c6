/** What a town answered a REST request: its status and its JSON body. */
export interface TownAnswer<T = unknown> {
  status: number;
  body: {
    data: T;
    meta?: { pagination?: Record<string, number> };
    error?: { status: number; name: string; message: string; details?: Record<string, unknown> };
  };
}

export type RestEntry = Record<string, unknown> & { documentId: string };

/**
 * `filters[name][$eq]=Église ouverte&sort[0]=start:asc` as a query string: the contract's
 * cases are written as people read them, and each key and value is encoded here.
 */
const toQueryString = (query: string): string =>
  query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals < 0
        ? encodeURIComponent(pair)
        : `${encodeURIComponent(pair.slice(0, equals))}=${encodeURIComponent(pair.slice(equals + 1))}`;
    })
    .join('&');

/** A client for a town's REST root (`…/api`), known once the town has started. */
export function createContractClient(api: () => string) {
  const get = async <T = RestEntry[]>(path: string, query = ''): Promise<TownAnswer<T>> => {
    const response = await fetch(`${api()}${path}${query ? `?${toQueryString(query)}` : ''}`);
    return { status: response.status, body: (await response.json()) as TownAnswer<T>['body'] };
  };
  /** A list that must answer 200: its entries. */
  const list = async (path: string, query = ''): Promise<RestEntry[]> => {
    const { status, body } = await get(path, query);
    if (status !== 200) throw new Error(`${path}?${query} answered ${status}: ${JSON.stringify(body.error)}`);
    return body.data;
  };
  /** Every entry of a list, through pages of 100. */
  const all = async (path: string, query = ''): Promise<RestEntry[]> => {
    const entries: RestEntry[] = [];
    for (let page = 1; ; page++) {
      const data = await list(path, `${query}&pagination[page]=${page}&pagination[pageSize]=100`);
      entries.push(...data);
      if (data.length < 100) return entries;
    }
  };
  return { get, list, all };
}

export type ContractClient = ReturnType<typeof createContractClient>;
