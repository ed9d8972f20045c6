import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const secret = () => randomBytes(24).toString('base64');

/** A native module's compiled binary, from the workspace's install into the app's copy of the same version. */
function copyNativeBinary(name: string, file: string, app: string) {
  const workspaceDir = packageDir(name);
  const appDir = join(app, 'node_modules', name);
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  if (version(workspaceDir) !== version(appDir))
    throw new Error(`${name}: the app has ${version(appDir)}, the workspace ${version(workspaceDir)}; pin the workspace's version.`);
  mkdirSync(dirname(join(appDir, file)), { recursive: true });
  copyFileSync(join(workspaceDir, file), join(appDir, file));
}

/** A town's Strapi app as `create-strapi` would leave it, reduced to what a headless API needs. */
function writeMinimalApp(dir: string, tarballs: Record<string, string>) {
  const dependencies = {
    ...tarballs,
    '@strapi/plugin-users-permissions': '5.54.0',
    '@strapi/strapi': '5.54.0',
    'better-sqlite3': '12.9.0',
    // What create-strapi adds for the admin panel's build (the workspace's versions).
    react: '18.3.1',
    'react-dom': '18.3.1',
    'react-router-dom': '6.30.6',
    'styled-components': '6.6.0',
  };
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'a-town', private: true, dependencies, allowScripts: { 'better-sqlite3': true } }, null, 2),
    'config/server.js': `module.exports = { host: '127.0.0.1', port: 0, app: { keys: ${JSON.stringify([secret(), secret()])} } };`,
    'config/admin.js': `module.exports = { auth: { secret: '${secret()}' }, apiToken: { salt: '${secret()}' }, transfer: { token: { salt: '${secret()}' } }, secrets: { encryptionKey: '${secret()}' } };`,
    'config/database.js': `module.exports = { connection: { client: 'sqlite', connection: { filename: __dirname + '/../data.db' }, useNullAsDefault: true } };`,
    'config/plugins.js': `module.exports = { 'users-permissions': { config: { jwtSecret: '${secret()}' } }, 'communes-core': { config: { town: { code: 'villers', name: 'Villers-la-Ville' }, locales: ['fr'] } } };`,
    'config/middlewares.js': `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];`,
    'config/logger.js': `module.exports = { level: 'warn' };`,
    'public/uploads/.gitkeep': '',
    // Creates one entry as an editor would, then serves the API.
    'serve.js': `
      const { createStrapi } = require('@strapi/strapi');
      (async () => {
        const strapi = createStrapi({ appDir: __dirname, distDir: __dirname, autoReload: false, serveAdminPanel: false });
        await strapi.load();
        await strapi.documents('plugin::communes-news.news-item').create({
          locale: 'fr', status: 'published',
          data: { headline: 'Fermeture de la piscine', datePublished: '2026-05-01T08:00:00.000Z', topics: ['sports'] },
        });
        await strapi.listen();
        const uids = Object.keys(strapi.contentTypes).filter((uid) => uid.includes('communes-'));
        console.log(JSON.stringify({ url: 'http://127.0.0.1:' + strapi.server.httpServer.address().port, uids }));
      })().catch((error) => { console.error(error); process.exit(1); });`,
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

function serve(dir: string): Promise<{ child: ChildProcess; url: string; uids: string[] }> {
  const child = spawn(process.execPath, ['serve.js'], {
    cwd: dir,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ child, ...JSON.parse(line) });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The app exited (${code}):\n${output.slice(-3000)}`)));
  });
}

/** The path a real town takes: npm pack, npm install into its own Strapi app, start, read. */
describe('a packed plugin installed into a fresh Strapi app', () => {
  const root = mkdtempSync(join(tmpdir(), 'communes-packed-'));
  const app = join(root, 'app');
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    const tarballs: Record<string, string> = {};
    // Published beside the plugins: the kit's own dependency, @communes/domain, and the admin
    // inputs every domain plugin ships (built into the admin panel only when a town builds one).
    const packages = [
      '@communes/domain',
      '@communes/strapi-kit',
      '@communes/strapi-admin-kit',
      '@communes/strapi-plugin-core',
      '@communes/strapi-plugin-news',
    ];
    for (const name of packages) {
      const before = new Set(readdirSync(root));
      await run('npm', ['pack', '--pack-destination', root, '--silent'], { cwd: packageDir(name) });
      const tarball = readdirSync(root).find((file) => !before.has(file))!;
      tarballs[name] = `file:../${tarball}`;
    }
    writeMinimalApp(app, tarballs);
    // From npm's cache where it can: the workspace's install already fetched every package.
    // Without install scripts: the one the app allows is better-sqlite3's, which compiles
    // SQLite from source where no prebuilt binary can be downloaded (here, and in CI), as the
    // workspace's own install did already for this Node. Its binary is taken from there: the
    // same package version (the app pins the workspace's), Node and machine; nothing of ours is in it.
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: app,
      maxBuffer: 64 * 1024 * 1024,
    });
    copyNativeBinary('better-sqlite3', 'build/Release/better_sqlite3.node', app);
    server = await serve(app);
    // 57 s alone on 2 cores (157 s while the install compiled SQLite); 810 s beside the other suites before.
  }, 1_200_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  it("registers the plugin's content types", () => {
    expect(server.uids).toEqual(['plugin::communes-news.news-item']);
  });

  it("serves the plugin's content to the public over REST, with no setup by hand", async () => {
    const response = await fetch(`${server.url}/api/communes-news/news-items`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { headline: string; locale: string }[] };
    expect(body.data).toEqual([expect.objectContaining({ headline: 'Fermeture de la piscine', locale: 'fr' })]);
  });

  it('guards the query as in the reference town', async () => {
    const response = await fetch(`${server.url}/api/communes-news/news-items?pagination[pageSize]=1000`);
    expect(response.status).toBe(400);
  });

  // A town that builds its admin panel compiles the plugin's admin entry and the inputs of the
  // packed kit (TypeScript and TSX under node_modules). Compiled here with the esbuild the
  // app installed (Vite's, which Strapi's build runs), Strapi's own modules left out: a file
  // missing from a tarball, or one that does not compile, fails as in a town's build. Strapi's
  // whole build (over 3 minutes beside the other suites) runs in tools/editor-e2e, on the
  // reference town.
  it("compiles the plugin's admin entry with the Communes inputs, in the editor's words", async () => {
    const esbuild = require(require.resolve('esbuild', { paths: [app] })) as typeof import('esbuild');
    const entry = require.resolve('@communes/strapi-plugin-news/strapi-admin', { paths: [app] });
    expect(entry.startsWith(join(app, 'node_modules'))).toBe(true);
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: app,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      // As Vite writes it: the editor's words as they are, not as \u escapes.
      charset: 'utf8',
      logLevel: 'silent',
      external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-intl', 'react-router-dom', 'styled-components', '@strapi/*'],
    });
    const bundled = result.outputFiles.map((file) => file.text).join('\n');
    // The plugin's admin entry, and the kit's own words (compiled from the packed TSX sources).
    const found = ['communes-news', 'Ajouter un horaire', 'Choisissez d’abord le type de signalement'].filter((text) =>
      bundled.includes(text),
    );
    expect(found).toEqual(['communes-news', 'Ajouter un horaire', 'Choisissez d’abord le type de signalement']);
  });

  it("lists the plugin in the town's manifest", async () => {
    const manifest = (await (await fetch(`${server.url}/api/communes-core/manifest`)).json()) as {
      town: unknown;
      locales: string[];
      plugins: { packageName: string }[];
    };
    expect(manifest.town).toEqual({ code: 'villers', name: 'Villers-la-Ville' });
    expect(manifest.locales).toEqual(['fr']);
    expect(manifest.plugins.map((p) => p.packageName)).toEqual(['@communes/strapi-plugin-news']);
  });
});
