import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypeNamed, namingOf } from '@communes/domain';
import { startGateway } from '@communes/gateway';
import { type Harvester, startHarvester, type TownSource } from '@communes/harvester';
import { countLiveEntries, type IndexDatabase, readLiveEntries, searchIndex } from '@communes/regional-index';
import { loadTown, stopTown } from '@communes/town';
import type { Core } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid as never;
const NEWS = uid('news-item');
const MEETING = uid('meeting');
const ITEM = uid('agenda-item');
const TOKEN = 'a-test-notification-token-of-32-chars';

type Doc = { documentId: string };
type Row = { document_id: string; locale: string; removed: string | null; data: Record<string, unknown> | null };

/** A port nothing listens on: a town that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The town as an older plugin version serves it: the same API without the change feed. */
async function startWithoutFeed(target: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/api/communes-core/changes')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end('{"data":null,"error":{"status":404,"name":"NotFoundError","message":"Not Found"}}');
    }
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/**
 * A real town (Strapi, written through its Document Service as editors write it) harvested
 * into a real index: everything published reaches the index through the town's change feed,
 * and what is unpublished or deleted leaves it as a tombstone. `openIndex` opens a fresh index.
 */
export function defineHarvestSuite(
  name: string,
  getDatabaseUrl: () => Promise<string | undefined>,
  openIndex: () => Promise<IndexDatabase>,
) {
  describe(`harvesting a town on ${name}`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'communes-harvest-'));
    let strapi: Core.Strapi;
    let url: string;
    let index: IndexDatabase;
    let harvester: Harvester;
    let withoutFeed: Server;
    let downPort: number;

    const documents = (type: never) => strapi.documents(type);
    const rows = (kind: string, town = 'feedtown') =>
      index.query<Row>(
        'select document_id, locale, removed, data from index_entries where town = $1 and kind = $2 order by document_id, locale',
        [town, kind],
      );
    const row = async (documentId: string, locale: string) =>
      (
        await index.query<Row>(
          "select document_id, locale, removed, data from index_entries where town = 'feedtown' and document_id = $1 and locale = $2",
          [documentId, locale],
        )
      )[0];
    const news = async (headline: string, extra: Record<string, unknown> = {}) =>
      (await documents(NEWS).create({
        locale: 'fr',
        data: { headline, datePublished: '2026-11-30T09:00:00.000Z', ...extra },
      } as never)) as Doc;

    beforeAll(async () => {
      index = await openIndex();
      const towns: TownSource[] = [];
      harvester = await startHarvester({
        index,
        towns: () => towns,
        // Only notifications and harvestNow: the test decides when the index moves.
        intervalMs: 3_600_000,
        timeoutMs: 5_000,
        backoffMs: 60_000,
        notifyToken: TOKEN,
        port: 0,
      });
      const tokenFile = join(dataDir, 'harvester-token');
      writeFileSync(tokenFile, TOKEN);
      Object.assign(process.env, {
        TOWN_CODE: 'feedtown',
        TOWN_LOCALES: 'fr,nl',
        TOWN_DATA_DIR: dataDir,
        TOWN_LOG_LEVEL: 'warn',
        PORT: '0',
        // The town tells the harvester itself when its feed moves.
        TOWN_HARVESTER_NOTIFY_URL: `${harvester.url}/notify/feedtown`,
        TOWN_HARVESTER_NOTIFY_TOKEN_FILE: tokenFile,
      });
      const databaseUrl = await getDatabaseUrl();
      if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
      else delete process.env.DATABASE_URL;
      strapi = await loadTown();
      await strapi.listen();
      url = `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}`;
      withoutFeed = await startWithoutFeed(url);
      downPort = await closedPort();
      towns.push(
        { code: 'feedtown', url },
        { code: 'oldtown', url: `http://127.0.0.1:${(withoutFeed.address() as AddressInfo).port}` },
        { code: 'downtown', url: `http://127.0.0.1:${downPort}` },
      );
    });

    afterAll(async () => {
      await harvester?.stop();
      await index?.close();
      await new Promise((resolve) => withoutFeed?.close(resolve));
      if (strapi) await stopTown(strapi);
      delete process.env.TOWN_HARVESTER_NOTIFY_URL;
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('puts what a town publishes into the index, every locale, relations as documentIds, and no draft', async () => {
      const draft = await news('Brouillon: ne pas publier');
      const item = await news('Travaux à la rue de Liège', { summary: 'Les hôtels restent accessibles.' });
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      await documents(NEWS).update({ documentId: item.documentId, locale: 'nl', data: { headline: 'Werken in de Luikstraat' } } as never);
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'nl' } as never);
      const meeting = (await documents(MEETING).create({
        locale: 'fr',
        data: { name: 'Conseil de décembre', start: '2026-12-15T19:00:00.000Z' },
      } as never)) as Doc;
      const agendaItem = (await documents(ITEM).create({
        locale: 'fr',
        data: {
          meeting: meeting.documentId,
          order: 0,
          number: '1',
          name: 'Budget 2027',
          public: false,
          resolutionText: 'Texte confidentiel',
        },
      } as never)) as Doc;
      await documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never);

      await harvester.harvestNow(['feedtown']);

      expect((await rows('news-item')).map((r) => `${r.document_id}:${r.locale}:${r.data?.headline}`)).toEqual([
        `${item.documentId}:fr:Travaux à la rue de Liège`,
        `${item.documentId}:nl:Werken in de Luikstraat`,
      ]);
      const all = JSON.stringify(await index.query('select * from index_entries'));
      expect(all).not.toContain(draft.documentId);
      expect(all).not.toContain('Brouillon');
      const [meetingRow] = await rows('meeting');
      expect((meetingRow!.data!.agendaItems as Doc[]).map((i) => i.documentId)).toEqual([agendaItem.documentId]);
      // The closed item as the town serves it to anyone: its title and flag, not its resolution.
      const [closed] = await rows('agenda-item');
      expect(closed!.data).toMatchObject({ name: 'Budget 2027', public: false });
      expect(all).not.toContain('Texte confidentiel');
      expect(closed!.data).not.toHaveProperty('resolutionText');
      // Found by the words of its locale, whatever their accents.
      expect((await searchIndex(index, { text: 'liege hotel', locale: 'fr' })).map((hit) => hit.documentId)).toContain(item.documentId);
      expect(harvester.states().get('feedtown')).toMatchObject({ source: 'feed', failures: 0, lastError: null });
      expect(harvester.states().get('feedtown')!.lastSequence).toBe(harvester.states().get('feedtown')!.feedLatest);
    });

    it('follows an edit, an unpublish and a delete, and leaves tombstones', async () => {
      const [item] = (await rows('news-item')).map((r) => r.document_id);
      await documents(NEWS).update({ documentId: item, locale: 'fr', data: { headline: 'Travaux prolongés' } } as never);
      await harvester.harvestNow(['feedtown']);
      // A draft edit is not public: the index still holds the published headline.
      expect((await row(item!, 'fr'))!.data!.headline).toBe('Travaux à la rue de Liège');

      await documents(NEWS).publish({ documentId: item, locale: 'fr' } as never);
      await harvester.harvestNow(['feedtown']);
      expect((await row(item!, 'fr'))!.data!.headline).toBe('Travaux prolongés');

      await documents(NEWS).unpublish({ documentId: item, locale: 'nl' } as never);
      await harvester.harvestNow(['feedtown']);
      expect(await row(item!, 'nl')).toMatchObject({ removed: 'unpublish', data: null });
      expect(await row(item!, 'fr')).toMatchObject({ removed: null });

      await documents(NEWS).delete({ documentId: item, locale: '*' } as never);
      await harvester.harvestNow(['feedtown']);
      expect(await row(item!, 'fr')).toMatchObject({ removed: 'delete', data: null });
      expect(await countLiveEntries(index, { kind: 'news-item', towns: ['feedtown'] })).toBe(0);
    });

    const waitForRow = async (documentId: string, locale: string) => {
      for (let waited = 0; !(await row(documentId, locale)) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      return row(documentId, locale);
    };

    it('follows a publication within moments, because the town notifies the harvester itself', async () => {
      const item = await news('Marché de Noël');
      const published = Date.now();
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      expect((await waitForRow(item.documentId, 'fr'))?.data?.headline).toBe('Marché de Noël');
      console.log(`publish to index, notified by the town: ${Date.now() - published} ms (${name})`);
    });

    it('takes a notification as a Strapi webhook sends it, and refuses one without the token', async () => {
      const refused = await fetch(`${harvester.url}/notify/feedtown`, {
        method: 'POST',
        headers: { authorization: 'Bearer wrong' },
        body: '{}',
      });
      expect(refused.status).toBe(401);
      expect(
        (await fetch(`${harvester.url}/notify/nowhere`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } })).status,
      ).toBe(404);
      const tooLarge = await fetch(`${harvester.url}/notify/feedtown`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
        body: 'x'.repeat(1_100_000),
      }).catch(() => undefined);
      expect(tooLarge === undefined || tooLarge.status === 413).toBe(true);

      // A town that does not notify by itself (no TOWN_HARVESTER_NOTIFY_URL), with a webhook set in its admin panel.
      const notified = await fetch(`${harvester.url}/notify/oldtown`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'entry.publish', model: 'news-item', entry: { documentId: 'aaaaaaaaaaaaaaaaaaaaaaaa' } }),
      });
      expect(notified.status).toBe(202);
      expect(await notified.json()).toEqual({ accepted: 'oldtown' });
    });

    it('reads a town without a change feed whole, and takes out what it no longer serves', async () => {
      await harvester.harvestNow(['oldtown']);
      expect(harvester.states().get('oldtown')).toMatchObject({ source: 'sweep', failures: 0 });
      const live = async (town: string, kind: string) =>
        (await readLiveEntries(index, { kind, towns: [town] })).map((e) => `${e.documentId}:${e.locale}`).sort();
      for (const kind of ['news-item', 'meeting', 'agenda-item'])
        expect(await live('oldtown', kind), kind).toEqual(await live('feedtown', kind));

      const [item] = await readLiveEntries(index, { kind: 'news-item', towns: ['oldtown'] });
      await documents(NEWS).unpublish({ documentId: item!.documentId, locale: 'fr' } as never);
      await harvester.harvestNow(['oldtown']);
      expect(await live('oldtown', 'news-item')).not.toContain(`${item!.documentId}:fr`);
    });

    it('retries a town that is down with backoff, and never holds up the others', async () => {
      const item = await news('Pendant la panne');
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      // The harvester's own round may have tried it already: count from here.
      const failed = harvester.states().get('downtown')?.failures ?? 0;
      await harvester.harvestNow();
      const down = harvester.states().get('downtown')!;
      expect(down).toMatchObject({ failures: failed + 1, lastSuccess: null });
      expect(down.lastError).toMatch(/^TOWN_UNAVAILABLE: downtown: /);
      expect(down.lastError).not.toContain(String(downPort));
      expect(down.nextAttempt!.getTime()).toBeGreaterThan(Date.now() + 30_000);
      expect(await row(item.documentId, 'fr')).toMatchObject({ removed: null });

      await harvester.harvestNow(['downtown']);
      expect(harvester.states().get('downtown')!.failures).toBe(failed + 2);
      const status = (await (await fetch(`${harvester.url}/status`)).json()) as { towns: { code: string; failures: number }[] };
      expect(status.towns.map((t) => [t.code, t.failures])).toEqual([
        ['feedtown', 0],
        ['oldtown', 0],
        ['downtown', failed + 2],
      ]);
    });

    it('exports a kind from the index as CSV and NDJSON, through a gateway over HTTP', async () => {
      const formula = await news('=HYPERLINK("http://evil.example/","Cliquez")', {
        summary: 'Une ligne; avec "guillemets", et\nun retour',
      });
      await documents(NEWS).publish({ documentId: formula.documentId, locale: 'fr' } as never);
      await harvester.harvestNow(['feedtown']);
      const root = mkdtempSync(join(tmpdir(), 'communes-export-'));
      const registryFile = join(root, 'towns.json');
      writeFileSync(
        registryFile,
        JSON.stringify({ towns: [{ code: 'feedtown', name: 'Feedtown', url, locales: ['fr', 'nl'], groups: { region: 'test' } }] }),
      );
      const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', index });
      const bare = await startGateway({ registryFile, port: 0, logLevel: 'silent' });
      try {
        const origin = new URL(gateway.url).origin;
        const live = await readLiveEntries(index, { kind: 'news-item', towns: ['feedtown'] });
        const csv = await fetch(`${origin}/export/news-items.csv?group=test`);
        expect(csv.status).toBe(200);
        expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
        expect(csv.headers.get('x-index-oldest-sync')).toBe(harvester.states().get('feedtown')!.lastSuccess!.toISOString());
        const text = await csv.text();
        const lines = text.split('\r\n');
        expect(lines[0]!.startsWith('town,documentId,locale,headline,')).toBe(true);
        // One record per live version; the summary's line break stays inside its quoted cell.
        expect(text.match(/\r\n/g)).toHaveLength(live.length + 1);
        expect(text).toContain('"Une ligne; avec ""guillemets"", et\nun retour"');
        expect(text).toContain('"=HYPERLINK(""http://evil.example/"",""Cliquez"")"');

        // Read as bytes: fetch's text() drops the byte-order mark Excel needs.
        const excel = Buffer.from(
          await (await fetch(`${origin}/export/news-items.csv?excel=true&labels=fr&locale=fr`)).arrayBuffer(),
        ).toString('utf8');
        expect(excel.startsWith('\uFEFFtown;documentId;locale;headline;')).toBe(true);
        expect(excel).toContain(`"'=HYPERLINK(""http://evil.example/"",""Cliquez"")"`);

        const ndjson = (await (await fetch(`${origin}/export/news-items.ndjson?town=feedtown&locale=fr`)).text())
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(ndjson.map((row) => row.documentId).sort()).toEqual(
          live
            .filter((e) => e.locale === 'fr')
            .map((e) => e.documentId)
            .sort(),
        );
        expect(ndjson[0]).toMatchObject({ town: 'feedtown', locale: 'fr', topics: [] });

        const filtered = await (await fetch(`${origin}/export/news-items.ndjson?filters[datePublished][gte]=2027-01-01`)).text();
        expect(filtered).toBe('');
        const bad = await fetch(`${origin}/export/news-items.csv?filters[headline][gte]=x&fields=a`);
        expect(bad.status).toBe(400);
        expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('BAD_PARAMETER');
        // GraphQL says how fresh the index is for each town, and nothing without an index.
        const harvestOf = async (endpoint: string) =>
          (
            (await (
              await fetch(endpoint, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: '{ towns { code harvest { source lastSuccess failures lastError behind } } }' }),
              })
            ).json()) as { data: { towns: { code: string; harvest: Record<string, unknown> | null }[] } }
          ).data.towns;
        expect(await harvestOf(gateway.url)).toEqual([
          {
            code: 'feedtown',
            harvest: {
              source: 'FEED',
              lastSuccess: harvester.states().get('feedtown')!.lastSuccess!.toISOString(),
              failures: 0,
              lastError: null,
              behind: 0,
            },
          },
        ]);
        expect(await harvestOf(bare.url)).toEqual([{ code: 'feedtown', harvest: null }]);

        const none = await fetch(`${new URL(bare.url).origin}/export/news-items.csv`);
        expect(none.status).toBe(503);
        expect(((await none.json()) as { error: { code: string } }).error.code).toBe('INDEX_UNAVAILABLE');
      } finally {
        await gateway.stop();
        await bare.stop();
        rmSync(root, { recursive: true, force: true });
      }
    });

    it("answers a region's GraphQL lists and search from the index, as the towns answer them live", async () => {
      const accented = await news('Marché de Noël à Liège', { summary: 'Chalets et vin chaud' });
      await documents(NEWS).publish({ documentId: accented.documentId, locale: 'fr' } as never);
      const draft = await news('Brouillon à Liège');
      await harvester.harvestNow(['feedtown', 'oldtown']);
      const root = mkdtempSync(join(tmpdir(), 'communes-region-'));
      const registryFile = join(root, 'towns.json');
      const oldtown = `http://127.0.0.1:${(withoutFeed.address() as AddressInfo).port}`;
      writeFileSync(
        registryFile,
        JSON.stringify({
          towns: [
            { code: 'feedtown', name: 'Feedtown', url, locales: ['fr', 'nl'], groups: { region: 'test' } },
            { code: 'oldtown', name: 'Oldtown', url: oldtown, locales: ['fr', 'nl'], groups: { region: 'test' } },
          ],
        }),
      );
      const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', index, cacheTtlMs: 0 });
      const bare = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
      type Page = {
        nodes: { documentId: string; headline: string; town: { code: string } }[];
        totalCount: number;
        source: string;
        complete: boolean;
      };
      const list = async (endpoint: string, args: string) => {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ newsItems(${args}) { nodes { documentId headline town { code } } totalCount source complete } }`,
          }),
        });
        const body = (await response.json()) as { data?: { newsItems: Page }; errors?: unknown[] };
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return body.data!.newsItems;
      };
      try {
        for (const args of [
          'first: 100',
          'first: 100, locale: ["de", "fr"]',
          'first: 100, locale: ["nl", "fr"], filters: { headline: { containsi: "liège" } }',
          'first: 100, orderBy: [{ field: headline, direction: ASC }]',
          'first: 100, filters: { headline: { containsi: "liège" } }',
          'last: 3, group: "test"',
        ]) {
          const [fromIndex, fromTowns] = [await list(gateway.url, args), await list(bare.url, args)];
          expect([fromIndex.source, fromTowns.source]).toEqual(['INDEX', 'LIVE']);
          expect(fromIndex.complete).toBe(true);
          expect(fromIndex.totalCount, args).toBe(fromTowns.totalCount);
          expect(fromIndex.nodes, args).toEqual(fromTowns.nodes);
          // Read in Dutch, the town has no news: none from the index either.
          if (!args.includes('"nl"')) expect(fromIndex.nodes.length, args).toBeGreaterThan(0);
        }
        // Case folded beyond ASCII, where a SQLite town's own $containsi folds only A to Z.
        const folded = await list(gateway.url, 'first: 100, filters: { headline: { containsi: "LIÈGE" } }');
        expect(folded.nodes.map((n) => n.headline)).toEqual(['Marché de Noël à Liège', 'Marché de Noël à Liège']);
        const search = (await (
          await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: '{ search(text: "marches liege", first: 10) { nodes { ... on NewsItem { documentId headline } } source } }',
            }),
          })
        ).json()) as { data: { search: { nodes: { documentId: string; headline: string }[]; source: string } } };
        expect(search.data.search.source).toBe('INDEX');
        // Found in both towns (the same Strapi), folded and stemmed; never the draft.
        expect(search.data.search.nodes.map((n) => n.headline)).toEqual(['Marché de Noël à Liège', 'Marché de Noël à Liège']);
        expect(search.data.search.nodes.some((n) => n.documentId === draft.documentId)).toBe(false);
      } finally {
        await gateway.stop();
        await bare.stop();
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('resumes from the index after a restart, without reading the feed from the start again', async () => {
      const before = harvester.states().get('feedtown')!;
      await harvester.stop();
      harvester = await startHarvester({ index, towns: [{ code: 'feedtown', url }], intervalMs: 3_600_000 });
      expect(harvester.states().get('feedtown')!.lastSequence).toBe(before.lastSequence);
      const item = await news('Après redémarrage');
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      await harvester.harvestNow(['feedtown']);
      expect(harvester.states().get('feedtown')!.lastSequence).toBe(before.lastSequence + 1);
      expect((await row(item.documentId, 'fr'))?.data?.headline).toBe('Après redémarrage');
    });
  });
}
