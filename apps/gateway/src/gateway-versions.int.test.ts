import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from './testing/gateway-harness';

const meeting = (town: string, i: number, extra: Record<string, unknown> = {}) => ({
  documentId: `${town}${String(i).padStart(24 - town.length, '0')}`,
  name: `${town} meeting ${i}`,
  start: `2026-02-0${i + 1}T18:00:00.000Z`,
  meetingType: 'council',
  meetingState: 'held',
  locale: 'fr',
  ...extra,
});

/** Towns upgrade when they can: the gateway serves a region whose towns run different versions. */
describe('towns on different versions of the model', () => {
  let current: FakeTown;
  let older: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    current = await startFakeTown({
      code: 'new',
      entries: {
        meeting: [0, 1].map((i) => meeting('new', i, { livestreamUrl: 'https://video.example.org/x' })),
        'planning-application': [],
      },
    });
    // An older town: no urbanism plugin, and meetings without a livestream link yet.
    older = await startFakeTown({
      code: 'old',
      entries: { meeting: [0, 1, 2].map((i) => meeting('old', i)) },
      kinds: ['meeting', 'agenda-item', 'organization'],
      missingFields: { meeting: ['livestreamUrl'] },
    });
    gateway = await startGatewayOver([
      { code: 'new', url: current.url },
      { code: 'old', url: older.url },
    ]);
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([current?.stop(), older?.stop()]);
  });

  it('gives an empty list for a kind a town lacks, not an error', async () => {
    const before = older.requests.length;
    const { data, errors } = await gateway.query<{ planningApplications: { totalCount: number; missingTowns: string[] } }>(
      '{ planningApplications { totalCount missingTowns } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.planningApplications).toEqual({ totalCount: 0, missingTowns: [] });
    expect(older.requests.slice(before).some((r) => r.includes('planning'))).toBe(false);
  });

  it('says so when a town runs the kind’s plugin in a version without the kind; not when it has no such plugin', async () => {
    const { data, errors, extensions } = await gateway.query<{ memberships: { missingTowns: string[] } }>(
      '{ memberships { missingTowns } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.memberships.missingTowns).toEqual([]);
    expect(extensions?.notes).toEqual([
      {
        code: 'TOWN_LACKS_KIND',
        town: 'old',
        kind: 'membership',
        plugin: '@communes/strapi-plugin-council',
        version: '0.1.0',
        message: 'Town "old" runs @communes/strapi-plugin-council 0.1.0, a version without Membership: it has none.',
      },
    ]);
    // The older town has no urbanism plugin at all, as a police zone has none: nothing to say.
    expect((await gateway.query('{ planningApplications { totalCount } }')).extensions?.notes).toBeUndefined();
  });

  it("resolves a field a town's version lacks to null", async () => {
    const { data, errors } = await gateway.query<{ meetings: { nodes: { livestreamUrl: string | null; town: { code: string } }[] } }>(
      '{ meetings(first: 10) { nodes { livestreamUrl town { code } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.meetings.nodes.filter((n) => n.town.code === 'old').map((n) => n.livestreamUrl)).toEqual([null, null, null]);
    expect(data?.meetings.nodes.filter((n) => n.town.code === 'new').every((n) => n.livestreamUrl !== null)).toBe(true);
  });

  it('finds nothing in a town whose version lacks the filtered field, does not ask it, and says so in a note', async () => {
    const before = older.requests.length;
    const { data, errors, extensions } = await gateway.query<{ meetings: { totalCount: number } }>(
      '{ meetings(filters: { livestreamUrl: { notNull: true } }) { totalCount } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.meetings.totalCount).toBe(2);
    expect(older.requests.slice(before).some((r) => r.includes('/meetings'))).toBe(false);
    expect(extensions?.notes).toEqual([
      {
        code: 'TOWN_LACKS_FIELD',
        town: 'old',
        kind: 'meeting',
        field: 'livestreamUrl',
        message: 'Town "old" runs a version of its plugin without Meeting.livestreamUrl: it has no match for a filter on it.',
      },
    ]);
    // A filter every town serves: no note.
    expect((await gateway.query('{ meetings(filters: { name: { notNull: true } }) { totalCount } }')).extensions?.notes).toBeUndefined();
  });

  it("reports each town's plugins and model fingerprints", async () => {
    const { data } = await gateway.query<{ towns: { code: string; plugins: { domain: string; modelFingerprint: string }[] }[] }>(
      '{ towns { code plugins { domain modelFingerprint } } }',
    );
    const domains = (code: string) => data!.towns.find((t) => t.code === code)!.plugins.map((p) => p.domain);
    expect(domains('old')).toEqual(['council']);
    expect(domains('new')).toContain('urbanism');
    expect(data!.towns.every((t) => t.plugins.every((p) => p.modelFingerprint.startsWith('sha256:')))).toBe(true);
  });
});
