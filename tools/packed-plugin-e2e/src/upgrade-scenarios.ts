import { execFile } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type RunningGateway, startGateway } from '@communes/gateway';
import { createTemporaryPostgresDatabase, startTownProcess } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packFolder } from '@communes/members';
import { makePluginVersion } from './plugin-version';
import { newsItems, writeAsEditor } from './write-as-editor';

const run = promisify(execFile);
const NEWS = '@communes/strapi-plugin-news';
const COUNCIL = '@communes/strapi-plugin-council';
const RENAME = { kind: 'news-item', from: 'topics', to: 'themes' };
const referenceTownDir = () => dirname(require.resolve('@communes/town/package.json'));
type Town = Awaited<ReturnType<typeof startTownProcess>>;
type News = { documentId: string; headline: string; channels: string[]; town: { code: string } };
type Answer = {
  towns: { code: string; plugins: { domain: string; version: string; modelFingerprint: string }[] }[];
  all: { nodes: News[]; missingTowns: string[] };
  walloon: { nodes: News[]; missingTowns: string[] };
  memberships: { nodes: { role: string; town: { code: string } }[]; missingTowns: string[] };
};

/** Installs plugin versions into the app, as its operator would (npm install of the packages). */
async function installVersions(app: string, specs: string[]) {
  const packages = specs.map((spec) => spec.replace('file:', './'));
  await run('npm', ['install', ...packages, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: app,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** A council member of the town's council: a content type the older council plugin does not have. */
const councilMembership = [
  { key: 'council', uid: 'plugin::communes-council.organization', data: { name: 'Conseil communal', organizationType: 'council' } },
  { key: 'anne', uid: 'plugin::communes-council.person', data: { name: 'Anne Lambert', familyName: 'Lambert', givenName: 'Anne' } },
  { uid: 'plugin::communes-council.membership', data: { organization: { ref: 'council' }, person: { ref: 'anne' }, role: 'Conseillère' } },
];

const QUERY = `{
  towns { code plugins { domain version modelFingerprint } }
  all: newsItems(first: 20, orderBy: [{ field: headline, direction: ASC }]) { nodes { documentId headline channels town { code } } missingTowns }
  walloon: newsItems(first: 20, filters: { channels: { contains: wallonia } }) { nodes { documentId headline channels town { code } } missingTowns }
  memberships(first: 20) { nodes { role town { code } } missingTowns }
}`;

/**
 * Towns upgrade when they can. The member's app that member:new made and installed (`app()`,
 * today's council and news plugins, packed) is given older ones, made from the model before
 * news items had channels and before the council had memberships, packed as 0.0.9: it runs
 * beside the reference town on today's plugins, behind one gateway; then its operator installs
 * today's plugins again and starts it: its news is all there. On SQLite, then on PostgreSQL.
 * Reusing the installed app spares a second install of Strapi (minutes on CI's two cores):
 * each version is one `npm install` of the tarballs.
 */
export function defineUpgradeScenarios(app: () => string, root: () => string) {
  describe('two versions of the council and news plugins side by side, and an upgrade that keeps the data', () => {
    let olderSpecs: string[];
    let currentSpecs: string[];
    let renamingSpec: string;
    let current: Town | undefined;
    let older: Town | undefined;
    let gateway: RunningGateway | undefined;
    const databases: { drop(): Promise<void> }[] = [];

    beforeAll(async () => {
      const olderNews = makePluginVersion({
        domain: 'news',
        without: { 'news-item': ['channels'] },
        version: '0.0.9',
        into: join(root(), 'older-news'),
      });
      const olderCouncil = makePluginVersion({
        domain: 'council',
        without: {},
        withoutKinds: ['membership'],
        version: '0.0.9',
        into: join(root(), 'older-council'),
      });
      const { dependencies } = JSON.parse(readFileSync(join(app(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      currentSpecs = [dependencies[NEWS]!, dependencies[COUNCIL]!];
      olderSpecs = [await packFolder(olderNews, app()), await packFolder(olderCouncil, app())];
      // A later release: news items' topics become themes, and the plugin ships the rename.
      const renamingNews = makePluginVersion({ domain: 'news', renames: [RENAME], version: '0.2.0', into: join(root(), 'renaming-news') });
      renamingSpec = await packFolder(renamingNews, app());
    }, 120_000);

    afterAll(async () => {
      await Promise.all([gateway?.stop(), current?.stop(), older?.stop()]);
      await Promise.all(databases.map((d) => d.drop()));
    });

    const scenario = (database: 'sqlite' | 'postgres') =>
      it(`serves both versions, then upgrades the older town with its data (${database})`, async () => {
        // What a failed scenario left running is stopped before this one takes its place.
        await Promise.all([gateway?.stop(), current?.stop(), older?.stop()]);
        const url = async () => {
          if (database === 'sqlite') return '';
          const created = await createTemporaryPostgresDatabase('communes_upgrade');
          databases.push(created);
          return created.url;
        };
        const olderEnv = { TOWN_DATA_DIR: join(root(), `fleurus-${database}`), DATABASE_URL: await url(), PORT: '0' };
        const currentEnv = {
          TOWN_CODE: 'namur',
          TOWN_NAME: 'Namur',
          TOWN_LOCALES: 'fr',
          TOWN_PLUGINS: 'council,news',
          TOWN_DATA_DIR: join(root(), `namur-${database}`),
          DATABASE_URL: await url(),
        };
        await installVersions(app(), olderSpecs);
        await Promise.all([
          writeAsEditor(
            app(),
            olderEnv,
            newsItems([
              { headline: 'Fermeture de la piscine', datePublished: '2026-05-01T08:00:00.000Z', topics: ['sports'] },
              { headline: 'Travaux rue Haute', datePublished: '2026-05-02T08:00:00.000Z', topics: ['mobility'] },
            ]),
          ),
          writeAsEditor(referenceTownDir(), currentEnv, [
            ...newsItems([
              { headline: 'Marché de printemps', datePublished: '2026-05-03T08:00:00.000Z', topics: ['economics'], channels: ['wallonia'] },
            ]),
            ...councilMembership,
          ]),
        ]);
        [older, current] = await Promise.all([startTownProcess({ appDir: app(), env: olderEnv }), startTownProcess({ env: currentEnv })]);
        const registryFile = join(root(), `towns-${database}.json`);
        // Written whole (renamed over), as member:new does: the gateway never reads half a file.
        const registry = (olderUrl: string) => {
          const towns = [
            { code: 'fleurus', name: 'Fleurus', url: olderUrl, locales: ['fr'] },
            { code: 'namur', name: 'Namur', url: current!.url, locales: ['fr'] },
          ];
          writeFileSync(`${registryFile}.new`, JSON.stringify({ towns }));
          renameSync(`${registryFile}.new`, registryFile);
        };
        registry(older.url);
        gateway = await startGateway({ registryFile, port: 0, host: '127.0.0.1', logLevel: 'error', cacheTtlMs: 0 });
        const ask = async () => {
          const response = await fetch(gateway!.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: QUERY }),
          });
          return (await response.json()) as {
            data?: Answer;
            errors?: unknown[];
            extensions?: { notes?: { code: string; town: string }[] };
          };
        };

        const before = await ask();
        expect(before.errors).toBeUndefined();
        const news = (answer: Answer, code: string) => answer.towns.find((t) => t.code === code)!.plugins.find((p) => p.domain === 'news')!;
        expect(news(before.data!, 'fleurus').version).toBe('0.0.9');
        expect(news(before.data!, 'namur').version).toBe('0.1.0');
        expect(news(before.data!, 'fleurus').modelFingerprint).not.toBe(news(before.data!, 'namur').modelFingerprint);
        // A region query returns both towns; the field the older version lacks is empty there, not an error.
        expect(before.data!.all.nodes.map((n) => [n.town.code, n.headline, n.channels])).toEqual([
          ['fleurus', 'Fermeture de la piscine', []],
          ['namur', 'Marché de printemps', ['wallonia']],
          ['fleurus', 'Travaux rue Haute', []],
        ]);
        // A filter on it finds what the newer town has; the older one has nothing to match, and nothing is missing.
        expect(before.data!.walloon).toEqual({ nodes: [expect.objectContaining({ headline: 'Marché de printemps' })], missingTowns: [] });
        // A content type the older version lacks: the newer town's entries, none of the older one's, nothing missing.
        expect(before.data!.memberships).toEqual({ nodes: [{ role: 'Conseillère', town: { code: 'namur' } }], missingTowns: [] });
        expect(before.extensions?.notes?.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
          expect.objectContaining({ code: 'TOWN_LACKS_FIELD', town: 'fleurus', field: 'channels' }),
          expect.objectContaining({ code: 'TOWN_LACKS_KIND', town: 'fleurus', kind: 'membership', plugin: COUNCIL, version: '0.0.9' }),
        ]);

        // The upgrade: stop, install today's plugin, start on the same data.
        await older.stop();
        older = undefined;
        await installVersions(app(), currentSpecs);
        older = await startTownProcess({ appDir: app(), env: olderEnv });
        registry(older.url);
        // The gateway reloads the registry (the town's new address, so its manifest is read again).
        let after = await ask();
        for (let i = 0; i < 100 && (after.errors || news(after.data!, 'fleurus').version !== '0.1.0'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          after = await ask();
        }
        expect(after.errors).toBeUndefined();
        expect(news(after.data!, 'fleurus')).toEqual(news(after.data!, 'namur'));
        const council = (answer: Answer, code: string) =>
          answer.towns.find((t) => t.code === code)!.plugins.find((p) => p.domain === 'council')!;
        expect(council(after.data!, 'fleurus')).toEqual(council(after.data!, 'namur'));
        // Every entry kept, by id: the upgrade lost nothing.
        const kept = (answer: Answer) => answer.all.nodes.filter((n) => n.town.code === 'fleurus').map((n) => [n.documentId, n.headline]);
        expect(kept(after.data!)).toEqual(kept(before.data!));
        expect(after.data!.all.nodes.filter((n) => n.town.code === 'fleurus').map((n) => n.channels)).toEqual([[], []]);
        // Upgraded, it serves the field: the filter asks it, and no note is left.
        expect(after.extensions?.notes).toBeUndefined();

        // The later release renames a field and ships the rename: each value is kept under the new name, once.
        await older.stop();
        older = undefined;
        await installVersions(app(), [renamingSpec]);
        for (const start of ['upgraded', 'started again']) {
          older = await startTownProcess({ appDir: app(), env: olderEnv });
          const served = (await (await fetch(`${older.url}/api/communes-news/news-items?sort[0]=headline:asc`)).json()) as {
            data: Record<string, unknown>[];
          };
          expect(
            served.data.map((item) => [item.headline, item.themes, item.topics]),
            start,
          ).toEqual([
            ['Fermeture de la piscine', ['sports'], undefined],
            ['Travaux rue Haute', ['mobility'], undefined],
          ]);
          await older.stop();
          older = undefined;
        }

        await Promise.all([gateway.stop(), current.stop()]);
        [gateway, older, current] = [undefined, undefined, undefined];
      }, 600_000);

    scenario('sqlite');
    scenario('postgres');
  });
}
