/**
 * The address of a listing's next page: the same request, from the gateway's public origin,
 * resuming `after` the cursor where this page stopped. `resolved` holds the parameters the
 * request left to a default that moves (a calendar's `from`, "30 days ago"): written out, so
 * that the next page asks for the same list, which the cursor is only good for.
 */
export function nextPageUrl(publicOrigin: string, url: URL, after: string, resolved: Record<string, string> = {}): string {
  const next = new URL(`${url.pathname}${url.search}`, publicOrigin);
  for (const [name, value] of Object.entries(resolved)) if (!next.searchParams.get(name)) next.searchParams.set(name, value);
  next.searchParams.set('after', after);
  return next.toString();
}
