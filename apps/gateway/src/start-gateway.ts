import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { createMemoryStore } from './cache/memory-store';
import { createRedisStore } from './cache/redis-store';
import { createUpstreamCache } from './cache/upstream-cache';
import { defaultGatewayConfig, type GatewayConfig } from './config';
import { GatewayErrorCode } from './errors';
import { operationLogPlugin, townErrorsPlugin } from './http/apollo-plugins';
import { createHttpServer } from './http/http-server';
import { openDataRoutes } from './open-data/open-data-routes';
import { costLimitPlugin } from './limits/cost-limit-plugin';
import { createLimitsRule } from './limits/measure-operation';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { watchRegistryFile } from './registry/registry-file';
import type { GatewayContext } from './resolvers/gateway-context';
import { buildGatewaySchema } from './schema/build-schema';
import { createTownDirectory } from './towns/town-directory';
import { createTownLoaders } from './towns/town-loaders';

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

const KNOWN_CODES = new Set<string>([...Object.values(GatewayErrorCode), 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/** Unexpected errors are masked: a client sees a code, never a stack or an internal message. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit says which.
  const gatewayCode = formatted.extensions?.gatewayCode;
  if (typeof gatewayCode === 'string') {
    const { gatewayCode: _, ...extensions } = formatted.extensions!;
    return { ...formatted, extensions: { ...extensions, code: gatewayCode } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
  console.error(unwrapResolverError(error));
  return { message: 'Internal error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Starts the gateway: registry, towns, schema, Apollo Server and the HTTP endpoints. */
export async function startGateway(options: Partial<GatewayConfig> & Pick<GatewayConfig, 'registryFile'>): Promise<RunningGateway> {
  const config: GatewayConfig = { ...defaultGatewayConfig, ...options };
  const logger = createLogger(config.logLevel);
  const metrics = createMetrics();
  const registry = watchRegistryFile(config.registryFile, ({ reloaded, error }) => {
    if (reloaded) logger.info('town registry reloaded', { towns: reloaded.towns.map((t) => t.code) });
    if (error) logger.error('town registry change refused; the previous one stays in force', { error: error.message });
  });
  const store = config.redisUrl ? createRedisStore(config.redisUrl, (error) => logger.warn('redis', { error: error.message })) : createMemoryStore();
  const cache = createUpstreamCache(store, config.cacheTtlMs);
  const directory = createTownDirectory(registry, { config, cache, metrics });

  const apollo = new ApolloServer<GatewayContext>({
    schema: buildGatewaySchema(),
    introspection: config.introspection,
    csrfPrevention: true,
    validationRules: [createLimitsRule(config)],
    formatError,
    plugins: [
      config.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(config),
      townErrorsPlugin,
      operationLogPlugin(logger, metrics),
    ],
  });
  await apollo.start();

  const newContext = (requestId: string): GatewayContext => ({ config, directory, requestId, townErrors: [], loaders: createTownLoaders(directory, requestId) });
  const server = createHttpServer({
    apollo,
    openData: {
      routes: openDataRoutes,
      context: (base) => ({
        ...base,
        config,
        directory,
        logger,
        publicOrigin: config.publicUrl ?? `http://${base.req.headers.host ?? `${config.host}:${config.port}`}`,
        async graphql(query, variables) {
          const response = await apollo.executeOperation({ query, variables }, { contextValue: newContext(base.requestId) });
          if (response.body.kind !== 'single') throw new Error('An open-data operation answered incrementally.');
          return response.body.singleResult as never;
        },
      }),
    },
    maxBodyBytes: config.maxBodyBytes,
    logger,
    context: newContext,
    healthz: async () => ({ ok: true, body: { status: 'ok' } }),
    readyz: async () => {
      const towns = directory.all();
      const reachable = await Promise.all(towns.map((t) => directory.manifest(t).then(() => true, () => false)));
      const ok = towns.length > 0 && reachable.some(Boolean);
      return { ok, body: { status: ok ? 'ready' : 'not ready', towns: Object.fromEntries(towns.map((t, i) => [t.town.code, reachable[i] ? 'reachable' : 'unreachable'])) } };
    },
    metrics: async () => ({ contentType: metrics.registry.contentType, body: await metrics.registry.metrics() }),
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}/graphql`;
  logger.info('gateway listening', { url, towns: registry.current().towns.map((t) => t.code) });

  return {
    url,
    async stop() {
      registry.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open for minutes.
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await cache.close();
    },
  };
}
