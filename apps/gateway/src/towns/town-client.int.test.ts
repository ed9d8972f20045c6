import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTown, type FakeTown } from '@communes/fake-town';
import { createMemoryStore } from '../cache/memory-store';
import { createUpstreamCache } from '../cache/upstream-cache';
import { TownError } from '../errors';
import { createLogger } from '../logger';
import { createMetrics } from '../metrics';
import { createCircuitBreaker } from './circuit-breaker';
import { createTownClient } from './town-client';
import { createTownHealth } from './town-health';

const NEWS = '/communes-news/news-items';

/** A client of one town, with an injected clock for its circuit and its log lines kept. */
function clientOf(url: string, options: { maxResponseBytes?: number } = {}) {
  const clock = { t: 0 };
  const breaker = createCircuitBreaker({ failures: 3, openMs: 30_000, now: () => clock.t });
  const health = createTownHealth(breaker, 1000);
  const logs: Record<string, unknown>[] = [];
  const client = createTownClient({
    town: { code: 'tc', name: 'TC', url, locales: ['fr'], groups: {}, writeToken: 'write-token' },
    timeoutMs: 300,
    maxResponseBytes: options.maxResponseBytes ?? 1_000_000,
    cache: createUpstreamCache({ local: createMemoryStore(), ttlMs: 0 }),
    breaker,
    health,
    metrics: createMetrics(),
    logger: createLogger('debug', (line) => logs.push(JSON.parse(line))),
  });
  /** The TownError a read ends with, or undefined when it succeeds. */
  const read = (requestId = 'req-1') =>
    client.get(NEWS, new URLSearchParams(), requestId).then(
      () => undefined,
      (error: TownError) => error,
    );
  return { clock, breaker, health, client, logs, read };
}

describe('a town client', () => {
  let town: FakeTown;

  beforeAll(async () => {
    town = await startFakeTown({ code: 'tc', entries: { 'news-item': [] } });
  });
  beforeEach(() => town.setFault('none'));
  afterAll(async () => town?.stop());

  it('ends a half-open trial taken by a write, so that the town is read again', async () => {
    const { clock, breaker, client, read } = clientOf(town.url);
    town.setFault('hang');
    for (let i = 0; i < 3; i++) expect((await read())?.code).toBe('TOWN_TIMEOUT');
    expect((await read())?.message).toMatch(/circuit open/);
    town.setFault('none');
    clock.t = 30_000;
    // The trial is a POST, which the town answers.
    await expect(client.post('/communes-requests/service-requests', new URLSearchParams(), { data: {} })).resolves.toMatchObject({
      status: 200,
    });
    expect(breaker.state()).toBe('closed');
    expect(await read()).toBeUndefined();
  });

  it("treats a town's 400 as the query's fault: BAD_USER_INPUT naming the town, never counted against it", async () => {
    const { breaker, health, read } = clientOf(town.url);
    expect(await read()).toBeUndefined();
    town.setFault('error400');
    for (let i = 0; i < 10; i++) {
      const error = await read();
      expect(error).toBeInstanceOf(TownError);
      expect(error?.toGraphQLError().toJSON()).toEqual({
        message: 'Town "tc": refused the query (HTTP 400: Invalid format, expected a timestamp or an ISO date).',
        extensions: { code: 'BAD_USER_INPUT', town: 'tc' },
      });
    }
    expect(breaker.state()).toBe('closed');
    expect(health.snapshot()).toMatchObject({ state: 'UP', error: null });
  });

  it('fails a request that a town answers with HTTP 500, without opening its circuit: the town answered', async () => {
    const { breaker, health, read } = clientOf(town.url);
    expect(await read()).toBeUndefined();
    town.setFault('error500');
    for (let i = 0; i < 10; i++) expect((await read())?.message).toBe('answered HTTP 500.');
    expect(breaker.state()).toBe('closed');
    expect(health.snapshot()).toMatchObject({ state: 'DEGRADED', error: 'answered HTTP 500.' });
  });

  it('refuses an answer over its byte cap, and the town stays readable', async () => {
    const { breaker, read } = clientOf(town.url, { maxResponseBytes: 100_000 });
    town.setFault('endless');
    const error = await read();
    expect(error?.code).toBe('TOWN_BAD_RESPONSE');
    expect(error?.message).toBe('answered more than 100000 bytes.');
    expect(breaker.state()).toBe('closed');
    town.setFault('none');
    expect(await read()).toBeUndefined();
  });

  it('says a town it cannot reach is unreachable, never where it is; the log says, with the request id', async () => {
    const gone = await startFakeTown({ code: 'gone', entries: {} });
    await gone.stop();
    const { health, logs, read } = clientOf(gone.url);
    const error = await read('req-gone');
    const port = new URL(gone.url).port;
    expect(error?.toGraphQLError().toJSON()).toEqual({
      message: 'Town "tc": unreachable.',
      extensions: { code: 'TOWN_UNAVAILABLE', town: 'tc' },
    });
    expect(JSON.stringify(health.snapshot())).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|ECONNREFUSED`));
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        requestId: 'req-gone',
        town: 'tc',
        code: 'TOWN_UNAVAILABLE',
        detail: expect.stringContaining('ECONNREFUSED'),
      }),
    );
    expect(logs.at(-1)?.url).toContain(`:${port}/api`);
  });
});
