import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** An entry to write: its content type, and its data, where `{ ref: 'key' }` is the documentId of the entry written before it under that key. */
export interface EditorEntry {
  key?: string;
  uid: string;
  data: Record<string, unknown>;
}

/** News items, as `writeAsEditor` takes them. */
export const newsItems = (items: Record<string, unknown>[]): EditorEntry[] =>
  items.map((data) => ({ uid: 'plugin::communes-news.news-item', data }));

/** Entries written, published, in French, as an editor would (Strapi's document service, in the app's folder), before it serves. */
export async function writeAsEditor(app: string, env: Record<string, string>, entries: EditorEntry[]) {
  const script = `
    const { loadTown, stopTown } = require('./lib/load-town');
    const isRef = (value) => typeof value === 'object' && value !== null && typeof value.ref === 'string';
    loadTown().then(async (strapi) => {
      const ids = new Map();
      for (const { key, uid, data } of ${JSON.stringify(entries)}) {
        const resolved = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, isRef(value) ? ids.get(value.ref) : value]));
        ids.set(key, (await strapi.documents(uid).create({ locale: 'fr', status: 'published', data: resolved })).documentId);
      }
      await stopTown(strapi);
    }).then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });`;
  await run(process.execPath, ['-e', script], {
    cwd: app,
    env: { ...process.env, ...env, TOWN_LOG_LEVEL: 'warn', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
}
