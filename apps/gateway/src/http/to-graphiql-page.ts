/**
 * The landing page's headers. Scripts come from the gateway only (no inline script: `start.js`
 * is a file), it talks to the gateway only (`connect-src 'self'`), fonts are the data: URIs in
 * GraphiQL's CSS, and no other site may frame it. No 'unsafe-eval'. Styles allow
 * 'unsafe-inline' because GraphiQL's dialogs (settings, short keys) lock scrolling with a
 * `<style>` element whose text depends on the scrollbar's width, so no hash can name it; the
 * Chromium test opens one and fails on any violation, which the browser reports on the console.
 */
export const GRAPHIQL_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  // The same URL answers JSON to other clients: no cache may keep the page for them.
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The landing page: GraphiQL from the gateway's own files (`urls`, by file name, relative). */
export function toGraphiqlPage(urls: Readonly<Record<string, string>>): string {
  const url = (name: string) => {
    const found = urls[name];
    if (!found) throw new Error(`The GraphiQL page needs ${name}, which is not among its files.`);
    return found;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Communes gateway · GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${url('graphiql.min.css')}">
<link rel="stylesheet" href="${url('page.css')}">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${url('react.production.min.js')}"></script>
<script src="${url('react-dom.production.min.js')}"></script>
<script src="${url('graphiql.min.js')}"></script>
<script src="${url('start.js')}"></script>
</body>
</html>
`;
}
