import { GatewayErrorCode, TownError, type TownErrorCode } from '../errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { UpstreamCache } from '../cache/upstream-cache';
import type { RegisteredTown } from '../registry/town-registry';
import { CircuitOpen, type CircuitBreaker } from './circuit-breaker';
import { oneLine } from './one-line';
import type { SharedOutages } from './shared-outages';
import type { TownHealth } from './town-health';
import { sendToTown, TransportTimeout, TransportTooLarge, type TransportRequest, type TransportResponse } from './http-transport';

export interface TownClientDeps {
  town: RegisteredTown;
  timeoutMs: number;
  /** A larger answer is refused (TOWN_BAD_RESPONSE). */
  maxResponseBytes: number;
  cache: UpstreamCache;
  breaker: CircuitBreaker;
  health: TownHealth;
  metrics: Metrics;
  /** What other replicas found of this town (Redis); without it, only what this replica saw counts. */
  outages?: SharedOutages;
  /** Where the details clients never see go: the town's address, the system error. */
  logger?: Logger;
}

/** Statuses a town answers when the query itself is wrong (Strapi's 400; a URL too long for its server). */
const QUERY_REFUSED = new Set([400, 414, 431]);

/** The message of a town's error body, made safe to show: one line, short. */
function townMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? oneLine(message, 200) : '';
  } catch {
    return '';
  }
}

/**
 * Reads and writes one town's REST API. Every call has a timeout and a size cap and goes
 * through the town's circuit breaker, which counts only outages (no connection, no answer in
 * time): a town that answers, even with an error, is alive, and a query that makes every town
 * answer 500 must not make the region skip them for everyone. Reads go through the shared
 * upstream cache (identical reads within the TTL, and in flight, reach the town once).
 * Failures are TownErrors whose public message never holds the town's address or a system
 * error; those are logged with the request id.
 */
export function createTownClient({ town, timeoutMs, maxResponseBytes, cache, breaker, health, metrics, outages, logger }: TownClientDeps) {
  const fail = (
    code: TownErrorCode,
    message: string,
    context: { started: number; requestId?: string; url: string; status?: number; cause?: unknown; healthy?: boolean },
  ): never => {
    metrics.upstreamErrors.inc({ town: town.code, code });
    metrics.upstreamSeconds.observe({ town: town.code, outcome: 'error' }, (performance.now() - context.started) / 1000);
    // A query the town refused says nothing against the town.
    if (context.healthy) health.success(Math.round(performance.now() - context.started));
    else health.failure(message);
    const detail = context.cause instanceof Error ? `${context.cause.name}: ${context.cause.message}` : undefined;
    logger?.warn('town request failed', {
      requestId: context.requestId ?? null,
      town: town.code,
      url: context.url,
      code,
      status: context.status ?? null,
      detail: detail ?? null,
    });
    throw new TownError(code, town.code, message, { detail });
  };

  /**
   * Another replica's view first: a town it found down is held down here too, and a trial
   * call another replica makes is not made again (CircuitOpen: skipped).
   */
  async function consultReplicas() {
    if (!outages) return;
    const key = outageKeyOf(town);
    const until = await outages.downUntil(key);
    if (until !== undefined) breaker.holdOpenUntil(until);
    else if (breaker.state() === 'half-open' && !(await outages.claimTrial(key, timeoutMs)))
      throw new CircuitOpen('another replica makes the trial call');
  }

  /** One exchange through the circuit breaker; what the town answered, whatever its status. */
  async function exchange(
    url: string,
    request: Omit<TransportRequest, 'timeoutMs' | 'maxBytes'>,
    requestId: string | undefined,
  ): Promise<{ response: TransportResponse; started: number }> {
    const started = performance.now();
    try {
      await consultReplicas();
      const response = await breaker.run(
        () => sendToTown(url, { ...request, timeoutMs, maxBytes: maxResponseBytes }),
        (error) => !(error instanceof TransportTooLarge),
      );
      return { response, started };
    } catch (cause) {
      if (cause instanceof CircuitOpen)
        throw new TownError(
          GatewayErrorCode.TownUnavailable,
          town.code,
          'skipped: it did not answer repeatedly and is tried again later (circuit open).',
        );
      const context = { started, requestId, url, cause };
      if (cause instanceof TransportTimeout) return fail(GatewayErrorCode.TownTimeout, `no answer within ${timeoutMs} ms.`, context);
      if (cause instanceof TransportTooLarge)
        return fail(GatewayErrorCode.TownBadResponse, `answered more than ${maxResponseBytes} bytes.`, context);
      return fail(GatewayErrorCode.TownUnavailable, 'unreachable.', context);
    }
  }

  async function fetchJson(url: string, requestId: string | undefined): Promise<{ text: string; parsed: unknown }> {
    const headers = {
      accept: 'application/json',
      ...(town.token ? { authorization: `Bearer ${town.token}` } : {}),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    };
    const { response, started } = await exchange(url, { method: 'GET', headers }, requestId);
    const { status, text } = response;
    const context = { started, requestId, url, status };
    if (QUERY_REFUSED.has(status)) {
      const detail = townMessage(text);
      return fail(GatewayErrorCode.BadUserInput, `refused the query (HTTP ${status}${detail ? `: ${detail}` : ''}).`, {
        ...context,
        healthy: true,
      });
    }
    if (status >= 500) return fail(GatewayErrorCode.TownBadResponse, `answered HTTP ${status}.`, context);
    if (status === 401 || status === 403)
      return fail(
        GatewayErrorCode.TownBadResponse,
        `refused access (HTTP ${status}): check its API token or its public permissions.`,
        context,
      );
    if (status < 200 || status >= 300) return fail(GatewayErrorCode.TownBadResponse, `refused the request (HTTP ${status}).`, context);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail(GatewayErrorCode.TownBadResponse, 'answered with malformed JSON.', context);
    }
    const ms = performance.now() - started;
    metrics.upstreamSeconds.observe({ town: town.code, outcome: 'ok' }, ms / 1000);
    health.success(Math.round(ms));
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
      if (!town.writeToken)
        throw new TownError(GatewayErrorCode.TownUnavailable, town.code, 'takes no writes: its registry entry has no writeToken.');
      const url = `${town.url}/api${path}${query.size ? `?${query}` : ''}`;
      const headers = {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: `Bearer ${town.writeToken}`,
        ...(requestId ? { 'x-request-id': requestId } : {}),
      };
      const { response, started } = await exchange(url, { method: 'POST', headers, body: JSON.stringify(body) }, requestId);
      const context = { started, requestId, url, status: response.status };
      if (response.status >= 500) return fail(GatewayErrorCode.TownBadResponse, `answered HTTP ${response.status}.`, context);
      try {
        return { status: response.status, body: JSON.parse(response.text) };
      } catch {
        return fail(GatewayErrorCode.TownBadResponse, `answered HTTP ${response.status} with malformed JSON.`, context);
      }
    },
  };
}

export type TownClient = ReturnType<typeof createTownClient>;

/** A town in the replicas' shared outage marks: its code and its address. */
export const outageKeyOf = (town: Pick<RegisteredTown, 'code' | 'url'>) => `${town.code}|${town.url}`;
