import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../resolvers/gateway-context';
import type { Logger } from '../logger';
import type { OpenDataContext, OpenDataRoute } from '../open-data/open-data-route';
import type { GatewayConfig } from '../config';
import type { OperationCache } from '../cache/operation-cache';
import { applyCors } from './apply-cors';
import type { CorsPolicy } from './cors-policy';
import type { GraphiqlAssets } from './load-graphiql-assets';
import { BodyTooLarge, readBody } from './read-body';
import { sendBodyTooLarge } from './send-body-too-large';
import type { StaticApp } from './load-static-app';
import { serveDashboard } from './serve-dashboard';
import { serveGraphiqlAsset } from './serve-graphiql-asset';
import { GRAPHIQL_PAGE_HEADERS } from './to-graphiql-page';

// Open311 reads its form with the same limit, and tells this error apart.
export { BodyTooLarge } from './read-body';

export interface HttpRoutes {
  apollo: ApolloServer<GatewayContext>;
  context: (requestId: string) => GatewayContext;
  maxBodyBytes: number;
  /** Whole answers of cacheable operations; absent when the cache is off (a TTL of 0). */
  operationCache?: OperationCache;
  /** Counts the operation cache's hits and misses. */
  countOperationCache?: (result: 'hit' | 'miss') => void;
  /** Node's server timeouts: a client sending its headers or body slowly, or idling, is cut off. */
  timeouts: GatewayConfig['serverTimeouts'];
  healthz: () => Promise<{ ok: boolean; body: unknown }>;
  readyz: () => Promise<{ ok: boolean; body: unknown }>;
  metrics: () => Promise<{ contentType: string; body: string }>;
  logger: Logger;
  /** Which pages of other origins may read GraphQL and open data. */
  cors: CorsPolicy;
  /** The landing page's files, under `/graphiql/`; absent when the landing page is off (no introspection). */
  graphiql?: GraphiqlAssets;
  /** The region's dashboard, under `/dashboard/`; absent when the gateway serves none. */
  dashboard?: StaticApp;
  /** Open-data endpoints (OParl, Open311, feeds...), tried before the 404. */
  openData: {
    routes: readonly OpenDataRoute[];
    context: (base: Pick<OpenDataContext, 'req' | 'res' | 'url' | 'requestId' | 'readBody'>) => OpenDataContext;
  };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/**
 * The gateway's HTTP server, on Node's own http module: GraphQL through Apollo Server's
 * integration API, and the operational endpoints beside it. A request id (the client's
 * `x-request-id`, or a new one) follows the request to the towns and into the logs.
 */
export function createHttpServer(routes: HttpRoutes): Server {
  const { headersMs, requestMs, keepAliveMs } = routes.timeouts;
  if (requestMs > 0 && headersMs > requestMs)
    throw new Error(
      `serverTimeouts.headersMs (${headersMs}) must not exceed serverTimeouts.requestMs (${requestMs}): the headers are part of the request.`,
    );
  return createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      keepAliveTimeout: keepAliveMs,
      // Node looks for expired headers and requests this often (30 s by default, which would
      // let a 10 s headers timeout last 40 s).
      connectionsCheckingInterval: Math.max(10, Math.min(1000, ...[headersMs, requestMs].filter((ms) => ms > 0))),
    },
    (req, res) => void handle(routes, req, res),
  );
}

/** One request: the operational endpoints, open data, else GraphQL; failures masked. */
async function handle(routes: HttpRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = String(req.headers['x-request-id'] ?? '').slice(0, 100) || randomUUID();
  res.setHeader('x-request-id', requestId);
  const url = new URL(req.url ?? '/', 'http://gateway');
  try {
    if (url.pathname === '/healthz' || url.pathname === '/readyz') {
      const { ok, body } = await (url.pathname === '/healthz' ? routes.healthz() : routes.readyz());
      return json(res, ok ? 200 : 503, body);
    }
    if (url.pathname === '/metrics') {
      const { contentType, body } = await routes.metrics();
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
      return;
    }
    if (routes.graphiql && serveGraphiqlAsset(routes.graphiql, req, res, url)) return;
    if (routes.dashboard && serveDashboard(routes.dashboard, req, res, url)) return;
    const graphql = url.pathname === '/graphql' || url.pathname === '/';
    if (applyCors(routes.cors, graphql ? 'graphql' : 'open-data', req, res)) return;
    if (!graphql) {
      const context = routes.openData.context({ req, res, url, requestId, readBody: () => readBody(req, routes.maxBodyBytes) });
      for (const route of routes.openData.routes) if (await route.handle(context)) return;
      return json(res, 404, { error: 'Not found: the GraphQL endpoint is /graphql; open data is listed in the README.' });
    }

    const body = req.method === 'POST' ? await readBody(req, routes.maxBodyBytes) : '';
    const cache = routes.operationCache;
    const key = cache && (req.method === 'GET' || req.method === 'POST') ? cache.keyOf(req, url.search, body) : undefined;
    if (key) {
      const cached = await cache!.get(key);
      routes.countOperationCache?.(cached ? 'hit' : 'miss');
      if (cached) {
        // RFC 9211: a client, or a proxy's operator, sees what answered and for how long.
        res.writeHead(200, {
          'content-type': cached.contentType,
          'cache-status': `communes-gateway; hit; ttl=${Math.ceil(cached.ttlMs / 1000)}`,
        });
        res.end(cached.body);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    let parsed: unknown = body;
    if (body && /json/.test(headers.get('content-type') ?? '')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return json(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    let context: GatewayContext | undefined;
    const response = await routes.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => (context = routes.context(requestId)),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // HTML from Apollo is the landing page (graphiqlLandingPagePlugin): its CSP goes with it.
    if (response.headers.get('content-type')?.startsWith('text/html'))
      for (const [name, value] of Object.entries(GRAPHIQL_PAGE_HEADERS)) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      const stored = key && context?.answer.cacheable && res.statusCode === 200;
      if (key) res.setHeader('cache-status', `communes-gateway; fwd=miss${stored ? '; stored' : ''}`);
      // Kept before it is sent: a client that repeats it at once, on any replica, finds it.
      if (stored) await cache!.set(key, response.headers.get('content-type') ?? 'application/json', response.body.string);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    if (error instanceof BodyTooLarge && !res.headersSent) return sendBodyTooLarge(req, res, error);
    routes.logger.error('request failed', { requestId, error: (error as Error).message, stack: (error as Error).stack });
    if (!res.headersSent) json(res, 500, { errors: [{ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    else res.end();
  }
}
