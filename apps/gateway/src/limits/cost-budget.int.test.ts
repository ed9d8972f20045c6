import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNewsFixture, startFakeTown, type FakeTown } from '@communes/fake-town';
import { startGatewayOver } from '../testing/gateway-harness';

const NEWS = '{ newsItems(first: 10) { nodes { headline } } }';

/**
 * The cost budget over HTTP: a budget smaller than one operation lets one run at a time, the
 * others wait up to the town timeout and are then refused with SERVER_BUSY; whatever an
 * operation's outcome, its cost is given back.
 */
describe('operations in progress share a cost budget', () => {
  const towns: FakeTown[] = [];
  let gateway: Awaited<ReturnType<typeof startGatewayOver>>;

  beforeAll(async () => {
    for (const code of ['slowa', 'slowb'])
      towns.push(await startFakeTown({ code, delayMs: 400, entries: { 'news-item': buildNewsFixture(code, 10) } }));
    gateway = await startGatewayOver(
      [
        { code: 'slowa', url: towns[0]!.url },
        { code: 'slowb', url: towns[1]!.url },
        // Nothing listens there: its reads fail at once.
        { code: 'gone', url: 'http://127.0.0.1:9' },
      ],
      { cacheTtlMs: 0, townTimeoutMs: 1000, maxCostInFlight: 1, maxCost: 250 },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const town of towns) await town.stop();
  });

  const post = (query: string) =>
    fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  type Answer = { data?: { newsItems: { nodes: unknown[] } }; errors?: { extensions: { code: string } }[] };
  const answerOf = async (query: string) => (await (await post(query)).json()) as Answer;

  it('runs operations one by one here, and refuses those that waited past the town timeout with 503 SERVER_BUSY', async () => {
    const query = '{ newsItems(first: 10, towns: ["slowa", "slowb"]) { nodes { headline } } }';
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(query)));
    const bodies = await Promise.all(
      answers.map((a) => a.json() as Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }>),
    );
    const ok = answers.filter((a) => a.status === 200);
    const busy = answers.filter((a) => a.status === 503);
    // Each takes 400 ms or more and waits for the one before: at most three fit in a second.
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.length).toBeLessThanOrEqual(3);
    expect(ok.length + busy.length).toBe(6);
    for (const answer of busy) expect(answer.headers.get('retry-after')).toBe('1');
    for (const [i, body] of bodies.entries())
      if (answers[i]!.status === 503) expect(body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'SERVER_BUSY' } })] });
    const metrics = await (await fetch(new URL('/metrics', gateway.url))).text();
    expect(metrics).toContain(`communes_busy_refusals_total ${busy.length}`);
  });

  it('gives the cost back after a town failure, a partial answer and a refusal alike: the next operation does not wait', async () => {
    const failed = await answerOf('{ newsItems(first: 10, towns: ["gone"]) { nodes { headline } } }');
    expect(failed.errors![0]!.extensions.code).toBe('TOWN_UNAVAILABLE');
    const partial = await answerOf('{ newsItems(first: 50, towns: ["slowa", "slowb", "gone"]) { nodes { headline } } }');
    expect(partial.data!.newsItems.nodes).toHaveLength(20);
    const tooCostly = await answerOf('{ newsItems(first: 100) { nodes { headline } } }');
    expect(tooCostly.errors![0]!.extensions.code).toBe('QUERY_TOO_COSTLY');
    // Had any of them kept its cost, this one would wait a second and be refused.
    const started = Date.now();
    const answer = await post(NEWS);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
