/** What a Strapi REST call answered. */
export interface RestAnswer<T = unknown> {
  status: number;
  body: {
    data: T;
    meta?: { pagination: { page?: number; pageSize?: number; pageCount?: number; total: number; start?: number; limit?: number } };
    error?: { status: number; name: string; message: string; details?: { param?: string; key?: string } };
  };
}

export type Entry = Record<string, unknown> & { documentId: string };

/** A tiny client for a town's REST API; `query` is a raw query string, as front ends send it. */
export function createTownHttpClient(api: string) {
  const get = async <T = Entry[]>(path: string, query = ''): Promise<RestAnswer<T>> => {
    const response = await fetch(`${api}${path}${query ? `?${query}` : ''}`);
    return { status: response.status, body: (await response.json()) as RestAnswer<T>['body'] };
  };
  /** Every entry of a list, through pages of 100. */
  const all = async (path: string, query = ''): Promise<Entry[]> => {
    const entries: Entry[] = [];
    for (let page = 1; ; page++) {
      const { status, body } = await get(path, `${query}${query ? '&' : ''}pagination[page]=${page}&pagination[pageSize]=100`);
      if (status !== 200) throw new Error(`${path}?${query}: HTTP ${status} ${JSON.stringify(body.error)}`);
      entries.push(...body.data);
      if (page >= (body.meta?.pagination.pageCount ?? 0)) return entries;
    }
  };
  return { get, all };
}
