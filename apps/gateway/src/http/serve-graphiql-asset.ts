import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphiqlAssets } from './load-graphiql-assets';

/** A year: the page asks for each file with its digest (`?v=`), so a new build is a new URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Answers a GET or HEAD for one of the landing page's files (`/graphiql/...`), and returns
 * false for any other path. The file the page names (`?v=` its digest) is cached for a year;
 * asked for without it or with another, it must be revalidated (ETag).
 */
export function serveGraphiqlAsset(assets: GraphiqlAssets, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const asset = assets.files.get(url.pathname);
  if (!asset) return false;
  const etag = `"${asset.version}"`;
  const headers = {
    'content-type': asset.contentType,
    'cache-control': url.searchParams.get('v') === asset.version ? IMMUTABLE : 'no-cache',
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('GET or HEAD only.\n');
    return true;
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  res.writeHead(200, { ...headers, 'content-length': asset.body.length });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
  return true;
}
