import type { IncomingMessage, ServerResponse } from 'node:http';

/** A file the gateway serves from memory (GraphiQL's, the dashboard's). */
export interface Asset {
  body: Buffer;
  contentType: string;
  /** A digest of the body: the ETag (and the `v` GraphiQL's page asks for). */
  version: string;
}

/**
 * Answers a GET or HEAD with a file: 304 when the client holds this version (ETag), 405 for
 * another method. `headers` go with every answer (cache policy, CSP).
 */
export function sendAsset(asset: Asset, headers: Record<string, string>, req: IncomingMessage, res: ServerResponse): void {
  const etag = `"${asset.version}"`;
  const all = { 'content-type': asset.contentType, etag, 'x-content-type-options': 'nosniff', ...headers };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('GET or HEAD only.\n');
    return;
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, all).end();
    return;
  }
  res.writeHead(200, { ...all, 'content-length': asset.body.length });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}
