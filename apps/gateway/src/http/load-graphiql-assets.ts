import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';
import { toGraphiqlPage } from './to-graphiql-page';
import { toGraphiqlStartScript } from './to-graphiql-start-script';

import type { Asset } from './send-asset';

export interface GraphiqlAssets {
  /** The landing page: GraphiQL, with no URL outside the gateway. */
  html: string;
  /** The files the page loads, by path: `/graphiql/graphiql.min.js`... */
  files: ReadonlyMap<string, Asset>;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

// The gateway's own resolution, under Vitest's module runner as well as in dist/.
const { resolve } = createRequire(__filename);
/** Where a package's file is: `react/umd/...` is outside React's `exports`, its folder is not. */
const inPackage = (name: string, file: string) => join(dirname(resolve(`${name}/package.json`)), file);

/** Full height, nothing else: a file, since the page's CSP allows no inline style. */
const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/**
 * The landing page and its files, read once at start from the installed packages (graphiql
 * 3.8.3's UMD bundle, React 18's UMD builds): the page works with no internet and sends
 * nothing anywhere but the gateway (GraphiQL has no telemetry). A missing package fails the
 * start, naming the file.
 */
export function loadGraphiqlAssets(): GraphiqlAssets {
  const sources: [string, string | Buffer, string][] = [
    ['react.production.min.js', readFileSync(inPackage('react', 'umd/react.production.min.js')), JS],
    ['react-dom.production.min.js', readFileSync(inPackage('react-dom', 'umd/react-dom.production.min.js')), JS],
    ['graphiql.min.js', readFileSync(resolve('graphiql/graphiql.min.js')), JS],
    ['graphiql.min.css', readFileSync(resolve('graphiql/graphiql.min.css')), CSS],
    ['page.css', PAGE_CSS, CSS],
    ['start.js', toGraphiqlStartScript(GRAPHIQL_EXAMPLES), JS],
  ];
  const files = new Map<string, Asset>();
  const urls: Record<string, string> = {};
  for (const [name, content, contentType] of sources) {
    const body = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
    files.set(`/graphiql/${name}`, { body, contentType, version });
    // Relative: the page is at /graphql or /, behind a path prefix too.
    urls[name] = `graphiql/${name}?v=${version}`;
  }
  return { html: toGraphiqlPage(urls), files };
}
