import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The gateway's Prometheus metrics, served on /metrics. `sharedCacheConnected` is read at each
 * scrape: 1 when the replica's Redis connection is up, 0 when not; absent without Redis.
 */
export function createMetrics(sharedCacheConnected?: () => boolean) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    upstreamSeconds: new Histogram({
      name: 'communes_upstream_request_seconds',
      help: 'Latency of requests to towns, by town and outcome.',
      labelNames: ['town', 'outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    upstreamErrors: new Counter({
      name: 'communes_upstream_errors_total',
      help: 'Failed requests to towns, by town and code.',
      labelNames: ['town', 'code'],
      registers: [registry],
    }),
    cacheLookups: new Counter({
      name: 'communes_upstream_cache_total',
      help: 'Upstream reads served by the town for this read (miss), or not (hit: from the cache, or joined to a read in flight here or on another replica).',
      labelNames: ['town', 'result'],
      registers: [registry],
    }),
    operationCache: new Counter({
      name: 'communes_operation_cache_total',
      help: 'GraphQL requests answered whole from the operation cache (hit), or executed (miss).',
      labelNames: ['result'],
      registers: [registry],
    }),
    ...(sharedCacheConnected
      ? {
          sharedCache: new Gauge({
            name: 'communes_shared_cache_connected',
            help: 'Whether the shared cache (Redis) is connected: 1, or 0 while answers are cached in this process only.',
            registers: [registry],
            collect() {
              this.set(sharedCacheConnected() ? 1 : 0);
            },
          }),
        }
      : {}),
    busyRefusals: new Counter({
      name: 'communes_busy_refusals_total',
      help: 'Operations refused with SERVER_BUSY: the cost budget of operations in progress stayed full for their whole wait.',
      registers: [registry],
    }),
    operations: new Counter({
      name: 'communes_graphql_operations_total',
      help: 'GraphQL operations, by outcome.',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
