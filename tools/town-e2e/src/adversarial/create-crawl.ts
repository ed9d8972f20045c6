import { findClosedItemLeaks } from './closed-item-check';
import { createLimiter } from './create-limiter';
import type { LeakDetector } from './leak-detector';
import type { TownPlanting } from './planting';
import { sendRequest, type HttpAnswer, type HttpRequest } from './send-request';

export interface Answer extends HttpAnswer {
  /** The body parsed, when it is JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: any JSON the region under attack answers; each oracle reads the fields it checks through optional chains, and a missing one is a finding.
  json?: any;
}

/** One request of the crawl and what its answer must (not) reveal. */
export interface Probe extends HttpRequest {
  /** The public surface: `town`, `graphql`, `oparl`, `open311`, `calendar`, `feeds`, `json-ld`. */
  surface: string;
  /** The attack class the request belongs to; the summary counts the classes covered. */
  attack: string;
  /** An oracle on the answer: what it reveals (a message), or undefined when it holds. */
  check?: (answer: Answer) => string | undefined;
}

export interface Failure {
  surface: string;
  attack: string;
  request: string;
  status: number;
  problem: string;
}

export interface CrawlSummary {
  requests: number;
  attacks: Record<string, number>;
  /** Per attack class, answers by status class (`2xx`, `4xx`, ...): how much of it was served, how much refused. */
  statuses: Record<string, Record<string, number>>;
  leaks: number;
  serverErrors: number;
  failures: Failure[];
}

const parseJson = (answer: HttpAnswer): unknown => {
  if (!/json/.test(String(answer.headers['content-type'] ?? ''))) return undefined;
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
};

/**
 * The crawl's one way to send a request: bounded concurrency, and on every answer the checks
 * every request gets (no 5xx, no internal GraphQL error, no canary, no closed item's withheld
 * field or link) plus the probe's own oracle. Failures are collected, not thrown, so that one
 * run reports every leak at once.
 */
export function createCrawl({
  detector,
  plantings,
  concurrency,
}: {
  detector: LeakDetector;
  plantings: TownPlanting[];
  concurrency: number;
}) {
  const limit = createLimiter(concurrency);
  const summary: CrawlSummary = { requests: 0, attacks: {}, statuses: {}, leaks: 0, serverErrors: 0, failures: [] };

  const probe = (p: Probe): Promise<Answer | undefined> =>
    limit(async () => {
      summary.requests++;
      summary.attacks[p.attack] = (summary.attacks[p.attack] ?? 0) + 1;
      const request = `${p.method ?? 'GET'} ${p.url}${p.body ? ` ${p.body.slice(0, 400)}` : ''}`;
      const fail = (status: number, problem: string) =>
        summary.failures.push({ surface: p.surface, attack: p.attack, request, status, problem });
      let answer: Answer;
      try {
        const raw = await sendRequest(p);
        answer = { ...raw, json: parseJson(raw) };
      } catch (error) {
        fail(0, `no answer: ${(error as Error).message}`);
        return undefined;
      }
      const statuses = summary.statuses[p.attack] ?? {};
      summary.statuses[p.attack] = statuses;
      statuses[`${String(answer.status)[0]}xx`] = (statuses[`${String(answer.status)[0]}xx`] ?? 0) + 1;
      if (answer.status >= 500) {
        summary.serverErrors++;
        fail(answer.status, `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`);
      }
      const internal = (answer.json?.errors as { message?: string; extensions?: { code?: string } }[] | undefined)?.find(
        (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
      );
      if (internal) {
        summary.serverErrors++;
        fail(answer.status, `GraphQL INTERNAL_SERVER_ERROR: ${internal.message}`);
      }
      const leaks = [
        ...detector(answer.text, `${request} ${JSON.stringify(p.headers ?? {})}`),
        ...(answer.json ? findClosedItemLeaks(answer.json, plantings) : []),
      ];
      for (const leak of leaks) fail(answer.status, `leak of ${leak.town ?? 'the region'}'s ${leak.site} (${leak.family}): ${leak.found}`);
      summary.leaks += leaks.length;
      const problem = p.check?.(answer);
      if (problem) fail(answer.status, problem);
      return answer;
    });

  return {
    probe,
    probeAll: (probes: Probe[]) => Promise.all(probes.map(probe)),
    summary: (): CrawlSummary => summary,
  };
}

export type Crawl = ReturnType<typeof createCrawl>;
