import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRegionFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { type RunningGateway, startGateway } from '@communes/gateway';
import { type Harvester, startHarvester } from '@communes/harvester';
import { type IndexDatabase, openEmbeddedIndex, readHarvestStates } from '@communes/regional-index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuestions } from './testing/check-questions';

const TOWNS = ['alpha', 'beta', 'gamma', 'delta'];

/** A gateway's GraphQL, posted as any client would. */
const poster = (gateway: RunningGateway) => async (query: string, variables: Record<string, unknown>) =>
  (await (
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as { data?: Record<string, unknown>; errors?: unknown[] };

describe('the seven questions, each in one request, against paging the lists', () => {
  const towns: FakeTown[] = [];
  let index: IndexDatabase;
  let harvester: Harvester;
  let indexed: RunningGateway;
  let live: RunningGateway;
  const now = new Date();

  beforeAll(async () => {
    for (const [t, code] of TOWNS.entries()) towns.push(await startFakeTown({ code, entries: buildRegionFixture(code, t, now, 3) }));
    index = await openEmbeddedIndex({});
    harvester = await startHarvester({ index, towns: TOWNS.map((code, i) => ({ code, url: towns[i]!.url })), intervalMs: 60_000 });
    for (let i = 0; i < 300; i++) {
      const states = await readHarvestStates(index);
      if (TOWNS.every((code) => states.get(code)?.lastSuccess)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const registryFile = join(mkdtempSync(join(tmpdir(), 'questions-')), 'towns.json');
    writeFileSync(
      registryFile,
      JSON.stringify({
        towns: TOWNS.map((code, i) => ({
          code,
          name: code,
          url: towns[i]!.url,
          locales: ['fr'],
          groups: { province: i % 2 ? 'liege' : 'hainaut' },
        })),
      }),
    );
    indexed = await startGateway({ registryFile, port: 0, logLevel: 'silent', index, cacheTtlMs: 0 });
    // Paging reads the towns live, as a client of a gateway without an index would.
    live = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
  }, 120_000);

  afterAll(async () => {
    await indexed?.stop();
    await live?.stop();
    await harvester?.stop();
    await index?.close();
    for (const town of towns) await town.stop();
  });

  for (const scope of [{ kind: 'region' }, { kind: 'group', code: 'province:liege' }, { kind: 'town', code: 'gamma' }] as const)
    it(`answers each question for ${scope.kind === 'region' ? 'the region' : scope.code} as paging finds it`, async () => {
      const checks = await checkQuestions(poster(indexed), poster(live), scope, now, ['alpha', 'delta']);
      expect(checks.map((c) => c.question)).toEqual([
        'PlanningApplicationsPerTown',
        'ServiceRequestsPerTown',
        'CouncilMeetingsPerTown',
        'EventsAndNewsPerTown',
        'PublicServicesPerTown',
        'CompareTowns',
      ]);
      for (const check of checks) {
        expect(check.mismatches, check.question).toEqual([]);
        expect(check.groups, check.question).toBeGreaterThan(0);
      }
    });
});
