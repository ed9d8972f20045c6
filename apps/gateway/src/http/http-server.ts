import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../resolvers/gateway-context';
import type { Logger } from '../logger';
import type { OpenDataContext, OpenDataRoute } from '../open-data/open-data-route';

export interface HttpRoutes {
  apollo: ApolloServer<GatewayContext>;
  context: (requestId: string) => GatewayContext;
  maxBodyBytes: number;
  healthz: () => Promise<{ ok: boolean; body: unknown }>;
  readyz: () => Promise<{ ok: boolean; body: unknown }>;
  metrics: () => Promise<{ contentType: string; body: string }>;
  logger: Logger;
  /** Open-data endpoints (OParl, Open311, feeds...), tried before the 404. */
  openData: { routes: readonly OpenDataRoute[]; context: (base: Pick<OpenDataContext, 'req' | 'res' | 'url' | 'requestId' | 'readBody'>) => OpenDataContext };
}

export class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
  return createServer(async (req, res) => {
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
        return res.end(body);
      }
      if (url.pathname !== '/graphql' && url.pathname !== '/') {
        const context = routes.openData.context({ req, res, url, requestId, readBody: () => readBody(req, routes.maxBodyBytes) });
        for (const route of routes.openData.routes) if (await route.handle(context)) return;
        return json(res, 404, { error: 'Not found: the GraphQL endpoint is /graphql; open data is listed in the README.' });
      }

      const body = req.method === 'POST' ? await readBody(req, routes.maxBodyBytes) : '';
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      let parsed: unknown = body;
      if (body && /json/.test(headers.get('content-type') ?? '')) {
        try {
          parsed = JSON.parse(body);
        } catch {
          return json(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
        }
      }
      const response = await routes.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: async () => routes.context(requestId),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof BodyTooLarge) return json(res, 413, { errors: [{ message: `The request body is over ${routes.maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, { connection: 'close' });
      routes.logger.error('request failed', { requestId, error: (error as Error).message });
      if (!res.headersSent) json(res, 500, { errors: [{ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
}
