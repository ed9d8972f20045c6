import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkQuestions } from '@communes/dashboard/testing';
import { startGateway } from '@communes/gateway';
import { readServiceRequestToken } from '@communes/town';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededRegion, type RegionDatabase, type SeededRegion } from '../seeded-region';
import { badInputProblems } from './bad-input-problems';
import { crawlRegion } from './crawl-region';
import { createCrawl, type Crawl, type Failure, type Probe } from './create-crawl';
import { formatFailures, toSummaryLine } from './format-failures';
import { gatewayOracleProbes } from './gateway-oracle-probes';
import { loadKindSchemas } from './kind-schemas';
import { createLeakDetector, type Secret } from './leak-detector';
import { open311AbuseProblems } from './open311-abuse-problems';
import { plantCanaries, type TownPlanting } from './planting';
import type { RegionTarget } from './region-target';

const TOWNS = ['eupen', 'seneffe'];
/** Eupen gets an admin user, an API token and a user, all canaries; Seneffe has no admin, as a fresh town. */
const ADMIN_TOWN = 'eupen';
const NO_ADMIN_TOWN = 'seneffe';
const SCALE = 0.1;
/** Two towns and the gateway share two cores with the runner. */
const CONCURRENCY = 6;
const SETUP_TIMEOUT_MS = 25 * 60_000;
const OPEN311_API_KEY = randomBytes(24).toString('hex');
/**
 * Attack classes that read what the public may see: each must have been served at least
 * once, or a surface refusing everything (or a malformed probe) would pass for a safe one.
 */
const MUST_BE_SERVED_BY_TOWNS = ['rest.list', 'town.changes', 'rest.populate', 'rest.filter-relation', 'closed.read', 'closed.count'];
/** The same, of what the gateway builds over the towns' answers: crawled on SQLite towns only (see crawlRegion). */
const MUST_BE_SERVED_BY_GATEWAY = [
  'export',
  'graphql.list',
  'graphql.node',
  'graphql.search',
  'graphql.filter',
  'oparl.follow',
  'open311.read',
  'calendar',
  'feeds',
  'json-ld',
];

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const refusal = (what: string) => (answer: { status: number }) =>
  answer.status >= 400 && answer.status < 500 ? undefined : `${what}: HTTP ${answer.status}; expected a refusal`;

/**
 * Issue 10's adversarial suite over a real seeded region (two towns and the gateway) on one
 * database. Canaries are planted in every private field, drafts, unpublished edits, a
 * closed-session item and the admin side; the crawl then reads every public surface with
 * every parameter family once, in `beforeAll`, checking every answer (no canary, no withheld
 * field, no 5xx) and every oracle (counts and orders that would give a canary away). The first
 * test asserts the whole crawl; each attack of the issue has a named test over its part of
 * it, or over requests of its own when the attack changes the region (registering, posting,
 * opening the gateway's circuit). The summary line counts every request of the file.
 */
export function defineAdversarialSuite(database: RegionDatabase) {
  describe(`adversarial crawl of a seeded region on ${database}`, () => {
    // The gateway's own outputs are the same code over either database: crawled once, on
    // SQLite towns (CI's time is counted); PostgreSQL towns get their REST API, change feed,
    // closed item, admin side and every count or order the gateway asks of them.
    const gatewayWide = database === 'sqlite';
    const mustBeServed = [...MUST_BE_SERVED_BY_TOWNS, ...(gatewayWide ? MUST_BE_SERVED_BY_GATEWAY : [])];
    const planted: Record<string, TownPlanting> = {};
    const started = Date.now();
    let region: SeededRegion;
    let target: RegionTarget;
    let crawl: Crawl;
    let detector: ReturnType<typeof createLeakDetector>;
    /** The crawl's failures, before any named test sent requests of its own. */
    let crawled: Failure[] = [];

    const failuresOf = (...attacks: string[]) => crawled.filter((f) => attacks.includes(f.attack));
    const expectClean = (failures: Failure[]) => expect(formatFailures(failures)).toBe('');
    /** Requests of a named test's own, through the suite's crawl (so counted and checked alike). */
    const run = async (...probes: Probe[]) => {
      const before = crawl.summary().failures.length;
      const answers = await crawl.probeAll(probes);
      return { answers, failures: crawl.summary().failures.slice(before) };
    };

    beforeAll(async () => {
      region = await startSeededRegion({
        towns: TOWNS,
        scale: SCALE,
        database,
        beforeStart: async ({ code, env }) => {
          planted[code] = await plantCanaries(code, env, { admin: code === ADMIN_TOWN, members: TOWNS });
        },
        registryExtras: ({ dataDir }) => ({ writeToken: readServiceRequestToken(dataDir), open311ApiKeys: [OPEN311_API_KEY] }),
        // The crawl selects fields by introspection, whatever production's default becomes.
        gateway: { introspection: true },
        // Harvested into a regional index: its exports are crawled, and the index itself searched for canaries.
        index: true,
      });
      const plantings = TOWNS.map((code) => planted[code]!);
      const secrets: Secret[] = TOWNS.flatMap((town) => {
        const dataDir = join(region.root, town);
        const generated = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as Record<string, string | string[]>;
        return [
          ...Object.entries(generated).flatMap(([name, value]) =>
            [value].flat().map((v) => ({ site: `secrets.json ${name}`, value: v, town })),
          ),
          { site: 'service-request token', value: readServiceRequestToken(dataDir)!, town },
          { site: 'Open311 api_key', value: OPEN311_API_KEY },
        ];
      });
      detector = createLeakDetector(plantings, secrets);
      crawl = createCrawl({ detector, plantings, concurrency: CONCURRENCY });
      target = { origin: region.origin, plantings };
      const urls = Object.fromEntries(TOWNS.map((code) => [code, region.towns[code]!.url]));
      await crawlRegion(crawl, target, { urls, kinds: loadKindSchemas(), gatewayWide });
      crawled = [...crawl.summary().failures];
      console.log(`${toSummaryLine(crawl.summary())} (the crawl, ${database})`);
    }, SETUP_TIMEOUT_MS);

    afterAll(async () => {
      if (crawl) {
        const seconds = Math.round((Date.now() - started) / 1000);
        const report = join(tmpdir(), `communes-adversarial-${database}.json`);
        writeFileSync(report, JSON.stringify({ database, at: new Date().toISOString(), seconds, ...crawl.summary() }, null, 2));
        console.log(`${toSummaryLine(crawl.summary())} (${database}, ${seconds} s; every failure in ${report})`);
      }
      await region?.stop();
    });

    it('crawls every public surface: no canary, no revealing count or order, no 5xx', () => {
      const unserved = mustBeServed.filter((attack) => !crawl.summary().statuses[attack]?.['2xx']);
      expect(unserved, 'attack classes the public surfaces never answered: the crawl proves nothing there').toEqual([]);
      expectClean(crawled);
    });

    it('keeps no canary, draft, secret or withheld field in the regional index itself', async () => {
      const rows = await region.index!.query<Record<string, unknown>>(
        'select town, kind, document_id, locale, removed, data from index_entries order by town, kind, document_id, locale',
      );
      expect(rows.length).toBeGreaterThan(100);
      const leaks = detector(JSON.stringify(rows), 'select * from index_entries');
      expect(leaks.map((leak) => `${leak.site}: ${leak.found}`)).toEqual([]);
      // Every closed item is in the index as the public sees it: title and flag, nothing withheld.
      for (const { town, closed } of target.plantings) {
        const [item] = rows.filter((row) => row.town === town && row.document_id === closed.documentId);
        expect(item, `${town}'s closed item`).toBeDefined();
        expect(Object.keys(item!.data as object)).not.toContain('resolutionText');
      }
    });

    it('refuses register-admin from the network', async () => {
      const url = region.towns[NO_ADMIN_TOWN]!.url;
      const credentials = { email: `mallory-${randomBytes(4).toString('hex')}@example.org`, password: 'Takeover-Password-1' };
      const { failures } = await run({
        surface: 'town',
        attack: 'admin.register',
        url: `${url}/admin/register-admin`,
        ...json({ ...credentials, firstname: 'Mallory', lastname: 'Attacker' }),
        check: refusal('register-admin'),
      });
      expectClean(failures);
      const { answers } = await run({ surface: 'town', attack: 'admin.register', url: `${url}/admin/login`, ...json(credentials) });
      expect(answers[0]?.status, 'the attacker can log in').not.toBe(200);
    });

    it('refuses public registration of users', async () => {
      for (const town of TOWNS) {
        const url = region.towns[town]!.url;
        const credentials = {
          username: `mallory${randomBytes(3).toString('hex')}`,
          email: `mallory-${randomBytes(4).toString('hex')}@example.org`,
          password: 'Register-Password-1',
        };
        const { failures } = await run({
          surface: 'town',
          attack: 'users-permissions.register',
          url: `${url}/api/auth/local/register`,
          ...json(credentials),
          check: refusal('register'),
        });
        expectClean(failures);
        const { answers } = await run({
          surface: 'town',
          attack: 'users-permissions.register',
          url: `${url}/api/auth/local`,
          ...json({ identifier: credentials.email, password: credentials.password }),
        });
        expect(answers[0]?.status, `the new user can log in to ${town}`).not.toBe(200);
      }
    });

    it('never shows the admin side (admin users, API tokens, users) nor opens its APIs', () => {
      expectClean(failuresOf('admin.api', 'users-permissions.api', 'upload.api', 'town.graphql', 'i18n.api', 'town.manifest'));
    });

    it('_q finds nothing in private fields', () => {
      expectClean(failuresOf('private.q', 'rest.q'));
    });

    it('refuses filters, sorts and fields on private fields, through relations too', () => {
      expectClean(failuresOf('private.filter', 'private.relation-filter', 'private.sort', 'private.fields', 'private.read'));
    });

    it('serves a closed-session item with its title only, on every surface and in every locale', () => {
      expectClean([...failuresOf('closed.read', 'oparl.closed'), ...crawled.filter((f) => / \(closed\): /.test(f.problem))]);
    });

    it('never matches a closed-session item by a withheld field, at any path', () => {
      expectClean(failuresOf('closed.filter'));
    });

    it('counts withheld values over public items only and refuses to sort on them, at the town and the gateway', () => {
      expectClean(failuresOf('closed.count', 'closed.sort', 'graphql.closed-count', 'graphql.closed-sort'));
    });

    it('never serves, finds or counts drafts and unpublished edits', () => {
      expectClean([
        ...failuresOf(
          'rest.drafts',
          'rest.find-one-draft',
          'rest.find-one-edit',
          'rest.filter-localizations',
          'graphql.node-draft',
          'oparl.draft',
          'json-ld.draft',
        ),
        ...crawled.filter((f) => / \((draft|edit)\): /.test(f.problem)),
      ]);
    });

    it('gives no credentialed CORS reflection to Origin: http://evil.test', () => {
      expect(crawl.summary().attacks.cors).toBeGreaterThan(4);
      expectClean(failuresOf('cors'));
    });

    it('builds OParl ids, feed links and JSON-LD ids from the public origin, whatever the Host header', async () => {
      expectClean(failuresOf('host-header'));
      const { answers } = await run({
        surface: 'oparl',
        attack: 'host-header',
        url: `${region.origin}/oparl/v1/system`,
        headers: { host: 'evil.test' },
      });
      expect(answers[0]?.json?.id).toBe(`${region.origin}/oparl/v1/system`);
    });

    it('refuses over-deep, over-aliased, over-costly, oversized and batched GraphQL operations, with no stack in any error', () => {
      expectClean([
        ...failuresOf('graphql.limits', 'error-disclosure', 'member-kind'),
        ...crawled.filter((f) => / \(internal\): /.test(f.problem)),
      ]);
    });

    it('answers malformed filter values with a 4xx, never a 500, on every kind and field', () => {
      expectClean([
        ...failuresOf('rest.bad-values', 'rest.params', 'oparl.params', 'calendar.params', 'feeds.params', 'graphql.bad-input'),
        ...crawled.filter((f) => f.status >= 500),
      ]);
    });

    it('refuses Open311 posts without a valid key and beyond the rate limit, and never echoes a requester', async () => {
      const problems = await open311AbuseProblems({
        crawl,
        origin: region.origin,
        townApi: region.towns[NO_ADMIN_TOWN]!.api,
        town: NO_ADMIN_TOWN,
        apiKey: OPEN311_API_KEY,
      });
      expect({ crawled: formatFailures(failuresOf('open311.abuse', 'open311.read')), problems }).toEqual({ crawled: '', problems: [] });
    });

    // Last: where a town answers these with a 500, the gateway's circuit to it opens.
    // On SQLite towns only: the index reads the same on both, and CI's time is counted.
    it.runIf(database === 'sqlite')(
      "answers the dashboard's questions in one request each from the index, as paging the towns' lists live finds them",
      async () => {
        // What earlier tests wrote (Open311 requests) reaches the index first: it follows the towns, it does not lead them.
        await region.harvester!.harvestNow();
        // The same towns without the index: every list read from the towns themselves.
        const live = await startGateway({ registryFile: join(region.root, 'towns.json'), port: 0, logLevel: 'silent', cacheTtlMs: 0 });
        const poster = (url: string) => async (query: string, variables: Record<string, unknown>) =>
          (await (
            await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables }),
            })
          ).json()) as { data?: Record<string, unknown>; errors?: unknown[] };
        try {
          for (const scope of [{ kind: 'region' }, { kind: 'town', code: 'seneffe' }] as const) {
            const checks = await checkQuestions(poster(region.gateway.url), poster(live.url), scope, new Date(), ['eupen', 'seneffe']);
            for (const check of checks) expect(check.mismatches, `${scope.kind} ${check.question}`).toEqual([]);
            // The seed's towns have something to count for most questions (not events next month, say).
            expect(checks.filter((c) => c.groups > 0).length, scope.kind).toBeGreaterThanOrEqual(4);
          }
        } finally {
          await live.stop();
        }
      },
    );

    it('answers a one-value $between or an impossible date with 400 at the town and BAD_USER_INPUT at the gateway, and the towns stay UP', async () => {
      const gatewayProbes = gatewayOracleProbes(target).filter((p) => p.attack === 'graphql.bad-input');
      expect(await badInputProblems({ crawl, region: target, townApis: TOWNS.map((t) => region.towns[t]!.api), gatewayProbes })).toEqual(
        [],
      );
    });
  });
}
