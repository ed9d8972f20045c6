import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { checkQuestions, INDICATORS, type Scope, scopeVariables, toOperation, compareRequest, MESSAGES } from '@communes/dashboard/testing';
import { buildRegionFixture, startFakeTown } from '@communes/fake-town';
import { startHarvester } from '@communes/harvester';
import { countLiveEntries, maintainIndex, openPostgresIndex } from '@communes/regional-index';
import { createTemporaryPostgresDatabase } from '@communes/town';
import { chromium } from 'playwright-core';
import type { BenchSettings } from '../bench-settings';
import { medianMs } from '../median-ms';
import { startGatewayProcess } from '../gateway-process';
import { expectGraphQLData } from '../run-load';

/** The questions also checked against paging over every town of the region. */
const REGION_CHECKED = ['ServiceRequestsPerTown', 'PublicServicesPerTown', 'CompareTowns'];

/** The dashboard's state (`loading`, `ready`, `failed`), read in the page; the bench is compiled without the DOM's types. */
const pageState = () =>
  (globalThis as unknown as { document: { body: { dataset: { state?: string } } } }).document.body.dataset.state ?? '';
/** Whether the dashboard is done (each function runs in the page on its own: no closure). */
const pageSettled = () =>
  ['ready', 'failed'].includes(
    (globalThis as unknown as { document: { body: { dataset: { state?: string } } } }).document.body.dataset.state ?? '',
  );

export interface DashboardFigures {
  towns: number;
  entries: number;
  harvestMs: number;
  /** Towns in the province whose questions are also computed by paging. */
  provinceTowns: number;
  /** Per question (one GraphQL request each): p50 over the province and over every town; paging the province's lists. */
  questions: { question: string; provinceMs: number; regionMs: number; regionGroups: number; pagingMs: number; regionPagingMs?: number }[];
  /**
   * From navigation, in Chromium, p50 of `loads` loads over three towns, the province, every
   * town: the first screen's charts drawn (as soon as their own answers are in), every answer
   * in, and the first screen's charts drawn once every answer is in (the page's `ready`).
   */
  firstRender: { scope: string; towns: number; firstScreenP50Ms: number; p50Ms: number; answersP50Ms: number; loads: number }[];
}

/**
 * The dashboard at scale: fake towns carrying every kind the questions ask (issue 15),
 * harvested into a PostgreSQL index; each question's one request timed over a province and the
 * whole region, checked against paging the province's lists (timed too: the baseline); and the
 * dashboard's first render to charts drawn, in Debian's Chromium, over three towns, the province
 * and every town.
 */
export async function measureDashboard(settings: BenchSettings, dir: string, log: (line: string) => void): Promise<DashboardFigures> {
  const count = settings.dashboardTowns;
  const provinceTowns = settings.dashboardProvinceTowns;
  const now = new Date();
  const database = await createTemporaryPostgresDatabase('communes_bench_dashboard');
  const towns = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      startFakeTown({
        code: `d${i}`,
        entries: buildRegionFixture(`d${i}`, i, now, settings.dashboardScale),
        delayMs: settings.fakeTownLatencyMs,
      }),
    ),
  );
  const index = await openPostgresIndex({ url: database.url, schema: 'bench' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const sources = towns.map((town, i) => ({ code: `d${i}`, url: town.url }));
    const harvester = await startHarvester({
      index,
      towns: sources,
      intervalMs: 3_600_000,
      concurrency: 8,
      notifyToken: randomBytes(16).toString('hex'),
    });
    const started = performance.now();
    await harvester.harvestNow();
    const harvestMs = Math.round(performance.now() - started);
    await harvester.stop();
    await maintainIndex(index);
    let entries = 0;
    for (const kind of ['planning-application', 'service-request', 'meeting', 'agenda-item', 'event', 'news-item', 'public-service'])
      entries += await countLiveEntries(index, { kind });
    log(`  dashboard: ${entries} entries of ${count} towns harvested in ${harvestMs} ms`);

    const registry = sources.map((s, i) => ({
      ...s,
      name: `Town ${i}`,
      groups: { province: `p${Math.floor(i / provinceTowns)}`, ...(i < 3 ? { demo: 'three' } : {}) },
    }));
    const dashboardDir = join(dirname(require.resolve('@communes/dashboard/package.json')), 'dist', 'app');
    const gateway = await startGatewayProcess(dir, registry, {
      GATEWAY_CACHE_TTL_MS: '0',
      GATEWAY_TOWN_TIMEOUT_MS: '20000',
      GATEWAY_INDEX_DATABASE_URL: database.url,
      GATEWAY_INDEX_SCHEMA: 'bench',
      GATEWAY_DASHBOARD_DIR: dashboardDir,
    });
    try {
      const post = async (query: string, variables: Record<string, unknown>) =>
        JSON.parse(await expectGraphQLData(gateway.url, JSON.stringify({ query, variables }))) as {
          data?: Record<string, unknown>;
          errors?: unknown[];
        };
      // Checked first: the province's figures, each question in one request, equal to paging its lists (from the index).
      const province: Scope = { kind: 'group', code: 'province:p0' };
      const checks = await checkQuestions(post, post, province, now, ['d0', 'd1']);
      const wrong = checks.flatMap((c) => c.mismatches.map((m) => `${c.question}: ${m}`));
      if (wrong.length) throw new Error(`The aggregates and the paged lists differ:\n${wrong.slice(0, 10).join('\n')}`);

      // Over every town too, for the questions whose lists page in under a minute (the others' are millions of rows).
      const regionChecks = await checkQuestions(post, post, { kind: 'region' }, now, ['d0', `d${count - 1}`], REGION_CHECKED);
      const regionWrong = regionChecks.flatMap((c) => c.mismatches.map((m) => `${c.question}: ${m}`));
      if (regionWrong.length)
        throw new Error(`Over every town, the aggregates and the paged lists differ:\n${regionWrong.slice(0, 10).join('\n')}`);

      const context = { year: now.getUTCFullYear(), now, language: 'fr' as const, words: MESSAGES.fr };
      const operations = [
        ...INDICATORS.map((indicator) => ({
          question: indicator.operation,
          build: (scope: Scope) => toOperation(indicator.operation, indicator.requests({ ...context, scope })),
          towns: (scope: Scope) => scopeVariables(scope),
        })),
        {
          question: 'CompareTowns',
          build: () => toOperation('CompareTowns', [compareRequest('requests', now)]),
          towns: () => ({ towns: ['d0', 'd1'] }),
        },
      ];
      const questions: DashboardFigures['questions'] = [];
      for (const { question, build, towns: scoped } of operations) {
        const timed = async (scope: Scope) => {
          const { query, variables } = build(scope);
          const body = { ...variables, ...scoped(scope), language: 'fr' };
          return medianMs(settings.repeats * 2, () => post(query, body));
        };
        const region: Scope = { kind: 'region' };
        const { query, variables } = build(region);
        const answer = (await post(query, { ...variables, ...scoped(region), language: 'fr' })).data ?? {};
        questions.push({
          question,
          provinceMs: await timed(province),
          regionMs: await timed(region),
          regionGroups: Object.values(answer).reduce((sum: number, a) => sum + ((a as { groups: unknown[] }).groups?.length ?? 0), 0),
          pagingMs: Math.round(checks.find((c) => c.question === question)!.pagingMs),
          regionPagingMs: regionChecks.find((c) => c.question === question)?.pagingMs,
        });
      }

      const firstRender: DashboardFigures['firstRender'] = [];
      const loads = settings.quick ? 1 : Math.max(3, settings.repeats);
      const scopes = [
        ['group:demo:three', 3],
        ['group:province:p0', Math.min(provinceTowns, count)],
        ['region', count],
      ] as const;
      // The quick mode (CI's smoke test) loads one page: it proves the measure runs, not a figure.
      for (const [scope, n] of settings.quick ? scopes.slice(0, 1) : scopes) {
        const times: number[] = [];
        const answers: number[] = [];
        const firstScreens: number[] = [];
        for (let i = 0; i <= loads; i++) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
          await page.goto(`${new URL('/dashboard/', gateway.url).href}?lang=fr&scope=${scope}`);
          await page.waitForFunction(pageSettled, null, { timeout: 120_000 });
          const state = await page.evaluate(pageState);
          if (state !== 'ready') throw new Error(`The dashboard failed over ${scope}: ${await page.locator('.note').allTextContents()}`);
          const mark = (name: string) => page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, name);
          const [drawn, answered, firstScreen] = [
            await mark('dashboard-charts-drawn'),
            await mark('dashboard-answers-in'),
            await mark('dashboard-first-screen-drawn'),
          ];
          await page.close();
          // The first load fills the browser's cache of the app's files, as a returning visitor's.
          if (i > 0) {
            times.push(drawn);
            answers.push(answered);
            firstScreens.push(firstScreen);
          }
        }
        const p50 = (values: number[]) => Math.round(values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
        firstRender.push({ scope, towns: n, firstScreenP50Ms: p50(firstScreens), p50Ms: p50(times), answersP50Ms: p50(answers), loads });
      }
      return { towns: count, entries, harvestMs, provinceTowns, questions, firstRender };
    } finally {
      await gateway.stop();
    }
  } finally {
    await browser.close();
    await index.close();
    await Promise.all(towns.map((t) => t.stop()));
    await database.drop();
  }
}
