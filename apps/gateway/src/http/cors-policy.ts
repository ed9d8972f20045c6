/**
 * Who may read an answer from a page of another origin: `anyone` for public open data read
 * with GET or HEAD, `allow-list` for GraphQL and every other open-data request (an Open311
 * POST), which the configured origins decide.
 */
export type CorsAudience = 'anyone' | 'allow-list';

/** The headers a page of another origin may read besides the simple ones. */
const EXPOSED = 'x-request-id, x-missing-towns, link, cache-status';

export interface CorsPolicy {
  /** Whether a page of `origin` may read an answer meant for `audience`. */
  allows(origin: string | undefined, audience: CorsAudience): boolean;
  /**
   * The CORS headers of an answer: `Access-Control-Allow-Origin` (`*`, or the origin itself
   * when it is on the list) and the exposed headers, or nothing for an origin not allowed;
   * `Vary: Origin` whenever the answer depends on the origin. Never Allow-Credentials: the
   * API is public and takes no cookie, so no answer may be read with a visitor's credentials.
   */
  headers(origin: string | undefined, audience: CorsAudience): Record<string, string>;
}

/**
 * The gateway's CORS policy from `GatewayConfig.corsOrigins`: `['*']` for any origin, else the
 * origins allowed (`https://app.example.org`: scheme, host and port, no path), empty for
 * none. Throws, naming the value, on anything that is not an origin.
 */
export function createCorsPolicy(corsOrigins: readonly string[]): CorsPolicy {
  const any = corsOrigins.includes('*');
  if (any && corsOrigins.length > 1)
    throw new Error(`GATEWAY_CORS_ORIGINS (corsOrigins) is either * alone or a list of origins, got "${corsOrigins.join(',')}".`);
  const allowed = new Set(any ? [] : corsOrigins.map(toOrigin));
  // With a list, the same URL answers one origin and not another: caches must keep both.
  const varies = allowed.size > 0;
  const allows = (origin: string | undefined, audience: CorsAudience) =>
    audience === 'anyone' || any || (origin !== undefined && allowed.has(origin));
  return {
    allows,
    headers(origin, audience) {
      if (audience === 'anyone' || any) return { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED };
      const vary: Record<string, string> = varies ? { vary: 'origin' } : {};
      if (!allows(origin, audience)) return vary;
      return { ...vary, 'access-control-allow-origin': origin as string, 'access-control-expose-headers': EXPOSED };
    },
  };
}

/** `https://app.example.org` as browsers send it in `Origin` (lower case, no default port). */
function toOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GATEWAY_CORS_ORIGINS (corsOrigins) takes origins such as https://app.example.org, got "${value}".`);
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !bare)
    throw new Error(
      `GATEWAY_CORS_ORIGINS (corsOrigins) takes origins (http(s)://host[:port], no path, query or credentials), got "${value}".`,
    );
  return url.origin;
}
