import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Asset } from './send-asset';

/** A built web app held in memory: its files by the path they are asked at (`/dashboard/assets/...`). */
export interface StaticApp {
  prefix: string;
  files: ReadonlyMap<string, Asset>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
/** A dashboard is a few files: more, or bigger, is not the app the setting meant. */
const MAX_FILES = 200;
const MAX_BYTES = 20_000_000;

/**
 * Reads a built app (Vite's `dist/`) once, at start: the files exist then or the start fails
 * naming the folder. Only these files can ever be served, whatever path a client asks: no
 * path reaches the file system after start. Files of unknown types are left out.
 */
export function loadStaticApp(dir: string, prefix: string): StaticApp {
  const files = new Map<string, Asset>();
  let bytes = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TYPES[extname(entry.name)]) {
        const body = readFileSync(path);
        bytes += body.length;
        if (files.size >= MAX_FILES || bytes > MAX_BYTES)
          throw new Error(`${dir}: more than ${MAX_FILES} files or ${MAX_BYTES} bytes; is it a built app?`);
        const version = createHash('sha256').update(body).digest('hex').slice(0, 16);
        files.set(`${prefix}${relative(dir, path).split(sep).join('/')}`, { body, contentType: TYPES[extname(entry.name)]!, version });
      }
    }
  };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`The dashboard's folder ${dir} does not exist: build it (npm run build -w @communes/dashboard).`);
  walk(dir);
  if (!files.has(`${prefix}index.html`)) throw new Error(`${dir} has no index.html: build the dashboard first.`);
  return { prefix, files };
}
