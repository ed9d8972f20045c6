import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type IndexDatabase, openPostgresIndex } from '@communes/regional-index';
import { checkAggregateMinCount } from './aggregates/small-counts';
import { createMemoryStore } from './cache/memory-store';
import { openRedis } from './cache/redis-connection';
import { throttleRedisErrors } from './cache/throttle-redis-errors';
import { createRedisStore } from './cache/redis-store';
import { createOperationCache } from './cache/operation-cache';
import { createUpstreamCache } from './cache/upstream-cache';
import { createSharedOutages } from './towns/shared-outages';
import { townErrorCodec } from './towns/town-error-codec';
import { defaultGatewayConfig, type GatewayConfig } from './config';
import { cacheableAnswerPlugin, notesPlugin, operationLogPlugin, townErrorsPlugin } from './http/apollo-plugins';
import { createCorsPolicy } from './http/cors-policy';
import { createFormatError } from './http/format-error';
import { graphiqlLandingPagePlugin } from './http/graphiql-landing-page-plugin';
import { createHttpServer } from './http/http-server';
import { loadGraphiqlAssets } from './http/load-graphiql-assets';
import { loadStaticApp } from './http/load-static-app';
import { toListeningOrigin } from './http/to-listening-origin';
import type { InternalGraphQLResult } from './open-data/open-data-route';
import { openDataRoutes } from './open-data/open-data-routes';
import { createOpen311PostGuard } from './open-data/open311/open311-post-guard';
import { createCostBudget } from './limits/cost-budget';
import { costLimitPlugin } from './limits/cost-limit-plugin';
import { createIntrospectionRule } from './limits/introspection-rule';
import { createReadOnlyRule } from './limits/read-only-rule';
import { createLimitsRule } from './limits/limits-rule';
import { townScopeOf } from './limits/town-scope-of';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { watchRegistryFile } from './registry/registry-file';
import type { GatewayContext } from './resolvers/gateway-context';
import { buildGatewaySchema } from './schema/build-schema';
import { createTownDirectory } from './towns/town-directory';
import { createTownLoaders } from './towns/town-loaders';

/** How long a starting replica waits for Redis before it serves without it. */
const REDIS_START_WAIT_MS = 2000;

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the gateway: registry, towns, schema, Apollo Server and the HTTP endpoints. `index`
 * hands over a regional index already open in this process (the demo's embedded one);
 * otherwise `indexDatabaseUrl` opens one, or there is none.
 */
export async function startGateway(
  options: Partial<GatewayConfig> & Pick<GatewayConfig, 'registryFile'> & { index?: IndexDatabase },
): Promise<RunningGateway> {
  const { index: givenIndex, ...settings } = options;
  const config: GatewayConfig = { ...defaultGatewayConfig, ...settings };
  // Checked before anything starts: a wrong origin or a missing package stops the start.
  const cors = createCorsPolicy(config.corsOrigins);
  checkAggregateMinCount(config.aggregateMinCount);
  const graphiql = config.introspection ? loadGraphiqlAssets() : undefined;
  const dashboard = config.dashboardDir ? loadStaticApp(config.dashboardDir, '/dashboard/') : undefined;
  const logger = createLogger(config.logLevel);
  // One connection for every store kept in Redis.
  const redis = config.redisUrl ? openRedis(config.redisUrl, throttleRedisErrors(logger)) : undefined;
  const metrics = createMetrics(redis?.connected);
  const registry = watchRegistryFile(config.registryFile, ({ reloaded, error }) => {
    if (reloaded) logger.info('town registry reloaded', { towns: reloaded.towns.map((t) => t.code) });
    if (error) logger.error('town registry change refused; the previous one stays in force', { error: error.message });
  });
  const cache = createUpstreamCache({
    local: createMemoryStore({ maxBytes: config.cacheMaxBytes }),
    shared: redis ? createRedisStore(redis) : undefined,
    ttlMs: config.cacheTtlMs,
    // A load is one town exchange, bounded by the town timeout; the margin covers Redis's own round trips.
    claimMs: config.townTimeoutMs + 1000,
    errors: townErrorCodec,
  });
  const outages = redis ? createSharedOutages(redis) : undefined;
  const answerStores =
    config.cacheTtlMs > 0 && config.operationCacheMaxBytes > 0
      ? {
          local: createMemoryStore({ maxBytes: config.operationCacheMaxBytes }),
          shared: redis ? createRedisStore(redis, 'communes:operation:') : undefined,
        }
      : undefined;
  const operationCache = answerStores
    ? createOperationCache(config.cacheTtlMs, () => registry.current(), answerStores.local, answerStores.shared)
    : undefined;
  const closeCaches = async () => {
    await cache.close();
    await answerStores?.local.close();
    await answerStores?.shared?.close();
    redis?.close();
  };
  const index =
    givenIndex ??
    (config.indexDatabaseUrl ? await openPostgresIndex({ url: config.indexDatabaseUrl, schema: config.indexSchema }) : undefined);
  const directory = createTownDirectory(registry, { config, cache, metrics, outages, logger });
  const costSettings = { maxPageSize: config.maxPageSize, towns: townScopeOf(directory) };

  const apollo = new ApolloServer<GatewayContext>({
    schema: buildGatewaySchema(),
    introspection: config.introspection,
    csrfPrevention: true,
    // Whoever starts the gateway handles signals and calls stop() (main.ts, the demo): Apollo's
    // own handler would stop Apollo under it, and the demo's stop then waited forever.
    stopOnTerminationSignals: false,
    validationRules: [createLimitsRule(config), createIntrospectionRule(), createReadOnlyRule()],
    formatError: createFormatError(config.exposeStackTraces),
    // Apollo's own default shows stacks unless NODE_ENV is production or test: explicit here.
    includeStacktraceInErrorResponses: config.exposeStackTraces,
    // Without introspection, "Did you mean …?" in validation errors would still reveal the schema.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    plugins: [
      graphiql ? graphiqlLandingPagePlugin(graphiql.html) : ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(config, costSettings, {
        costs: createCostBudget({ capacity: config.maxCostInFlight, maxWaitMs: config.townTimeoutMs, maxQueued: 1000 }),
        onBusy: () => metrics.busyRefusals.inc(),
      }),
      townErrorsPlugin,
      notesPlugin,
      cacheableAnswerPlugin,
      operationLogPlugin(logger, metrics),
    ],
  });
  await apollo.start();

  // Open-data routes page lists by town offsets (OParl's `page`), which only live reads give.
  const newContext = (requestId: string, readsIndex = config.indexReads === 'regions'): GatewayContext => ({
    config,
    directory,
    requestId,
    townErrors: [],
    notes: [],
    answer: {},
    liveCounts: { asked: 0 },
    loaders: createTownLoaders(directory, requestId),
    ...(index ? { index } : {}),
    readsIndex: readsIndex && index !== undefined,
    logger,
  });
  // Known once the server listens (port 0 picks one). Never the request's Host header: any
  // client sets it, and a shared cache would keep the poisoned URLs for everyone.
  const publicUrl = config.publicUrl?.replace(/\/+$/, '');
  let publicOrigin = publicUrl ?? '';
  // A create is a read of the town's service types and one write: two town exchanges at most.
  const open311PostGuard = createOpen311PostGuard(
    config.open311,
    redis ? { redis, runningMs: 2 * config.townTimeoutMs + 1000 } : undefined,
  );
  const server = createHttpServer({
    apollo,
    openData: {
      routes: openDataRoutes,
      context: (base) => ({
        ...base,
        config,
        directory,
        // Every line an open-data route logs carries its request's id.
        logger: logger.child({ requestId: base.requestId }),
        publicOrigin,
        open311PostGuard,
        ...(index ? { index } : {}),
        async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<InternalGraphQLResult<T>> {
          const response = await apollo.executeOperation<T & Record<string, unknown>>(
            { query, variables },
            { contextValue: newContext(base.requestId, false) },
          );
          if (response.body.kind !== 'single') throw new Error('An open-data operation answered incrementally.');
          return response.body.singleResult;
        },
      }),
    },
    maxBodyBytes: config.maxBodyBytes,
    ...(operationCache ? { operationCache, countOperationCache: (result: 'hit' | 'miss') => metrics.operationCache.inc({ result }) } : {}),
    cors,
    ...(graphiql ? { graphiql } : {}),
    ...(dashboard ? { dashboard } : {}),
    timeouts: config.serverTimeouts,
    logger,
    context: (requestId: string) => newContext(requestId),
    healthz: async () => ({ ok: true, body: { status: 'ok' } }),
    readyz: async () => {
      const towns = directory.all();
      const reachable = await Promise.all(
        towns.map((t) =>
          directory.manifest(t).then(
            () => true,
            () => false,
          ),
        ),
      );
      const ok = towns.length > 0 && reachable.some(Boolean);
      return {
        ok,
        body: {
          status: ok ? 'ready' : 'not ready',
          towns: Object.fromEntries(towns.map((t, i) => [t.town.code, reachable[i] ? 'reachable' : 'unreachable'])),
          ...(redis ? { sharedCache: redis.connected() ? 'connected' : 'unreachable' } : {}),
        },
      };
    },
    metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
  });
  // A replica that starts beside a working Redis shares answers from its first request; one
  // whose Redis is away starts anyway, on its in-process cache, and says so.
  if (redis && !(await redis.ready(REDIS_START_WAIT_MS)))
    logger.warn('redis unreachable at start: answers are cached in this process only until it comes back');
  // A port in use is an error to report (and what was started, stopped), not an uncaught exception.
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    registry.close();
    await apollo.stop();
    await closeCaches();
    if (!givenIndex) await index?.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `${toListeningOrigin(config.host, port)}/graphql`;
  publicOrigin = publicUrl ?? toListeningOrigin(config.host, port);
  // Listening on every interface, the address is no origin a client can use.
  if (!publicUrl && ['0.0.0.0', '::'].includes(config.host))
    logger.warn('GATEWAY_PUBLIC_URL is unset: open-data URLs name the address the gateway listens on', { publicOrigin });
  logger.info('gateway listening', { url, publicOrigin, towns: registry.current().towns.map((t) => t.code) });

  return {
    url,
    async stop() {
      registry.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open for minutes.
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await closeCaches();
      // One handed over belongs to whoever opened it.
      if (!givenIndex) await index?.close();
    },
  };
}
