#!/usr/bin/env node
import { defaultGatewayConfig as defaults, type GatewayConfig } from './config';
import { heapLimitWarning } from './heap-limit';
import { startGateway } from './start-gateway';

/** A record, not a list: the compiler finds a level that GatewayConfig takes and this lacks. */
const LOG_LEVELS: Readonly<Record<GatewayConfig['logLevel'], true>> = { debug: true, info: true, warn: true, error: true, silent: true };
const BOOLEANS = { true: true, false: true } as const;

/** Whether a variable's value is one of the allowed ones: what the value's type then says, checked. */
const isKeyOf = <T extends string>(allowed: Readonly<Record<T, true>>, value: string): value is T => Object.hasOwn(allowed, value);

/** The only place that reads the environment; every variable is in the README's table. */
function configFromEnv(env: NodeJS.ProcessEnv): Partial<GatewayConfig> & Pick<GatewayConfig, 'registryFile'> {
  const int = (name: string, fallback: number, min = 0) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of ${min} or more, got "${value}".`);
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: Readonly<Record<T, true>>, fallback: T): T => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!isKeyOf(allowed, value)) throw new Error(`${name} must be one of ${Object.keys(allowed).join(', ')}, got "${value}".`);
    return value;
  };
  const registryFile = env.GATEWAY_REGISTRY;
  if (!registryFile) throw new Error('GATEWAY_REGISTRY must name the town registry file (JSON).');
  return {
    registryFile,
    host: env.HOST || defaults.host,
    port: int('PORT', defaults.port),
    townTimeoutMs: int('GATEWAY_TOWN_TIMEOUT_MS', defaults.townTimeoutMs),
    cacheTtlMs: int('GATEWAY_CACHE_TTL_MS', defaults.cacheTtlMs),
    cacheMaxBytes: int('GATEWAY_CACHE_MAX_BYTES', defaults.cacheMaxBytes),
    operationCacheMaxBytes: int('GATEWAY_OPERATION_CACHE_MAX_BYTES', defaults.operationCacheMaxBytes),
    redisUrl: env.REDIS_URL || undefined,
    indexDatabaseUrl: env.GATEWAY_INDEX_DATABASE_URL || undefined,
    indexSchema: env.GATEWAY_INDEX_SCHEMA || undefined,
    indexReads: oneOf('GATEWAY_INDEX_READS', { regions: true, off: true } as const, defaults.indexReads),
    introspection: oneOf('GATEWAY_INTROSPECTION', BOOLEANS, defaults.introspection ? 'true' : 'false') === 'true',
    // Checked by startGateway (createCorsPolicy), whose message names this variable.
    corsOrigins: (env.GATEWAY_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    maxPageSize: int('GATEWAY_MAX_PAGE_SIZE', defaults.maxPageSize, 1),
    maxDepth: int('GATEWAY_MAX_DEPTH', defaults.maxDepth),
    maxAliases: int('GATEWAY_MAX_ALIASES', defaults.maxAliases),
    maxCost: int('GATEWAY_MAX_COST', defaults.maxCost),
    maxCostInFlight: int('GATEWAY_MAX_COST_IN_FLIGHT', defaults.maxCostInFlight, 1),
    maxBodyBytes: int('GATEWAY_MAX_BODY_BYTES', defaults.maxBodyBytes),
    maxTownResponseBytes: int('GATEWAY_MAX_TOWN_RESPONSE_BYTES', defaults.maxTownResponseBytes),
    circuit: {
      failures: int('GATEWAY_CIRCUIT_FAILURES', defaults.circuit.failures),
      openMs: int('GATEWAY_CIRCUIT_OPEN_MS', defaults.circuit.openMs),
    },
    publicUrl: publicUrlOf(env.GATEWAY_PUBLIC_URL),
    logLevel: oneOf('GATEWAY_LOG_LEVEL', LOG_LEVELS, defaults.logLevel),
    // Stacks name the server's files: only when a developer asks for them.
    exposeStackTraces: env.NODE_ENV === 'development',
    serverTimeouts: {
      headersMs: int('GATEWAY_HEADERS_TIMEOUT_MS', defaults.serverTimeouts.headersMs),
      requestMs: int('GATEWAY_REQUEST_TIMEOUT_MS', defaults.serverTimeouts.requestMs),
      keepAliveMs: int('GATEWAY_KEEP_ALIVE_TIMEOUT_MS', defaults.serverTimeouts.keepAliveMs),
    },
    open311: {
      postsPerMinutePerKey: int('GATEWAY_OPEN311_POSTS_PER_MINUTE', defaults.open311.postsPerMinutePerKey, 1),
      idempotencyTtlMs: int('GATEWAY_OPEN311_IDEMPOTENCY_TTL_MS', defaults.open311.idempotencyTtlMs),
    },
    // 1 is refused by startGateway (checkAggregateMinCount), whose message names this variable.
    aggregateMinCount: int('GATEWAY_AGGREGATE_MIN_COUNT', defaults.aggregateMinCount),
    dashboardDir: env.GATEWAY_DASHBOARD_DIR || undefined,
  };
}

/** An absolute http(s) origin, optionally with a path prefix, without its trailing slash. */
function publicUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GATEWAY_PUBLIC_URL must be an absolute URL such as https://opendata.example.org, got "${value}".`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
    throw new Error(`GATEWAY_PUBLIC_URL must be an http(s) URL without query, fragment or credentials, got "${value}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

// Inside the promise: a bad variable ends in its message, not a stack.
Promise.resolve()
  .then(() => startGateway(configFromEnv(process.env)))
  .then(
    (gateway) => {
      // One line launchers can wait for, whatever the log level (the town prints the same).
      process.stdout.write(`${JSON.stringify({ event: 'listening', url: gateway.url })}\n`);
      const warning = heapLimitWarning();
      if (warning) process.stdout.write(`${JSON.stringify({ event: 'heap limit', level: 'warn', msg: warning })}\n`);
      const stop = () => gateway.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
