import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPluginManifest } from '@communes/codegen';
import { communesModel, contentTypeNamed, DOMAINS, namingOf } from '@communes/domain';
import { DEMO_TOWNS, planTown } from '@communes/seed';
import { seedTownCached } from './seed-town-cached';
import { startTownProcess } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineQueryAbuseTests } from './seeded-town-abuse';
import { createTownHttpClient, type Entry } from './town-http-client';

const TOWN = DEMO_TOWNS.find((t) => t.code === 'eupen')!;
const SCALE = 0.1;
const path = (singular: string) => namingOf(contentTypeNamed(singular)).restPath;
const MEETINGS = path('meeting');
const ITEMS = path('agenda-item');
const EVENTS = path('event');
const NEWS = path('news-item');
const REQUESTS = path('service-request');
const SERVICE_TYPES = path('service-type');
const PRIVATE = /^(requester|deviceId|accountId)/;

/** Every key of a JSON value, at any depth. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
      : [];

/**
 * The town as its users see it: seeded by the seeder, served by the town's own start script,
 * read over HTTP with Strapi's REST conventions.
 */
export function defineSeededTownSuite(database: string, getDatabaseUrl: () => Promise<string | undefined>) {
  describe(`a seeded town over HTTP on ${database}`, () => {
    const plan = planTown(TOWN, SCALE);
    const published = (type: string) => plan.filter((r) => r.type === type && !r.draft);
    const dataDir = mkdtempSync(join(tmpdir(), 'communes-e2e-'));
    let town: Awaited<ReturnType<typeof startTownProcess>>;
    let http: ReturnType<typeof createTownHttpClient>;

    beforeAll(async () => {
      const databaseUrl = await getDatabaseUrl();
      await seedTownCached({ town: TOWN.code, scale: SCALE, dataDir, databaseUrl });
      town = await startTownProcess({
        env: {
          TOWN_CODE: TOWN.code,
          TOWN_NAME: TOWN.name,
          TOWN_LOCALES: TOWN.locales.join(','),
          TOWN_DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
        },
      });
      http = createTownHttpClient(town.api);
    });

    afterAll(async () => {
      await town?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('publishes its capability manifest', async () => {
      const { status, body } = await http.get<never>('/communes-core/manifest');
      const manifest = body as unknown as Record<string, unknown> & {
        plugins: { domain: string; modelFingerprint: string; version: string }[];
      };
      expect(status).toBe(200);
      expect(manifest).toMatchObject({
        manifestVersion: 1,
        town: { code: 'eupen', name: 'Eupen' },
        locales: ['de', 'fr'],
        defaultLocale: 'de',
        strapiVersion: '5',
      });
      expect(manifest.plugins.map((p) => p.domain).sort()).toEqual([...DOMAINS].sort());
      for (const plugin of manifest.plugins) {
        expect(plugin.modelFingerprint, plugin.domain).toBe(toPluginManifest(communesModel, plugin.domain as never).modelFingerprint);
        expect(plugin.version).toBe('0.1.0');
      }
    });

    it('serves every published entry of every kind, and no draft', async () => {
      expect(plan.some((r) => r.draft)).toBe(true);
      for (const type of communesModel.contentTypes) {
        const { status, body } = await http.get(namingOf(type).restPath, 'pagination[pageSize]=1');
        expect(status, type.names.singular).toBe(200);
        expect(body.meta?.pagination.total, type.names.singular).toBe(published(type.names.singular).length);
      }
    });

    it('refuses to serve drafts when asked for them', async () => {
      const { status, body } = await http.get(NEWS, 'status=draft');
      expect(status).toBe(400);
      expect(body.error?.details?.param).toBe('status');
    });

    it('serves each locale, the default one by default, relations included', async () => {
      const de = await http.get(MEETINGS, 'sort[0]=start:asc&pagination[pageSize]=1&populate[agendaItems][fields][0]=name');
      const fr = await http.get(MEETINGS, 'sort[0]=start:asc&pagination[pageSize]=1&locale=fr&populate[agendaItems][fields][0]=name');
      const [meetingDe] = de.body.data;
      const [meetingFr] = fr.body.data;
      expect(meetingDe?.locale).toBe('de');
      expect(meetingDe?.name).toMatch(/^Sitzung des Gemeinderates vom/);
      expect(meetingFr?.locale).toBe('fr');
      expect(meetingFr?.name).toMatch(/^Conseil communal du/);
      expect(meetingFr?.documentId).toBe(meetingDe?.documentId);
      expect((meetingFr!.agendaItems as Entry[]).map((i) => i.documentId).sort()).toEqual(
        (meetingDe!.agendaItems as Entry[]).map((i) => i.documentId).sort(),
      );
      expect((meetingFr!.agendaItems as Entry[]).length).toBeGreaterThan(0);
    });

    describe('filters', () => {
      it('on an enumeration', async () => {
        const held = await http.all(MEETINGS, 'filters[meetingState][$eq]=held');
        expect(held.length).toBe(published('meeting').filter((r) => r.shared.meetingState === 'held').length);
        expect(held.every((m) => m.meetingState === 'held')).toBe(true);
      });

      it('on a list of codes, as the gateway asks for one code ($contains of its JSON form)', async () => {
        // JSON columns: LIKE on SQLite, jsonb containment on PostgreSQL (where LIKE is an error).
        const withCategory = (code: string) =>
          published('event').filter((r) => (r.shared.categories as string[] | undefined)?.includes(code)).length;
        const codes = [...new Set(published('event').flatMap((r) => (r.shared.categories as string[] | undefined) ?? []))];
        const code = codes.sort((a, b) => withCategory(b) - withCategory(a))[0]!;
        const found = await http.all(EVENTS, `filters[$and][0][categories][$contains]=${encodeURIComponent(JSON.stringify(code))}`);
        expect(found.length).toBe(withCategory(code));
        expect(found.every((e) => (e.categories as string[]).includes(code))).toBe(true);
        const either = await http.all(
          EVENTS,
          codes
            .slice(0, 2)
            .map((c, i) => `filters[$or][${i}][categories][$contains]=${encodeURIComponent(JSON.stringify(c))}`)
            .join('&'),
        );
        expect(either.length).toBe(
          published('event').filter((r) => codes.slice(0, 2).some((c) => (r.shared.categories as string[] | undefined)?.includes(c)))
            .length,
        );
      });

      it('on localized text, case-insensitively, in the asked locale', async () => {
        const expected = published('agenda-item').filter((r) => String(r.localized('fr').name).toLowerCase().includes('budgétaire'));
        expect(expected.length).toBeGreaterThan(0);
        const found = await http.all(ITEMS, `locale=fr&filters[name][$containsi]=${encodeURIComponent('BUDGÉTAIRE'.toLowerCase())}`);
        expect(found.length).toBe(expected.length);
      });

      it('through a relation', async () => {
        const [meeting] = (await http.get(MEETINGS, 'pagination[pageSize]=1&populate[agendaItems][fields][0]=order')).body.data;
        const items = await http.all(
          ITEMS,
          `filters[meeting][documentId][$eq]=${meeting!.documentId}&populate[meeting][fields][0]=documentId`,
        );
        expect(items.length).toBe((meeting!.agendaItems as Entry[]).length);
        expect(items.every((i) => (i.meeting as Entry).documentId === meeting!.documentId)).toBe(true);
      });

      it('fetches many entries by documentId in one request ($in)', async () => {
        const events = await http.all(EVENTS);
        const wanted = [events[0]!, events[3]!, events[events.length - 1]!].map((e) => e.documentId);
        const query = wanted.map((id, i) => `filters[documentId][$in][${i}]=${id}`).join('&');
        const found = await http.all(EVENTS, query);
        expect(found.map((e) => e.documentId).sort()).toEqual([...wanted].sort());
      });

      it('fetches the entries modified since a time ($gt on updatedAt)', async () => {
        const news = await http.all(NEWS, 'sort[0]=updatedAt:asc&sort[1]=documentId:asc');
        const since = String(news[Math.floor(news.length / 2)]!.updatedAt);
        const expected = news.filter((n) => String(n.updatedAt) > since).map((n) => n.documentId);
        const found = await http.all(NEWS, `filters[updatedAt][$gt]=${since}`);
        expect(found.map((n) => n.documentId).sort()).toEqual(expected.sort());
      });
    });

    it('sorts on several keys', async () => {
      const events = await http.all(EVENTS, 'sort[0]=eventStatus:asc&sort[1]=start:desc');
      for (let i = 1; i < events.length; i++) {
        const [a, b] = [events[i - 1]!, events[i]!];
        expect(String(a.eventStatus) <= String(b.eventStatus)).toBe(true);
        if (a.eventStatus === b.eventStatus) expect(String(a.start) >= String(b.start)).toBe(true);
      }
    });

    it('pages through a list without a duplicate or a gap', async () => {
      const order = 'sort[0]=start:asc&sort[1]=documentId:asc';
      const whole = await http.all(EVENTS, order);
      const paged: Entry[] = [];
      for (let page = 1; page <= Math.ceil(whole.length / 7); page++) {
        const { body } = await http.get(EVENTS, `${order}&pagination[page]=${page}&pagination[pageSize]=7`);
        expect(body.meta?.pagination.total).toBe(whole.length);
        paged.push(...body.data);
      }
      expect(paged.map((e) => e.documentId)).toEqual(whole.map((e) => e.documentId));
      const { body } = await http.get(EVENTS, `${order}&pagination[start]=5&pagination[limit]=3`);
      expect(body.data.map((e) => e.documentId)).toEqual(whole.slice(5, 8).map((e) => e.documentId));
    });

    describe('private fields', () => {
      it('never appear, even populated from the other side', async () => {
        const requests = await http.all(REQUESTS, 'populate=*');
        expect(requests.length).toBeGreaterThan(0);
        expect(keysOf(requests).filter((k) => PRIVATE.test(k))).toEqual([]);
        const types = await http.all(SERVICE_TYPES, 'populate[serviceRequests]=true');
        expect(keysOf(types).filter((k) => PRIVATE.test(k))).toEqual([]);
        expect(keysOf(types)).toContain('requestStatus');
      });

      it.each([
        ['fields', 'fields[0]=requesterEmail'],
        ['filters', 'filters[requesterEmail][$eq]=resident.1@example.org'],
        ['sort', 'sort=requesterEmail:asc'],
      ])('cannot be reached through %s', async (_, query) => {
        const { status } = await http.get(REQUESTS, query);
        expect(status).toBe(400);
      });
    });

    describe('bad input gets a 400 that names the parameter', () => {
      it.each([
        ['an unknown filter field', MEETINGS, 'filters[nope][$eq]=1', 'filters'],
        ['an unknown operator', MEETINGS, 'filters[name][$nope]=1', 'filters'],
        ['a page that is not a number', MEETINGS, 'pagination[page]=abc', 'pagination[page]'],
        ['a page size of zero', MEETINGS, 'pagination[pageSize]=0', 'pagination[pageSize]'],
        ['a negative page size', MEETINGS, 'pagination[pageSize]=-5', 'pagination[pageSize]'],
        ['a page size over the maximum', MEETINGS, 'pagination[pageSize]=101', 'pagination[pageSize]'],
        ['a malformed offset', MEETINGS, 'pagination[start]=x', 'pagination[start]'],
        ['an unknown locale', MEETINGS, 'locale=xx', 'locale'],
        ['a locale the town does not publish in', MEETINGS, 'locale=en', 'locale'],
        ['drafts', MEETINGS, 'status=draft', 'status'],
        ['an unknown sort key', MEETINGS, 'sort=nope:asc', 'sort'],
        ['an unknown field', MEETINGS, 'fields[0]=nope', 'fields'],
        ['an unknown relation to populate', MEETINGS, 'populate=nope', 'populate'],
        ['a malformed documentId', `${MEETINGS}/not-a-document-id`, '', 'id'],
        ['an injected documentId', `${MEETINGS}/${encodeURIComponent("1' OR '1'='1")}`, '', 'id'],
      ])('%s', async (_, route, query, param) => {
        const { status, body } = await http.get(route, query);
        expect(status).toBe(400);
        expect(body.data).toBeNull();
        expect(body.error?.details?.param ?? body.error?.message).toContain(param);
      });

      it('both page and offset pagination', async () => {
        const { status, body } = await http.get(MEETINGS, 'pagination[page]=1&pagination[start]=0');
        expect(status).toBe(400);
        expect(body.error?.message).toMatch(/page & offset/);
      });

      it('and a well-formed but unknown documentId gets a 404', async () => {
        const { status } = await http.get(`${MEETINGS}/zzzzzzzzzzzzzzzzzzzzzzzz`);
        expect(status).toBe(404);
      });
    });

    defineQueryAbuseTests(() => http);

    it('reads one entry by documentId, in each locale', async () => {
      const [meeting] = (await http.get(MEETINGS, 'pagination[pageSize]=1')).body.data;
      const one = await http.get<Entry>(`${MEETINGS}/${meeting!.documentId}`, 'locale=fr');
      expect(one.status).toBe(200);
      expect(one.body.data.documentId).toBe(meeting!.documentId);
      expect(one.body.data.locale).toBe('fr');
    });
  });
}
