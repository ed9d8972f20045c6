/** The gateway's settings. Only `main.ts` reads the environment; everything else gets this. */
export interface GatewayConfig {
  host: string;
  /** 0 picks a free port. Default 4000. */
  port: number;
  /** The town registry (JSON); reloaded when it changes. */
  registryFile: string;
  /** How long one call to a town may take. Default 5000 ms. */
  townTimeoutMs: number;
  /** How long an upstream read is reused, across clients and (with Redis) replicas. Default 5000 ms. */
  cacheTtlMs: number;
  /** Share the upstream cache in Redis; in memory when unset. */
  redisUrl?: string;
  /**
   * The regional index (PostgreSQL) the harvester keeps: bulk exports read it. Unset: no
   * index, unless the embedding process hands one over (the demo's embedded PGlite).
   */
  indexDatabaseUrl?: string;
  /** The index's schema (one per region deployment). */
  indexSchema?: string;
  /**
   * What the index answers, when there is one: `regions`, every list and search over more
   * than one town (one town stays live: its freshest answer is cheap); `off`, exports only.
   * Default `regions`.
   */
  indexReads: 'regions' | 'off';
  /** Schema introspection and the landing page (GraphiQL). Default true (the demo); false in production. */
  introspection: boolean;
  /**
   * The origins whose pages may read GraphQL (and POST to Open311) from a browser, e.g.
   * `['https://app.example.org']`, or `['*']` for any. Default none. Open data read with GET
   * is public whatever this says. Never with credentials: the API takes no cookie.
   */
  corsOrigins: readonly string[];
  /** `first` above this is refused. Default 100. */
  maxPageSize: number;
  /** Nesting deeper than this is refused. Default 12. */
  maxDepth: number;
  /** More aliases than this in one operation are refused. Default 30. */
  maxAliases: number;
  /** The estimated number of entries an operation may touch. Default 20000. */
  maxCost: number;
  /**
   * The estimated entries all operations in progress may touch together (the same estimate):
   * more wait their turn up to the town timeout, then get SERVER_BUSY (503). Bounds what a
   * flood of heavy operations holds in memory at once. Default 100000 (five at `maxCost`).
   */
  maxCostInFlight: number;
  /** Request bodies above this are refused with 413. Default 100 kB. */
  maxBodyBytes: number;
  /** Consecutive failures that open a town's circuit, and how long it stays open. */
  circuit: { failures: number; openMs: number };
  /**
   * The gateway's public origin, e.g. https://opendata.example.org: open-data objects are
   * named by absolute URLs (OParl ids, feed links). Default: the address the gateway listens
   * on; never the request's Host header, which any client can set.
   */
  publicUrl?: string;
  /** Log level of the JSON logs. Default info. */
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Stack traces in GraphQL errors: only for development. Default false. */
  exposeStackTraces: boolean;
  /** A town answer over this many bytes is refused (TOWN_BAD_RESPONSE). Default 10 MB. */
  maxTownResponseBytes: number;
  /** The in-memory upstream cache holds at most this many bytes of answers. Default 64 MB. */
  cacheMaxBytes: number;
  /**
   * Whole answers of cacheable queries (every town answered, no error) are kept in memory up
   * to this many bytes, for the upstream TTL, and in Redis too where `redisUrl` is set. 0: off.
   * Default 16 MB.
   */
  operationCacheMaxBytes: number;
  /** Node's server timeouts: a slow or idle client cannot hold a connection forever. */
  serverTimeouts: { headersMs: number; requestMs: number; keepAliveMs: number };
  /** Open311 POST: requests per minute per api_key, and how long a duplicate is answered with the first result. */
  open311: { postsPerMinutePerKey: number; idempotencyTtlMs: number };
  /**
   * Small-count suppression of the `<kind>Aggregate` fields: a group of fewer entries than
   * this has its count and every measure withheld (null), for every client. 0 (default): off;
   * otherwise 2 or more.
   */
  aggregateMinCount: number;
  /**
   * A built web app (an `index.html` and its files) served at `/dashboard/`: the region's
   * dashboard (apps/dashboard/dist). Read once at start; absent: no dashboard.
   */
  dashboardDir?: string;
}

export const defaultGatewayConfig: Omit<GatewayConfig, 'registryFile'> = {
  host: '127.0.0.1',
  port: 4000,
  townTimeoutMs: 5000,
  cacheTtlMs: 5000,
  introspection: true,
  indexReads: 'regions',
  corsOrigins: [],
  maxPageSize: 100,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20_000,
  maxCostInFlight: 100_000,
  maxBodyBytes: 100_000,
  circuit: { failures: 3, openMs: 30_000 },
  logLevel: 'info',
  exposeStackTraces: false,
  maxTownResponseBytes: 10_000_000,
  cacheMaxBytes: 64_000_000,
  operationCacheMaxBytes: 16_000_000,
  serverTimeouts: { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 },
  open311: { postsPerMinutePerKey: 10, idempotencyTtlMs: 24 * 3600_000 },
  aggregateMinCount: 0,
};
