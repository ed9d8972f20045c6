import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorsAudience, CorsPolicy } from './cors-policy';

/** What GraphQL takes from a page of another origin. */
const GRAPHQL_METHODS = 'GET, POST, OPTIONS';
/**
 * The request headers a page may send: JSON bodies, the two headers that satisfy Apollo's
 * CSRF prevention on a GET, and a request id of its own. No Authorization: the API is public.
 */
const GRAPHQL_REQUEST_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';
/** How long a browser may reuse a preflight's answer: Chromium's ceiling, two hours. */
const MAX_AGE_SECONDS = '7200';

const READS = ['GET', 'HEAD'];

/** Which endpoints a request is for: CORS is for GraphQL and open data, not for `/metrics`. */
export type CorsRoute = 'graphql' | 'open-data';

/**
 * The one place CORS is decided, for GraphQL and every open-data route: sets the answer's
 * CORS headers and answers a preflight itself when it can. Open data read with GET or HEAD
 * is public (any origin); anything else follows the allow-list. A preflight from an origin
 * not allowed is refused with 403 and no CORS header (the browser then fails the request
 * with a TypeError; the 403 tells a developer why in the network panel). An allowed
 * preflight to GraphQL is answered 204 here, before Apollo, whose CSRF prevention would
 * refuse an OPTIONS; one to open data goes on to the route, which names its methods.
 * Returns true when the request has been answered.
 */
export function applyCors(policy: CorsPolicy, route: CorsRoute, req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  const method = req.method ?? 'GET';
  const requested = req.headers['access-control-request-method'];
  const preflight = method === 'OPTIONS' && origin !== undefined && typeof requested === 'string';
  // A preflight asks on behalf of the method to come; a plain OPTIONS only lists methods.
  const asked = preflight ? requested.toUpperCase() : method;
  const audience: CorsAudience = route === 'open-data' && (READS.includes(asked) || asked === 'OPTIONS') ? 'anyone' : 'allow-list';
  for (const [name, value] of Object.entries(policy.headers(origin, audience))) res.setHeader(name, value);
  if (!preflight) {
    if (route === 'graphql' && method === 'OPTIONS') {
      res.writeHead(204, { allow: GRAPHQL_METHODS }).end();
      return true;
    }
    return false;
  }
  if (!policy.allows(origin, audience)) {
    const message = `Origin ${origin.slice(0, 200)} may not ${asked.slice(0, 20)} here: the gateway's GATEWAY_CORS_ORIGINS does not list it.`;
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] });
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    return true;
  }
  res.setHeader('access-control-max-age', MAX_AGE_SECONDS);
  if (route === 'open-data') return false;
  res
    .writeHead(204, {
      allow: GRAPHQL_METHODS,
      'access-control-allow-methods': GRAPHQL_METHODS,
      'access-control-allow-headers': GRAPHQL_REQUEST_HEADERS,
    })
    .end();
  return true;
}
