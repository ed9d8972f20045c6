import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StaticApp } from './load-static-app';
import { sendAsset } from './send-asset';
import { IMMUTABLE } from './serve-graphiql-asset';

/**
 * The dashboard's page may run only its own scripts and talk only to this gateway; ECharts
 * sets inline styles, and a chart saved as an image is a data: URL.
 */
export const DASHBOARD_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * Answers the dashboard's paths (`/dashboard`, `/dashboard/`, its files) and returns false for
 * any other. Vite names its built files by their content (`assets/index-<hash>.js`): cached for a
 * year; the page itself is revalidated on every visit, so a new build shows at once.
 */
export function serveDashboard(app: StaticApp, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const root = app.prefix.slice(0, -1);
  if (url.pathname === root) {
    res.writeHead(308, { location: `${app.prefix}${url.search}` }).end();
    return true;
  }
  if (!url.pathname.startsWith(app.prefix)) return false;
  const path = url.pathname === app.prefix ? `${app.prefix}index.html` : url.pathname;
  const asset = app.files.get(path);
  if (!asset) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end('Not found.\n');
    return true;
  }
  const hashed = path.startsWith(`${app.prefix}assets/`);
  sendAsset(asset, { 'cache-control': hashed ? IMMUTABLE : 'no-cache', ...DASHBOARD_PAGE_HEADERS }, req, res);
  return true;
}
