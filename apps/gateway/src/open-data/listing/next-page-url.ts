/**
 * The address of a listing's next page: the same request, from the gateway's public origin,
 * resuming `after` the cursor where this page stopped.
 */
export function nextPageUrl(publicOrigin: string, url: URL, after: string): string {
  const next = new URL(`${url.pathname}${url.search}`, publicOrigin);
  next.searchParams.set('after', after);
  return next.toString();
}
