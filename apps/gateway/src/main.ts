#!/usr/bin/env node
import { defaultGatewayConfig, type GatewayConfig } from './config';
import { startGateway } from './start-gateway';

/** The only place that reads the environment. */
function configFromEnv(env: NodeJS.ProcessEnv): Partial<GatewayConfig> & Pick<GatewayConfig, 'registryFile'> {
  const int = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}".`);
    return n;
  };
  const registryFile = env.GATEWAY_REGISTRY;
  if (!registryFile) throw new Error('GATEWAY_REGISTRY must name the town registry file (JSON).');
  return {
    registryFile,
    host: env.HOST ?? defaultGatewayConfig.host,
    port: int('PORT', defaultGatewayConfig.port),
    townTimeoutMs: int('GATEWAY_TOWN_TIMEOUT_MS', defaultGatewayConfig.townTimeoutMs),
    cacheTtlMs: int('GATEWAY_CACHE_TTL_MS', defaultGatewayConfig.cacheTtlMs),
    redisUrl: env.REDIS_URL || undefined,
    introspection: env.GATEWAY_INTROSPECTION !== 'false',
    maxPageSize: int('GATEWAY_MAX_PAGE_SIZE', defaultGatewayConfig.maxPageSize),
    publicUrl: env.GATEWAY_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    logLevel: (env.GATEWAY_LOG_LEVEL as GatewayConfig['logLevel']) ?? defaultGatewayConfig.logLevel,
  };
}

startGateway(configFromEnv(process.env)).then(
  (gateway) => {
    // One line launchers can wait for, whatever the log level (the town prints the same).
    process.stdout.write(JSON.stringify({ event: 'listening', url: gateway.url }) + '\n');
    const stop = () => gateway.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
