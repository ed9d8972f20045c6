import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildFakeManifest } from './build-fake-manifest';
import { createFakeRestApi } from './create-fake-rest-api';
import { createFakeChangeFeed } from './fake-change-feed';
import { FakeTownError } from './fake-town-error';
import type { Entry } from './match-filters';

/**
 * How the town misbehaves: `error500` and `error400` answer that status with Strapi's error
 * body; `endless` streams an answer that never ends; `hang` never answers; `drip` sends a
 * byte now and then.
 */
export type FakeFault = 'none' | 'error500' | 'error400' | 'malformedJson' | 'wrongShape' | 'hang' | 'drip' | 'endless';

export interface FakeTownOptions {
  code: string;
  /** The town's name in its manifest; its code when unset. */
  name?: string;
  /**
   * Entries per kind (singular name), as a town's REST API returns them: one per locale of a
   * localized kind (`locale`, the default one when missing); relations as `{ documentId }` or
   * lists of them, served when populated; `publishedAt: null` for a draft, never served.
   */
  entries: Record<string, Record<string, unknown>[]>;
  /** Default first. */
  locales?: string[];
  /** Added to every answer, like a real town's latency. */
  delayMs?: number;
  /** An older town: the kinds it serves, and per kind the fields its version lacks. */
  kinds?: string[];
  missingFields?: Record<string, string[]>;
  /** The largest page size (`api.rest.maxLimit`); 100, a real town's default. */
  maxPageSize?: number;
  /** A town on a plugin version before the change feed: `/api/communes-core/changes` is a 404. */
  withoutChangeFeed?: boolean;
  /** What the town subscribes to, in its manifest (channels, `member:<code>`; anything, for a hostile town). */
  subscriptions?: readonly unknown[];
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/**
 * A town that speaks the same HTTP contract as a real one, in memory: the manifest, and
 * lists and entries with Strapi's filters, sort, pagination, fields, populate and locale,
 * refusing bad input with the same 400s. `defineTownContract` (`@communes/fake-town/contract`)
 * runs the same suite against it and against real Strapi. It counts requests and can
 * misbehave on demand, for the gateway's fault tests and benchmarks.
 */
export async function startFakeTown({
  code,
  name = code,
  entries,
  locales = ['fr'],
  delayMs = 0,
  kinds,
  missingFields = {},
  maxPageSize = 100,
  withoutChangeFeed = false,
  subscriptions,
}: FakeTownOptions) {
  let currentFault: FakeFault = 'none';
  let faultyPath: string | undefined;
  const requests: string[] = [];
  const manifest = buildFakeManifest({ code, name, locales, kinds, missingFields, subscriptions });
  const feed = withoutChangeFeed ? undefined : createFakeChangeFeed(entries, locales[0] ?? 'fr');
  const api = createFakeRestApi({ entries: entries as Record<string, Entry[]>, locales, kinds, missingFields, maxPageSize });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url.pathname + url.search);
    const fault = faultyPath === undefined || decoded(url.pathname + url.search).includes(faultyPath) ? currentFault : 'none';
    if (fault === 'hang') return; // never answers
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (fault === 'error500')
      return void res
        .writeHead(500)
        .end('{"data":null,"error":{"status":500,"name":"InternalServerError","message":"Internal Server Error"}}');
    if (fault === 'error400')
      return void res
        .writeHead(400)
        .end(
          '{"data":null,"error":{"status":400,"name":"ValidationError","message":"Invalid format, expected a timestamp or an ISO date","details":{}}}',
        );
    if (fault === 'endless') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
      const timer = setInterval(() => res.write(' '.repeat(65_536)), 1);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (fault === 'malformedJson') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": [');
    if (fault === 'drip') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (url.pathname === '/api/communes-core/manifest') return json(res, 200, manifest);
    if (fault === 'wrongShape' && api.isList(url.pathname)) return json(res, 200, { data: { not: 'a list' } });
    try {
      if (feed && url.pathname === '/api/communes-core/changes') return json(res, 200, feed.answer(url.searchParams));
      json(res, 200, api.answer(url.pathname, url.searchParams));
    } catch (error) {
      // A bug of the fake's own is a 500, which fails the test that met it.
      const known =
        error instanceof FakeTownError
          ? error
          : new FakeTownError(500, 'InternalServerError', `The fake town failed: ${(error as Error).message}`);
      json(res, known.status, known.toBody());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /**
     * Adds a line to the change feed (as if an editor republished the entry), for harvest
     * benchmarks: the entries themselves do not change.
     */
    recordChange(kind: string, documentId: string, locale: string | null, action = 'update') {
      feed?.record(kind, documentId, locale, action);
    },
    /**
     * An editor publishes an edit: `entry` replaces the one with its documentId (and locale),
     * or is added, and the change feed says so.
     */
    publish(kind: string, entry: Record<string, unknown>) {
      const locale = api.put(kind, entry as Entry);
      feed?.record(kind, String(entry.documentId), locale, 'publish');
    },
    /** Misbehave from now on, on every request or only on those whose path and decoded query contain `onlyPath`. */
    setFault(next: FakeFault, onlyPath?: string) {
      currentFault = next;
      faultyPath = onlyPath;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type FakeTown = Awaited<ReturnType<typeof startFakeTown>>;
