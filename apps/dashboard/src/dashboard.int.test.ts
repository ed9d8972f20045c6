import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegionFixture } from '@communes/fake-town';
import { type RunningGateway, startGateway } from '@communes/gateway';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brusselsMonth } from './brussels-periods';
import { startHarvestedRegion } from './testing/start-harvested-region';

/** Debian's Chromium: CI installs it (`.ci/run`); never a browser downloaded by Playwright. */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Screenshots of each run, kept as the run's artifacts (ignored by git). */
const ARTIFACTS = join(ROOT, 'test-results');
const TOWNS = [
  { code: 'alpha', name: 'Alphaville', province: 'hainaut' },
  // A town (or an editor) may name itself anything: the page shows it as text, never as markup.
  { code: 'beta', name: 'Betabourg <img src=x onerror="window.pwned=1">', province: 'hainaut' },
  { code: 'gamma', name: 'Gammastadt', province: 'liege' },
];

type Group = { keys: { value: string | null; label: string | null; other: boolean }[]; count: number | null } & Record<string, unknown>;

/** A chart's data table as the page shows it: the raw figure of each (row, column). */
async function tableOf(page: Page, chart: string): Promise<{ columns: string[]; cells: Map<string, number | null> }> {
  const { columns, cells } = await page.evaluate((id) => {
    const table = document.querySelector(`table[data-table="${id}"]`);
    if (!table) throw new Error(`no table ${id}`);
    const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const cells: [string, number | null][] = [];
    for (const row of table.querySelectorAll('tbody tr')) {
      const [head, ...rest] = [...row.children];
      rest.forEach((cell, i) => {
        const value = (cell as HTMLElement).dataset.value;
        cells.push([`${head!.textContent}|${columns[i + 1]}`, value === undefined ? null : Number(value)]);
      });
    }
    return { columns, cells };
  }, chart);
  return { columns, cells: new Map(cells) };
}

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) field += c;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else {
      // CRLF ends a record.
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    }
  }
  return rows;
}

describe('the dashboard in a browser (headless Chromium), over a real gateway, harvester and index', () => {
  let browser: Browser;
  let region: Awaited<ReturnType<typeof startHarvestedRegion>>;
  let gateway: RunningGateway;
  let page: Page;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const now = new Date();

  /** The gateway's answer to a query of the test's own (not the page's). */
  const api = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  /** The (row label | column label) → count of a two-key aggregate, as a table drawn from it must hold. */
  const expected = (groups: Group[], value: (g: Group) => number | null = (g) => g.count) =>
    new Map(groups.map((g) => [`${g.keys[0]!.label ?? g.keys[0]!.value}|${g.keys[1]!.label ?? g.keys[1]!.value}`, value(g)]));

  const ready = async () => {
    await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'failed', null, {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('ready');
  };

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium), as .ci/run does.`);
    if (!existsSync(join(ROOT, 'dist', 'app', 'index.html'))) throw new Error('Build the dashboard first (nx runs build before test).');
    mkdirSync(ARTIFACTS, { recursive: true });
    region = await startHarvestedRegion(
      // Gammastadt is typed as another kind of member: the towns table names its kind.
      TOWNS.map((t) => ({
        code: t.code,
        name: t.name,
        groups: { province: t.province },
        ...(t.code === 'gamma' ? { kind: 'police-zone' } : {}),
      })),
      now,
    );
    const { registryFile, index } = region;
    gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', index, dashboardDir: join(ROOT, 'dist', 'app') });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    const origin = new URL(gateway.url).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
        foreignRequests.push(request.url());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await region?.stop();
  });

  it('loads, draws every chart with the API’s numbers, and asks nothing of another origin', async () => {
    await page.goto(new URL('/dashboard/?lang=en', gateway.url).href);
    await ready();
    const charts = await page.$$eval('figure[data-chart]', (figures) => figures.map((f) => (f as HTMLElement).dataset.chart));
    expect(charts).toEqual(
      expect.arrayContaining([
        'applications-by-month',
        'applications-by-type',
        'applications-by-status',
        'requests-by-town',
        'requests-by-category',
        'requests-closure-days',
        'meetings-by-quarter',
        'items-per-meeting',
        'items-closed-session',
        'decisions-by-result',
        'events-next-month',
        'news-by-month',
        'services-by-town',
        'towns',
        'compare-towns',
      ]),
    );
    // The charts on the first screen are drawn when the page says it is ready; the others as they are scrolled to.
    const onScreen = await page.$$eval('.canvas', (all) =>
      all.filter((c) => c.getBoundingClientRect().top < window.innerHeight).map((c) => c.querySelector('canvas') !== null),
    );
    expect(onScreen.length).toBeGreaterThan(0);
    expect(onScreen.every(Boolean)).toBe(true);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });
    await page.waitForFunction(() => document.querySelectorAll('.canvas canvas').length === document.querySelectorAll('.canvas').length);
    expect(await page.$$eval('.canvas canvas', (canvases) => canvases.length)).toBeGreaterThanOrEqual(14);
    await page.evaluate(() => window.scrollTo(0, 0));

    const year = now.getUTCFullYear();
    const data = await api<Record<string, { groups: Group[] }>>(
      `query ($from: Date, $to: Date, $next: DateTime!, $after: DateTime!) {
        applications: planningApplicationsAggregate(filters: { submissionDate: { gte: $from, lt: $to } }, groupBy: [{ date: submissionDate, bucket: MONTH }, { field: town }]) { groups { keys { value label(language: "en") other } count } }
        statuses: planningApplicationsAggregate(filters: { submissionDate: { gte: $from, lt: $to } }, groupBy: [{ field: applicationStatus }, { field: town }]) { groups { keys { value label(language: "en") other } count } }
        requests: serviceRequestsAggregate(groupBy: [{ field: town }, { field: requestStatus }]) { groups { keys { value label(language: "en") other } count } }
        categories: serviceRequestsAggregate(groupBy: [{ field: serviceType_category }, { field: requestStatus }]) { groups { keys { value label(language: "en") other } count } }
        news: newsItemsAggregate(groupBy: [{ date: datePublished, bucket: MONTH }, { field: town }], filters: { datePublished: { gte: "${year}-01-01T00:00:00+01:00", lt: "${year + 1}-01-01T00:00:00+01:00" } }) { groups { keys { value label(language: "en") other } count } }
        events: eventsAggregate(groupBy: [{ field: categories }, { field: town }], occurrences: { from: $next, to: $after }) { groups { keys { value label(language: "en") other } count } }
      }`,
      { from: `${year}-01-01`, to: `${year + 1}-01-01`, next: brusselsMonth(now, 1).from, after: brusselsMonth(now, 1).to },
    );
    for (const [chart, alias] of [
      ['applications-by-month', 'applications'],
      ['applications-by-status', 'statuses'],
      ['requests-by-town', 'requests'],
      ['requests-by-category', 'categories'],
      ['news-by-month', 'news'],
      ['events-next-month', 'events'],
    ] as const) {
      const shown = await tableOf(page, chart);
      const want = expected(data[alias]!.groups);
      expect(want.size, `${alias} has groups`).toBeGreaterThan(3);
      for (const [cell, count] of want) expect(shown.cells.get(cell), `${chart} ${cell}`).toBe(count);
      // And nothing the API does not have, but zeros for pairs without entries.
      for (const [cell, value] of shown.cells) if (!want.has(cell)) expect(value, `${chart} ${cell}`).toBe(0);
    }

    // The towns' own data, counted apart from the gateway: services per town, open and closed requests.
    const services = await tableOf(page, 'services-by-town');
    for (const [t, town] of TOWNS.entries()) expect(services.cells.get(`${town.name}|${services.columns[1]}`)).toBe(3 + t);
    const requests = await tableOf(page, 'requests-by-town');
    TOWNS.forEach((town, t) => {
      const fixture = buildRegionFixture(town.code, t, now)['service-request'];
      expect(requests.cells.get(`${town.name}|Closed`)).toBe(fixture.filter((r) => r.requestStatus === 'closed').length);
    });
    // The hostile name is text everywhere, in the tables and in a chart's tooltip.
    expect(requests.cells.has(`${TOWNS[1]!.name}|Closed`)).toBe(true);
    const bars = page.locator('figure[data-chart="requests-by-town"] canvas');
    const box = (await bars.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-en.png'), fullPage: true });
  });

  it('downloads a chart’s rows as CSV equal to the API’s, and the chart as a PNG', async () => {
    const csv = page.waitForEvent('download');
    await page.locator('figure[data-chart="requests-by-town"] button[data-download="csv"]').click();
    const file = await (await csv).path();
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const { requests } = await api<{ requests: { groups: Group[] } }>(
      '{ requests: serviceRequestsAggregate(groupBy: [{ field: town }, { field: requestStatus }]) { groups { keys { value label(language: "en") other } count } } }',
    );
    const header = rows[0]!;
    const fromCsv = new Map<string, number>();
    for (const row of rows.slice(1))
      for (const [i, cell] of row.slice(1).entries()) fromCsv.set(`${row[0]}|${header[i + 1]}`, Number(cell));
    expect(fromCsv).toEqual(expected(requests.groups));

    const png = page.waitForEvent('download');
    await page.locator('figure[data-chart="requests-by-town"] button[data-download="png"]').click();
    const image = readFileSync(await (await png).path());
    expect(image.subarray(1, 4).toString()).toBe('PNG');
    expect(image.length).toBeGreaterThan(5_000);
  });

  it('narrows to a province when one is picked, with the labels read from the page', async () => {
    await page.getByRole('combobox', { name: 'Towns' }).selectOption('group:province:liege');
    await ready();
    expect(new URL(page.url()).searchParams.get('scope')).toBe('group:province:liege');
    const services = await tableOf(page, 'services-by-town');
    expect([...services.cells.keys()]).toEqual([`Gammastadt|${services.columns[1]}`]);
    const { liege } = await api<{ liege: { groups: Group[] } }>(
      '{ liege: serviceRequestsAggregate(group: "province:liege", groupBy: [{ field: serviceType_category }, { field: requestStatus }]) { groups { keys { value label(language: "en") other } count } } }',
    );
    const shown = await tableOf(page, 'requests-by-category');
    for (const [cell, count] of expected(liege.groups)) expect(shown.cells.get(cell), cell).toBe(count);
    // The export of the province's public services: each with its town, no formula for a spreadsheet to run.
    const href = await page.locator('a.export').getAttribute('href');
    const exported = await (await fetch(href!)).text();
    expect(exported).toContain('gamma');
    expect(exported).not.toContain('alpha');
    expect(exported).not.toMatch(/[;,]=HYPERLINK/);
  });

  it('switches language: the interface and the API’s labels, kept in the address', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await ready();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('h1').textContent()).toContain('Region auf einen Blick');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
    const shown = await tableOf(page, 'requests-by-category');
    const { categories } = await api<{ categories: { groups: Group[] } }>(
      '{ categories: serviceRequestsAggregate(group: "province:liege", groupBy: [{ field: serviceType_category }, { field: requestStatus }]) { groups { keys { value label(language: "de") other } count } } }',
    );
    for (const [cell, count] of expected(categories.groups)) expect(shown.cells.get(cell), cell).toBe(count);
    expect([...shown.cells.keys()].some((cell) => cell.startsWith('Straßen'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-de.png'), fullPage: true });
    // Patterns beside the colours, kept in the address.
    await page.getByRole('checkbox', { name: 'Muster zusätzlich zu Farben' }).check();
    await ready();
    expect(new URL(page.url()).searchParams.get('patterns')).toBe('1');
    // The towns table names each member's kind in the page's language.
    const kinds = await page.evaluate(() => {
      const table = document.querySelector('table[data-table="towns"]')!;
      const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent === 'Art');
      return [...table.querySelectorAll('tbody tr')].map((row) => [row.children[0]!.textContent, row.children[column]?.textContent]);
    });
    expect(kinds).toEqual([
      ['Alphaville', 'Gemeinde'],
      ['Betabourg <img src=x onerror="window.pwned=1">', 'Gemeinde'],
      ['Gammastadt', 'Polizeizone'],
    ]);
    for (const language of ['fr', 'nl'] as const) {
      await page.locator('#language').selectOption(language);
      await ready();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    }
  });

  it('compares two towns over twelve months, and is usable with the keyboard alone', async () => {
    await page.goto(new URL('/dashboard/?lang=en&a=alpha&b=gamma&indicator=requests', gateway.url).href);
    await ready();
    const shown = await tableOf(page, 'compare-towns');
    expect(shown.columns).toEqual(['Month', 'Alphaville', 'Gammastadt']);
    expect(shown.cells.size).toBe(24);
    const fromFixture = (code: string, t: number) => buildRegionFixture(code, t, now)['service-request'];
    for (const [code, name, t] of [
      ['alpha', 'Alphaville', 0],
      ['gamma', 'Gammastadt', 2],
    ] as const) {
      const total = [...shown.cells].filter(([cell]) => cell.endsWith(`|${name}`)).reduce((sum, [, v]) => sum + (v ?? 0), 0);
      const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1, -1));
      expect(total, name).toBe(fromFixture(code, t).filter((r) => new Date(r.requestedAt) >= since).length);
    }
    // Keyboard: the first Tab reaches the skip link, Enter moves to the indicators; every control is labelled.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panels');
    const unlabelled = await page.$$eval('select, button', (elements) =>
      elements.filter((e) => !(e as HTMLSelectElement).labels?.length && !e.textContent?.trim()).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    await page.locator('#compare-indicator').focus();
    await page.keyboard.press('ArrowDown');
    await ready();
    expect(new URL(page.url()).searchParams.get('indicator')).not.toBe('requests');
    expect(consoleErrors).toEqual([]);
  });
});
