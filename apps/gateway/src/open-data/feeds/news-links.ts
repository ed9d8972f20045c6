/** Where a news item is readable on the gateway: its schema.org JSON-LD, the one page the gateway has for it. */
export const newsItemUrl = (origin: string, id: string): string => `${origin}/json-ld/news/${encodeURIComponent(id)}`;

/** A feed's own address, with the query that selected it, for rel="self". */
export function selfUrl(origin: string, url: URL): string {
  return `${origin}${url.pathname}${url.search}`;
}
