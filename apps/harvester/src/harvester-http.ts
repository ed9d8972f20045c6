import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HarvesterHttpOptions {
  host: string;
  port: number;
  notifyToken: string | undefined;
  isTown(code: string): boolean;
  notify(code: string): void;
  status(): unknown;
}

/** The most of a notification's body read (Strapi's webhook sends the entry; it is not used). */
const MAX_BODY = 1_000_000;
const NOTIFY = /^\/notify\/([a-z][a-z0-9-]{1,62})$/;

const digest = (text: string) => createHash('sha256').update(text).digest();

const send = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
};

/** Reads and drops a request's body, refusing one that is too large. */
const drain = (request: IncomingMessage): Promise<boolean> =>
  new Promise((resolve) => {
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(false);
        request.destroy();
      }
    });
    request.on('end', () => resolve(true));
    request.on('error', () => resolve(false));
  });

/**
 * The harvester's endpoints. `POST /notify/<town>`: a town says it changed (a Strapi webhook
 * on publish, unpublish and delete, with `Authorization: Bearer <token>`), and is harvested
 * at once; the body is ignored, the feed says what changed. `GET /status`: every town's
 * harvest state. `GET /healthz`.
 */
export async function startHarvesterHttp(options: HarvesterHttpOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const expected = options.notifyToken ? digest(options.notifyToken) : undefined;
  const server = createServer(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const notify = NOTIFY.exec(path);
    if (notify && request.method === 'POST') {
      if (!(await drain(request)))
        return send(response, 413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'A notification is at most 1 MB.' } });
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!expected || !given || !timingSafeEqual(digest(given), expected))
        return send(response, 401, {
          error: { code: 'UNAUTHENTICATED', message: 'A notification carries the harvester token: Authorization: Bearer <token>.' },
        });
      if (!options.isTown(notify[1]!))
        return send(response, 404, { error: { code: 'UNKNOWN_TOWN', message: `No town ${notify[1]} is harvested here.` } });
      options.notify(notify[1]!);
      return send(response, 202, { accepted: notify[1] });
    }
    if (request.method === 'GET' && path === '/status') return send(response, 200, options.status());
    if (request.method === 'GET' && path === '/healthz') return send(response, 200, { status: 'ok' });
    send(response, 404, {
      error: { code: 'NOT_FOUND', message: 'The harvester serves POST /notify/<town>, GET /status and GET /healthz.' },
    });
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
