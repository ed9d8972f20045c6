import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypeNamed, namingOf } from '@communes/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

const uid = (singular: string) => namingOf(contentTypeNamed(singular)).uid as never;
const NEWS = uid('news-item');
const MEETING = uid('meeting');
const ITEM = uid('agenda-item');
const SERVICE_TYPE = uid('service-type');
const REQUEST = uid('service-request');

type Change = { sequence: number; kind: string; documentId: string; locale: string | null; action: string; time: string };
type Page = { data: Change[]; meta: { since: number; limit: number; next: number; latest: number } };
type Doc = { documentId: string };

/**
 * The town's change feed, read over HTTP as a harvester reads it, while the town is written
 * through Strapi's Document Service as the Content Manager writes it. `getDatabaseUrl` gives
 * a database (PostgreSQL) or undefined (SQLite in a temporary folder); `concurrentWriters`
 * runs the test that needs two connections at once.
 */
export function defineChangeFeedSuite(database: string, getDatabaseUrl: () => Promise<string | undefined>, concurrentWriters: boolean) {
  describe(`the change feed on ${database}`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'communes-feed-'));
    let databaseUrl: string | undefined;
    let town: InProcessTown;
    let api: string;

    const start = async () => {
      town = await startTownInProcess({ databaseUrl, locales: ['fr', 'nl'], dataDir });
      api = `${await town.listen()}/api/communes-core/changes`;
    };
    const documents = (type: never) => town.strapi.documents(type);
    const get = async (query = '') => {
      const response = await fetch(`${api}${query}`);
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as Page & { error?: { details: { param: string } } },
      };
    };
    /** Every line after `since`, page by page as a harvester follows `next`. */
    const linesAfter = async (since: number, limit = 3): Promise<Change[]> => {
      const lines: Change[] = [];
      for (let cursor = since; ; ) {
        const { body } = await get(`?since=${cursor}&limit=${limit}`);
        lines.push(...body.data);
        if (body.meta.next === cursor) return lines;
        cursor = body.meta.next;
      }
    };
    const latest = async () => (await get('?limit=1')).body.meta.latest;
    const facts = (lines: Change[]) => lines.map(({ kind, documentId, locale, action }) => ({ kind, documentId, locale, action }));
    const news = (headline: string, locale = 'fr') =>
      documents(NEWS).create({ locale, data: { headline, datePublished: '2026-11-30T09:00:00.000Z' } } as never) as Promise<Doc>;

    beforeAll(async () => {
      databaseUrl = await getDatabaseUrl();
      await start();
    });

    afterAll(async () => {
      await town?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('records a publish, a republish, a new locale, an unpublish and a delete, per locale, and no draft', async () => {
      const since = await latest();
      const draft = await news('Brouillon jamais publié');
      await documents(NEWS).update({ documentId: draft.documentId, locale: 'fr', data: { headline: 'Toujours un brouillon' } } as never);
      const item = await news('Travaux rue de la Gare');
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      // An edit of the draft is not public until it is published again.
      await documents(NEWS).update({ documentId: item.documentId, locale: 'fr', data: { headline: 'Travaux prolongés' } } as never);
      const afterEdit = await latest();
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      await documents(NEWS).update({ documentId: item.documentId, locale: 'nl', data: { headline: 'Werken Stationsstraat' } } as never);
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'nl' } as never);
      await documents(NEWS).unpublish({ documentId: item.documentId, locale: 'fr' } as never);
      await documents(NEWS).delete({ documentId: item.documentId, locale: '*' } as never);

      const lines = await linesAfter(since);
      const id = item.documentId;
      expect(facts(lines)).toEqual([
        { kind: 'news-item', documentId: id, locale: 'fr', action: 'publish' },
        { kind: 'news-item', documentId: id, locale: 'fr', action: 'update' },
        { kind: 'news-item', documentId: id, locale: 'nl', action: 'publish' },
        { kind: 'news-item', documentId: id, locale: 'fr', action: 'unpublish' },
        { kind: 'news-item', documentId: id, locale: 'nl', action: 'delete' },
      ]);
      expect(lines[1]!.sequence).toBeGreaterThan(afterEdit);
      expect(JSON.stringify(lines)).not.toContain(draft.documentId);
      for (let i = 1; i < lines.length; i++) expect(lines[i]!.sequence).toBeGreaterThan(lines[i - 1]!.sequence);
      for (const line of lines) {
        expect(Object.keys(line).sort()).toEqual(['action', 'documentId', 'kind', 'locale', 'sequence', 'time']);
        expect(Date.parse(line.time)).toBeGreaterThan(Date.parse('2026-01-01'));
      }
    });

    it('records a kind without locales with a null locale, and entries created published at once', async () => {
      const since = await latest();
      const type = (await documents(SERVICE_TYPE).create({
        locale: 'fr',
        status: 'published',
        data: { serviceCode: 'voirie-feed', name: 'Voirie', serviceKind: 'realtime' },
      } as never)) as Doc;
      const request = (await documents(REQUEST).create({
        status: 'published',
        data: { serviceType: type.documentId, requestedAt: '2026-11-30T08:00:00.000Z', description: 'Nid de poule' },
      } as never)) as Doc;
      expect(facts(await linesAfter(since))).toEqual([
        { kind: 'service-type', documentId: type.documentId, locale: 'fr', action: 'publish' },
        { kind: 'service-request', documentId: request.documentId, locale: null, action: 'publish' },
      ]);
    });

    it('records a meeting and the agenda items published with it in one go, and nothing of a publication that failed', async () => {
      const since = await latest();
      const meeting = (await documents(MEETING).create({
        locale: 'fr',
        data: { name: 'Conseil de décembre', start: '2026-12-15T19:00:00.000Z' },
      } as never)) as Doc;
      const item = (await documents(ITEM).create({
        locale: 'fr',
        data: { meeting: meeting.documentId, order: 0, name: 'Budget 2027' },
      } as never)) as Doc;
      await documents(MEETING).publish({ documentId: meeting.documentId, locale: 'fr' } as never);
      // One transaction: its lines commit together, in no particular order.
      expect(facts(await linesAfter(since)).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
        { kind: 'agenda-item', documentId: item.documentId, locale: 'fr', action: 'publish' },
        { kind: 'meeting', documentId: meeting.documentId, locale: 'fr', action: 'publish' },
      ]);

      const failing = (await documents(MEETING).create({
        locale: 'fr',
        data: { name: 'Conseil de janvier', start: '2027-01-15T19:00:00.000Z' },
      } as never)) as Doc;
      // No order: the item cannot be published, so neither can its meeting.
      await documents(ITEM).create({ locale: 'fr', data: { meeting: failing.documentId, name: 'Sans ordre' } } as never);
      const before = await latest();
      await expect(documents(MEETING).publish({ documentId: failing.documentId, locale: 'fr' } as never)).rejects.toThrow();
      expect(await linesAfter(before)).toEqual([]);
      expect(await latest()).toBe(before);
    });

    it('pages by since and limit, and says where to go on from', async () => {
      const all = await linesAfter(0, 1000);
      expect(all.length).toBeGreaterThanOrEqual(8);
      const first = await get('?limit=2');
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      expect(first.body.data.map((l) => l.sequence)).toEqual(all.slice(0, 2).map((l) => l.sequence));
      expect(first.body.meta).toEqual({ since: 0, limit: 2, next: all[1]!.sequence, latest: all.at(-1)!.sequence });
      const end = await get(`?since=${all.at(-1)!.sequence}`);
      expect(end.body).toEqual({
        data: [],
        meta: { since: all.at(-1)!.sequence, limit: 100, next: all.at(-1)!.sequence, latest: all.at(-1)!.sequence },
      });
      // A reader ahead of the feed (a town restored from a backup) is told where the feed is.
      expect((await get('?since=999999999')).body.meta).toMatchObject({ next: 999999999, latest: all.at(-1)!.sequence });
      expect(await linesAfter(0, 3)).toEqual(all);
    });

    it('refuses a bad parameter with a 400 that names it', async () => {
      for (const [query, param] of [
        ['?since=-1', 'since'],
        ['?since=abc', 'since'],
        ['?since=1e308', 'since'],
        ['?since[$gt]=1', 'since'],
        ['?limit=0', 'limit'],
        ['?limit=100000', 'limit'],
        ['?since=1&since=2', 'since'],
        ['?populate=*', 'populate'],
      ] as const) {
        const { status, body } = await get(query);
        expect(status, query).toBe(400);
        expect(body.error?.details.param, query).toBe(param);
      }
    });

    it('leaves out a kind the town took from the public, and shows it again when it is given back', async () => {
      const permission = 'plugin::users-permissions.permission';
      const action = `${NEWS}.find`;
      const granted = (await town.strapi.db.query(permission).findOne({ where: { action, role: { type: 'public' } } })) as {
        id: number;
        role?: unknown;
      };
      const role = (await town.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as { id: number };
      expect(granted).toBeTruthy();
      await town.strapi.db.query(permission).delete({ where: { id: granted.id } });
      try {
        const lines = await linesAfter(0, 1000);
        expect(lines.some((l) => l.kind === 'news-item')).toBe(false);
        expect(lines.some((l) => l.kind === 'meeting')).toBe(true);
      } finally {
        await town.strapi.db.query(permission).create({ data: { action, role: role.id } });
      }
      expect((await linesAfter(0, 1000)).some((l) => l.kind === 'news-item')).toBe(true);
    });

    it.runIf(concurrentWriters)('never shows a later change before an earlier one has committed', async () => {
      const since = await latest();
      const first = await news('Première');
      const second = await news('Seconde');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      // An editor's publication that takes its time to commit...
      const slow = town.strapi.db.transaction(async () => {
        await documents(NEWS).publish({ documentId: first.documentId, locale: 'fr' } as never);
        entered();
        await held;
      });
      await inside;
      // ... while another one, started after it, is quick.
      const quick = documents(NEWS).publish({ documentId: second.documentId, locale: 'fr' } as never);
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await linesAfter(since)).toEqual([]);
      } finally {
        release();
        await Promise.all([slow, quick]);
      }
      expect(facts(await linesAfter(since)).map((l) => l.documentId)).toEqual([first.documentId, second.documentId]);
    });

    it('keeps its lines and its numbering across a restart, with no second baseline', async () => {
      const before = await linesAfter(0, 1000);
      await town.stop();
      await start();
      expect(await linesAfter(0, 1000)).toEqual(before);
      const item = await news('Après le redémarrage');
      await documents(NEWS).publish({ documentId: item.documentId, locale: 'fr' } as never);
      const after = await linesAfter(before.at(-1)!.sequence);
      expect(facts(after)).toEqual([{ kind: 'news-item', documentId: item.documentId, locale: 'fr', action: 'publish' }]);
    });

    it('starts the feed of a town that had content before it, with every published version once and no draft', async () => {
      const published = (await town.strapi.db.query(NEWS).findMany({
        select: ['documentId', 'locale'],
        where: { publishedAt: { $notNull: true } },
      })) as { documentId: string; locale: string }[];
      const drafts = (await town.strapi.db.query(NEWS).findMany({ select: ['documentId'], where: { publishedAt: null } })) as Doc[];
      const neverPublished = drafts.filter((d) => !published.some((p) => p.documentId === d.documentId));
      expect(published.length).toBeGreaterThan(0);
      expect(neverPublished.length).toBeGreaterThan(0);
      // What a town on a plugin version without the feed holds: no table, no baseline mark.
      await town.strapi.db.getSchemaConnection().dropTable('communes_changes');
      await town.strapi.store({ type: 'plugin', name: 'communes-core' }).delete({ key: 'change-feed-baselines' });
      await town.stop();
      await start();

      const lines = await linesAfter(0, 1000);
      const newsLines = lines.filter((l) => l.kind === 'news-item');
      expect(newsLines.map((l) => `${l.documentId}:${l.locale}:${l.action}`).sort()).toEqual(
        published.map((p) => `${p.documentId}:${p.locale}:publish`).sort(),
      );
      for (const draft of neverPublished) expect(JSON.stringify(lines)).not.toContain(draft.documentId);
      expect(lines.some((l) => l.kind === 'meeting')).toBe(true);
      expect(lines[0]!.sequence).toBeGreaterThan(0);
    });
  });
}
