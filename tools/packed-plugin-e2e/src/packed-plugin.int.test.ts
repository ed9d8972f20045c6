import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MESSAGES, TOWNS_QUERY, type TownRow, townsTable } from '@communes/dashboard/testing';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { type RunningGateway, startGateway } from '@communes/gateway';
import { type AddedMember, addMember, removeFromRegistry } from '@communes/members';
import { startTownProcess } from '@communes/town';
import { defineUpgradeScenarios } from './upgrade-scenarios';
import { newsItems, writeAsEditor } from './write-as-editor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Polls until `check` passes: the gateway reloads its registry when the file changes. */
async function eventually(check: () => Promise<void>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The path a new member takes: `npm run member:new` packs the plugins with npm pack, makes
 * its own Strapi app with them (from the reference town), installs it with npm install,
 * starts it once and adds it to the registry of a gateway that is already running.
 */
const root = mkdtempSync(join(tmpdir(), 'communes-packed-'));
const app = join(root, 'villers');

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a new member made by member:new, from packed plugins', () => {
  const registryFile = join(root, 'towns.json');
  let neighbour: FakeTown;
  let gateway: RunningGateway;
  let added: AddedMember;
  let member: Awaited<ReturnType<typeof startTownProcess>>;
  const lines: string[] = [];

  const query = async <T>(text: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };

  beforeAll(async () => {
    neighbour = await startFakeTown({ code: 'seneffe', name: 'Seneffe', entries: {} });
    writeFileSync(registryFile, JSON.stringify({ towns: [{ code: 'seneffe', name: 'Seneffe', url: neighbour.url, locales: ['fr'] }] }));
    gateway = await startGateway({ registryFile, port: 0, host: '127.0.0.1', logLevel: 'error', cacheTtlMs: 0 });
    added = await addMember(
      {
        action: 'add',
        code: 'villers',
        name: 'Villers-la-Ville',
        kind: 'town',
        locales: ['fr'],
        // Two plugins: the upgrade below gives each an older version (a field, then a content type, added since).
        domains: ['council', 'news'],
        groups: { province: 'brabant-wallon' },
        subscriptions: ['walloonBrabant', 'member:seneffe'],
        networkUrl: gateway.url,
        dir: app,
        registryFile,
        start: false,
        // Outside the workspace: it installs its own packages from the packed ones all the same.
        install: false,
        seed: false,
      },
      (line) => lines.push(line),
    );
    await writeAsEditor(
      app,
      {},
      newsItems([{ headline: 'Fermeture de la piscine', datePublished: '2026-05-01T08:00:00.000Z', topics: ['sports'] }]),
    );
    // As its operator does: npm start in its folder (the port it was given is in member.json).
    member = await startTownProcess({ appDir: app, env: { PORT: new URL(added.entry.url).port } });
    // 57 s alone on 2 cores for the pack, install and start of the minimal app before; 810 s beside the other suites.
  }, 1_200_000);

  afterAll(async () => {
    await member?.stop();
    await gateway?.stop();
    await neighbour?.stop();
  });

  it('installs the packed plugins, not the workspace’s', () => {
    const dependencies = (JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
      .dependencies;
    expect(dependencies['@communes/strapi-plugin-news']).toMatch(/^file:vendor\/communes-strapi-plugin-news-.*\.tgz$/);
    expect(dependencies['@communes/strapi-plugin-council']).toMatch(/^file:vendor\/communes-strapi-plugin-council-.*\.tgz$/);
    expect(dependencies['@communes/strapi-plugin-urbanism']).toBeUndefined();
    expect(statSync(join(app, 'node_modules', '@communes', 'strapi-plugin-news')).isDirectory()).toBe(true);
  });

  it("serves the plugin's content to the public over REST, with no setup by hand", async () => {
    const response = await fetch(`${member.url}/api/communes-news/news-items`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { headline: string; locale: string }[] };
    expect(body.data).toEqual([expect.objectContaining({ headline: 'Fermeture de la piscine', locale: 'fr' })]);
  });

  it('guards the query as in the reference town', async () => {
    const response = await fetch(`${member.url}/api/communes-news/news-items?pagination[pageSize]=1000`);
    expect(response.status).toBe(400);
  });

  it('has only the plugins it chose, and lists them in its manifest', async () => {
    const manifest = (await (await fetch(`${member.url}/api/communes-core/manifest`)).json()) as {
      town: unknown;
      locales: string[];
      plugins: { packageName: string }[];
    };
    expect(manifest.town).toEqual({ code: 'villers', name: 'Villers-la-Ville' });
    expect(manifest.locales).toEqual(['fr']);
    expect(manifest.plugins.map((p) => p.packageName).sort()).toEqual(['@communes/strapi-plugin-council', '@communes/strapi-plugin-news']);
    expect((await fetch(`${member.url}/api/communes-urbanism/planning-applications`)).status).toBe(404);
  });

  it('made its secrets at its first start, in its data folder only, readable by its owner only', () => {
    const secretsFile = join(added.dir, 'data', 'villers', 'secrets.json');
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as { appKeys: string[]; jwtSecret: string };
    const written = ['package.json', 'member.json', 'README.md', 'config/server.js', 'config/plugins.js'].map((f) =>
      readFileSync(join(app, f), 'utf8'),
    );
    for (const value of [...secrets.appKeys, secrets.jwtSecret]) expect(written.filter((text) => text.includes(value))).toEqual([]);
    expect(readFileSync(join(app, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['data/', 'node_modules/', '.env']));
    expect(statSync(registryFile).mode & 0o777).toBe(0o600);
  });

  it('is federated by the running gateway, without a restart: towns, a region query, OParl, the dashboard', async () => {
    const { data } = await query<{ towns: { code: string; kind: string; status: { state: string }; subscriptions: string[] }[] }>(
      '{ towns { code kind status { state } subscriptions } }',
    );
    // What it follows, from its member.json, through its manifest.
    expect(data!.towns).toEqual([
      { code: 'seneffe', kind: 'TOWN', status: { state: 'UP' }, subscriptions: [] },
      { code: 'villers', kind: 'TOWN', status: { state: 'UP' }, subscriptions: ['walloonBrabant', 'member:seneffe'] },
    ]);
    const news = await query<{ newsItems: { nodes: { headline: string; town: { code: string } }[] } }>(
      '{ newsItems(first: 5) { nodes { headline town { code } } } }',
    );
    expect(news.errors).toBeUndefined();
    expect(news.data!.newsItems.nodes).toEqual([{ headline: 'Fermeture de la piscine', town: { code: 'villers' } }]);
    const bodies = (await (await fetch(`${new URL(gateway.url).origin}/oparl/v1/bodies`)).json()) as {
      data: { shortName: string; classification: string }[];
    };
    expect(bodies.data.map((b) => [b.shortName, b.classification])).toContainEqual(['villers', 'Municipality']);
    const dashboard = await query<{ towns: TownRow[] }>(TOWNS_QUERY);
    const table = townsTable(dashboard.data!.towns, MESSAGES.fr, 'fr');
    expect(table.rows.find((row) => row[0] === 'Villers-la-Ville')?.slice(0, 3)).toEqual(['Villers-la-Ville', 'Commune', 'UP']);
    expect(table.rows.find((row) => row[0] === 'Villers-la-Ville')?.[table.columns.indexOf(MESSAGES.fr.follows)]).toBe(
      'Province du Brabant wallon, Seneffe',
    );
  });

  // A town that builds its admin panel compiles the plugin's admin entry and the inputs of the
  // packed kit (TypeScript and TSX under node_modules). Compiled here with the esbuild the
  // app installed (Vite's, which Strapi's build runs), Strapi's own modules left out: a file
  // missing from a tarball, or one that does not compile, fails as in a town's build. Strapi's
  // whole build (over 3 minutes beside the other suites) runs in tools/editor-e2e, on the
  // reference town.
  it.each([
    ['@communes/strapi-plugin-news', ['communes-news', 'Ajouter un horaire', 'Choisissez d’abord le type de signalement']],
    ['@communes/strapi-plugin-core', ['communes-core', 'Partage entre membres', 'Un membre ne se suit pas lui-même', 'Dans le réseau :']],
  ])("compiles %s's admin entry with the Communes inputs and pages, in the editor's words", async (plugin, words) => {
    const esbuild = require(require.resolve('esbuild', { paths: [app] })) as typeof import('esbuild');
    const entry = require.resolve(`${plugin}/strapi-admin`, { paths: [app] });
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
    expect(words.filter((text) => bundled.includes(text))).toEqual(words);
  });

  // Last: it takes the member out.
  it('leaves the gateway when taken out (--remove), its folder and data kept', async () => {
    expect(removeFromRegistry(registryFile, 'villers')).toBe(true);
    await eventually(async () => {
      const { data } = await query<{ towns: { code: string }[] }>('{ towns { code } }');
      expect(data!.towns.map((t) => t.code)).toEqual(['seneffe']);
    });
    const news = await query<{ newsItems: { nodes: unknown[] } }>('{ newsItems(first: 5) { nodes { headline } } }');
    expect(news.data!.newsItems.nodes).toEqual([]);
    expect(statSync(join(app, 'data', 'villers', 'town.db')).isFile()).toBe(true);
    expect(removeFromRegistry(registryFile, 'villers')).toBe(false);
  });
});

// Then, on the app it installed: an older plugin version beside today's, and the upgrade.
defineUpgradeScenarios(
  () => app,
  () => root,
);
