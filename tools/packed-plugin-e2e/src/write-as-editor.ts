import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** News items written as an editor would (Strapi's document service, in the app's folder), before it serves. */
export async function writeAsEditor(app: string, env: Record<string, string>, items: Record<string, unknown>[]) {
  const script = `
    const { loadTown, stopTown } = require('./lib/load-town');
    loadTown().then(async (strapi) => {
      for (const data of ${JSON.stringify(items)})
        await strapi.documents('plugin::communes-news.news-item').create({ locale: 'fr', status: 'published', data });
      await stopTown(strapi);
    }).then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });`;
  await run(process.execPath, ['-e', script], {
    cwd: app,
    env: { ...process.env, ...env, TOWN_LOG_LEVEL: 'warn', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
}
