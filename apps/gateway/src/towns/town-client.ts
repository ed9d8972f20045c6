import { GatewayErrorCode, TownError } from '../errors';
import type { Metrics } from '../metrics';
import type { UpstreamCache } from '../cache/upstream-cache';
import type { RegisteredTown } from '../registry/town-registry';
import type { CircuitBreaker } from './circuit-breaker';
import type { TownHealth } from './town-health';
import { sendToTown, TransportTimeout, type TransportResponse } from './http-transport';

export interface TownClientDeps {
  town: RegisteredTown;
  timeoutMs: number;
  cache: UpstreamCache;
  breaker: CircuitBreaker;
  health: TownHealth;
  metrics: Metrics;
}

/**
 * Reads one town's REST API. Every read has a timeout, goes through the shared upstream cache
 * (so identical reads within the TTL, and identical reads in flight, reach the town once), and
 * fails with a TownError whose code says what went wrong.
 */
export function createTownClient({ town, timeoutMs, cache, breaker, health, metrics }: TownClientDeps) {
  async function fetchJson(url: string, requestId: string | undefined): Promise<{ text: string; parsed: unknown }> {
    if (!breaker.allows()) {
      throw new TownError(GatewayErrorCode.TownUnavailable, town.code, 'skipped: it failed repeatedly and is retried later (circuit open).');
    }
    const started = performance.now();
    const fail = (code: ConstructorParameters<typeof TownError>[0], message: string, countsAsDown = true): never => {
      metrics.upstreamErrors.inc({ town: town.code, code });
      metrics.upstreamSeconds.observe({ town: town.code, outcome: 'error' }, (performance.now() - started) / 1000);
      health.failure(message);
      if (countsAsDown) breaker.failed();
      else breaker.succeeded();
      throw new TownError(code, town.code, message);
    };
    let response: TransportResponse;
    try {
      response = await sendToTown(url, {
        method: 'GET',
        headers: { accept: 'application/json', ...(town.token ? { authorization: `Bearer ${town.token}` } : {}), ...(requestId ? { 'x-request-id': requestId } : {}) },
        timeoutMs,
      });
    } catch (error) {
      if (error instanceof TransportTimeout) return fail(GatewayErrorCode.TownTimeout, `no answer within ${timeoutMs} ms.`);
      return fail(GatewayErrorCode.TownUnavailable, `unreachable (${(error as Error).message}).`);
    }
    const { text } = response;
    if (response.status >= 500) return fail(GatewayErrorCode.TownBadResponse, `answered HTTP ${response.status}.`);
    if (response.status === 401 || response.status === 403) return fail(GatewayErrorCode.TownBadResponse, `refused access (HTTP ${response.status}): check its API token or its public permissions.`, false);
    if (response.status < 200 || response.status >= 300) {
      let detail = '';
      try {
        detail = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? '';
      } catch {
        // The status says enough.
      }
      return fail(GatewayErrorCode.TownBadResponse, `refused the request (HTTP ${response.status}${detail ? `: ${detail}` : ''}).`, false);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail(GatewayErrorCode.TownBadResponse, 'answered with malformed JSON.');
    }
    const ms = performance.now() - started;
    metrics.upstreamSeconds.observe({ town: town.code, outcome: 'ok' }, ms / 1000);
    health.success(Math.round(ms));
    breaker.succeeded();
    return { text, parsed };
  }

  return {
    town,
    /** GET `/api<path>?<query>`, parsed; `requestId` is passed on for the town's logs. */
    async get(path: string, query: URLSearchParams, requestId?: string): Promise<unknown> {
      const url = `${town.url}/api${path}${query.size ? `?${query}` : ''}`;
      // The caller that fetched has the answer parsed already; others parse the cached text.
      let fresh: unknown;
      const { value, hit } = await cache.read(`${town.code}|${url}`, async () => {
        const { text, parsed } = await fetchJson(url, requestId);
        fresh = parsed;
        return text;
      });
      metrics.cacheLookups.inc({ town: town.code, result: hit ? 'hit' : 'miss' });
      return fresh !== undefined ? fresh : JSON.parse(value);
    },
    /**
     * POST `/api<path>?<query>` with the town's write token: never cached, and never retried
     * (a write whose answer was lost may have happened; a retry could file it twice). A
     * 4xx comes back as it is, for the caller to explain; no answer, a 5xx or a body that is
     * not JSON is a TownError.
     */
    async post(path: string, query: URLSearchParams, body: unknown, requestId?: string): Promise<{ status: number; body: unknown }> {
      if (!town.writeToken) throw new TownError(GatewayErrorCode.TownUnavailable, town.code, 'takes no writes: its registry entry has no writeToken.');
      if (!breaker.allows()) throw new TownError(GatewayErrorCode.TownUnavailable, town.code, 'skipped: it failed repeatedly and is retried later (circuit open).');
      const url = `${town.url}/api${path}${query.size ? `?${query}` : ''}`;
      let response: TransportResponse;
      try {
        response = await sendToTown(url, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${town.writeToken}`, ...(requestId ? { 'x-request-id': requestId } : {}) },
          body: JSON.stringify(body),
          timeoutMs,
        });
      } catch (error) {
        metrics.upstreamErrors.inc({ town: town.code, code: error instanceof TransportTimeout ? GatewayErrorCode.TownTimeout : GatewayErrorCode.TownUnavailable });
        if (error instanceof TransportTimeout) throw new TownError(GatewayErrorCode.TownTimeout, town.code, `no answer within ${timeoutMs} ms.`);
        throw new TownError(GatewayErrorCode.TownUnavailable, town.code, `unreachable (${(error as Error).message}).`);
      }
      if (response.status >= 500) {
        metrics.upstreamErrors.inc({ town: town.code, code: GatewayErrorCode.TownBadResponse });
        throw new TownError(GatewayErrorCode.TownBadResponse, town.code, `answered HTTP ${response.status}.`);
      }
      try {
        return { status: response.status, body: JSON.parse(response.text) };
      } catch {
        throw new TownError(GatewayErrorCode.TownBadResponse, town.code, `answered HTTP ${response.status} with malformed JSON.`);
      }
    },
  };
}

export type TownClient = ReturnType<typeof createTownClient>;
