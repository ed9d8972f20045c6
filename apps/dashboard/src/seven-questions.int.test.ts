import { type RunningGateway, startGateway } from '@communes/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuestions } from './testing/check-questions';
import { startHarvestedRegion } from './testing/start-harvested-region';

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
  let region: Awaited<ReturnType<typeof startHarvestedRegion>>;
  let indexed: RunningGateway;
  let live: RunningGateway;
  const now = new Date();

  beforeAll(async () => {
    region = await startHarvestedRegion(
      TOWNS.map((code, i) => ({ code, name: code, groups: { province: i % 2 ? 'liege' : 'hainaut' } })),
      now,
      3,
    );
    const { registryFile, index } = region;
    indexed = await startGateway({ registryFile, port: 0, logLevel: 'silent', index, cacheTtlMs: 0 });
    // Paging reads the towns live, as a client of a gateway without an index would.
    live = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
  }, 120_000);

  afterAll(async () => {
    await indexed?.stop();
    await live?.stop();
    await region?.stop();
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
