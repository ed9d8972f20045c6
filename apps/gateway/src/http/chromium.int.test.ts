import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayOver } from '../testing/gateway-harness';

/** Debian's Chromium: CI installs it (`.ci/run`); never a browser downloaded by Playwright. */
const CHROMIUM = '/usr/bin/chromium';

const EVENTS = [
  { documentId: 'evt000000000000000000001', name: 'Concert au parc', locale: 'fr' },
  { documentId: 'evt000000000000000000001', name: 'Concert in het park', locale: 'nl' },
  { documentId: 'evt000000000000000000002', name: 'Marché de Noël', locale: 'fr' },
].map((event) => ({
  ...event,
  start: '2026-06-21T16:00:00.000Z',
  allDay: false,
  eventStatus: 'scheduled',
  attendanceMode: 'offline',
  locationName: 'Parc',
  categories: ['concert'],
  topics: [],
}));

/** A page of another origin: a small server of its own, on another port. */
async function startPageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>front end</title><p>A front end on another origin.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** What the page's fetch gets: the JSON, or the error a browser gives for a CORS refusal. */
const postFrom = (page: Page, url: string) =>
  page.evaluate(async (graphql) => {
    try {
      const response = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ events(locale: ["nl", "fr"]) { nodes { name locale } } }' }),
      });
      return { status: response.status, cacheStatus: response.headers.get('cache-status'), body: await response.json() };
    } catch (error) {
      return { error: `${(error as Error).name}: ${(error as Error).message}` };
    }
  }, url);

describe('a browser (headless Chromium)', () => {
  let browser: Browser;
  let town: FakeTown;
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;
  let allowed: Awaited<ReturnType<typeof startPageServer>>;
  let other: Awaited<ReturnType<typeof startPageServer>>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium), as .ci/run does.`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    town = await startFakeTown({ code: 'eupen', name: 'Eupen', locales: ['fr', 'nl'], entries: { event: EVENTS } });
    [allowed, other] = await Promise.all([startPageServer(), startPageServer()]);
    gateway = await startGatewayOver([{ code: 'eupen', url: town.url, locales: ['fr', 'nl'] }], { corsOrigins: [allowed.origin] });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    await town?.stop();
    for (const page of [allowed, other]) page?.server.close();
  });

  it('reads GraphQL from a page of an allowed origin, and fails with a TypeError on another', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${allowed.origin}/`);
      const answer = await postFrom(page, gateway.url);
      expect(answer).toEqual({
        status: 200,
        cacheStatus: 'communes-gateway; fwd=miss; stored',
        body: { data: { events: { nodes: expect.arrayContaining([{ name: 'Concert in het park', locale: 'nl' }]) } } },
      });
      // The page can read where its answer came from (Access-Control-Expose-Headers).
      expect(await postFrom(page, gateway.url)).toEqual({
        ...answer,
        cacheStatus: expect.stringMatching(/^communes-gateway; hit; ttl=\d+$/),
      });
      await page.goto(`${other.origin}/`);
      const refused = await postFrom(page, gateway.url);
      expect(refused).toEqual({ error: expect.stringMatching(/^TypeError: /) });
    } finally {
      await context.close();
    }
  });

  it('runs a query in the GraphiQL landing page, asking nothing of any other host', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const gatewayOrigin = new URL(gateway.url).origin;
      const elsewhere: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(`${gatewayOrigin}/`) && !url.startsWith('data:')) elsewhere.push(url);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // A CSP refusal (a script or style the policy blocks) is reported on the console.
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      await page.goto(gateway.url);
      await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor();
      // The second example: events, each in the first of its locales the town publishes in.
      await page.getByRole('tab', { name: /EventsInLanguages/ }).click();
      // GraphiQL settles the tab's operation name 100 ms after its editor changes, and stores it:
      // a run before that would name the first tab's operation.
      await expect.poll(() => page.evaluate("localStorage.getItem('graphiql:operationName')")).toBe('EventsInLanguages');
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.result-window');
      await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('Concert in het park');
      expect(await result.textContent()).toContain('"locale": "nl"');
      // A dialog adds a <style> element (its scroll lock): the page's CSP must let it.
      await page.getByRole('button', { name: 'Open settings dialog' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
