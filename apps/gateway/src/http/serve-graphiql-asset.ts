import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphiqlAssets } from './load-graphiql-assets';
import { sendAsset } from './send-asset';

/** A year: the page asks for each file with its digest (`?v=`), so a new build is a new URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Answers a GET or HEAD for one of the landing page's files (`/graphiql/...`), and returns
 * false for any other path. The file the page names (`?v=` its digest) is cached for a year;
 * asked for without it or with another, it must be revalidated (ETag).
 */
export function serveGraphiqlAsset(assets: GraphiqlAssets, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const asset = assets.files.get(url.pathname);
  if (!asset) return false;
  sendAsset(asset, { 'cache-control': url.searchParams.get('v') === asset.version ? IMMUTABLE : 'no-cache' }, req, res);
  return true;
}
