import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContractFixture, defineTownContract, fixtureId, toFakeEntries } from './contract';
import { buildNewsFixture } from './council-fixture';
import { startFakeTown, type FakeTown } from './fake-town';

defineTownContract('the fake town', async (fixture) => {
  const town = await startFakeTown({
    code: fixture.town.code,
    name: fixture.town.name,
    locales: fixture.town.locales,
    entries: toFakeEntries(fixture),
  });
  return { api: `${town.url}/api`, stop: town.stop };
});

const ev = (...n: number[]) => n.map((i) => fixtureId('evt', i));

/** What the contract leaves open, the fake decides; and what it does not model, it says. */
describe('the fake town beyond the contract', () => {
  let town: FakeTown;
  const get = async (path: string, query = '') => {
    const response = await fetch(`${town.url}/api${path}?${query}`);
    return {
      status: response.status,
      body: (await response.json()) as { data: { documentId: string }[]; error?: { name: string; details: { param?: string } } },
    };
  };
  const ids = async (path: string, query: string) => (await get(path, query)).body.data.map((e) => e.documentId);

  beforeAll(async () => {
    const fixture = buildContractFixture();
    town = await startFakeTown({ code: 'f', locales: fixture.town.locales, entries: toFakeEntries(fixture) });
  });
  afterAll(() => town.stop());

  it('answers as SQLite where the databases differ: missing values first when ascending', async () => {
    expect((await ids('/communes-agenda/events', 'sort[0]=price:asc&sort[1]=documentId:asc&fields[0]=price')).slice(0, 3)).toEqual(
      ev(2, 12, 4),
    );
  });

  it('answers as SQLite where the databases differ: ASCII letters folded, by every LIKE', async () => {
    expect(await ids('/communes-agenda/events', 'filters[name][$containsi]=li%C3%A8ge')).toEqual(ev(6));
    expect(await ids('/communes-agenda/events', 'filters[name][$contains]=ZUMBA')).toEqual(ev(3));
  });

  it.each([
    ['conditions on numeric ids', 'filters[id][$gt]=3'],
    ["sorting on a related entry's field", 'sort[0]=meeting.start:asc'],
    ['filters inside populate', 'populate[meeting][filters][name][$eq]=x'],
    ["a related entry's id given bare", 'filters[meeting][$eq]=1'],
  ])('answers what it does not model with a 501, never a guess: %s', async (_, query) => {
    const { status, body } = await get('/communes-council/agenda-items', query);
    expect(status).toBe(501);
    expect(body.error?.name).toBe('NotImplementedError');
  });

  it('serves a link to a document it does not hold as given, and gives an entry without locale the default one', async () => {
    const lone = await startFakeTown({
      code: 'g',
      locales: ['de'],
      entries: {
        'agenda-item': [
          { documentId: fixtureId('itm', 1), name: 'Lone', order: 0, public: true, meeting: { documentId: fixtureId('mtg', 9) } },
        ],
      },
    });
    try {
      const response = await fetch(`${lone.url}/api/communes-council/agenda-items?populate[meeting][fields][0]=documentId`);
      expect(((await response.json()) as { data: unknown }).data).toEqual([
        {
          documentId: fixtureId('itm', 1),
          name: 'Lone',
          order: 0,
          public: true,
          locale: 'de',
          meeting: { documentId: fixtureId('mtg', 9) },
        },
      ]);
    } finally {
      await lone.stop();
    }
  });

  it('plays an older town: kinds it lacks are not served, fields it lacks are unknown', async () => {
    const older = await startFakeTown({
      code: 'old',
      entries: { meeting: [] },
      kinds: ['meeting'],
      missingFields: { meeting: ['livestreamUrl'] },
    });
    try {
      expect((await fetch(`${older.url}/api/communes-agenda/events`)).status).toBe(404);
      const filtered = await fetch(`${older.url}/api/communes-council/meetings?filters[livestreamUrl][$null]=true`);
      expect(filtered.status).toBe(400);
      const manifest = (await (await fetch(`${older.url}/api/communes-core/manifest`)).json()) as {
        plugins: { contentTypes: { kind: string; fields: string[] }[] }[];
      };
      expect(manifest.plugins.flatMap((p) => p.contentTypes.map((ct) => ct.kind))).toEqual(['meeting']);
      expect(manifest.plugins[0]?.contentTypes[0]?.fields).not.toContain('livestreamUrl');
    } finally {
      await older.stop();
    }
  });
});

describe("the fake town's change feed", () => {
  it('starts with a publish line per published version, pages as the real feed does, and adds what is recorded', async () => {
    const town = await startFakeTown({ code: 'feed', entries: { 'news-item': buildNewsFixture('feed', 3) } });
    try {
      const read = async (query: string) =>
        (await (await fetch(`${town.url}/api/communes-core/changes?${query}`)).json()) as {
          data: { sequence: number; documentId: string; action: string; locale: string | null }[];
          meta: { next: number; latest: number };
        };
      const first = await read('limit=2');
      expect(first.data.map((l) => [l.sequence, l.action, l.locale])).toEqual([
        [1, 'publish', 'fr'],
        [2, 'publish', 'fr'],
      ]);
      expect(first.meta).toMatchObject({ next: 2, latest: 3 });
      town.recordChange('news-item', first.data[0]!.documentId, 'fr');
      const rest = await read('since=2');
      expect(rest.data.map((l) => [l.sequence, l.action])).toEqual([
        [3, 'publish'],
        [4, 'update'],
      ]);
      expect(rest.meta).toMatchObject({ next: 4, latest: 4 });
      expect((await fetch(`${town.url}/api/communes-core/changes?since=-1`)).status).toBe(400);
    } finally {
      await town.stop();
    }
    const old = await startFakeTown({ code: 'old', entries: {}, withoutChangeFeed: true });
    expect((await fetch(`${old.url}/api/communes-core/changes`)).status).toBe(404);
    await old.stop();
  });
});
