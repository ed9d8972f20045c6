import { pino, stdTimeFunctions, type Logger as PinoLogger } from 'pino';
import type { GatewayConfig } from './config';

export type LogFields = Record<string, unknown>;

/** What the gateway logs through: a message and its fields, one JSON object a line. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose every line also carries `bindings`: `logger.child({ requestId })` for one request. */
  child(bindings: LogFields): Logger;
}

/**
 * Secrets that can reach a log line: a town's token and write token, an Open311 `api_key`, the
 * registry's keys, an Authorization header; at the top level or one level down. Each is
 * written "[Redacted]".
 */
const SECRET_KEYS = ['authorization', 'token', 'writeToken', 'api_key', 'apiKey', 'open311ApiKeys', 'password'];
const REDACTED_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'headers.cookie',
  '*.headers.cookie',
  '*.headers.authorization',
];
const SECRET_PARAMS = new Set(['api_key', 'apikey', 'token', 'access_token', 'key']);

/** A URL as the logs keep it: without credentials (`user:password@`) or secrets in its query. */
function toLoggedUrl(value: unknown): unknown {
  if (typeof value !== 'string' || !URL.canParse(value)) return value;
  const url = new URL(value);
  const secrets = [...url.searchParams.keys()].filter((name) => SECRET_PARAMS.has(name.toLowerCase()));
  // Rewritten only when it holds a secret: URL.toString() would percent-encode Strapi's brackets.
  if (!url.username && !url.password && secrets.length === 0) return value;
  [url.username, url.password] = ['', ''];
  for (const name of secrets) url.searchParams.set(name, 'REDACTED');
  return url.toString();
}

/**
 * Structured JSON logs on stdout, by pino: `{"level":"info","time":"<ISO>","message":...,
 * ...fields}` a line, secrets redacted. `silent` writes nothing. `write` takes the lines
 * instead of stdout (tests).
 */
export function createLogger(level: GatewayConfig['logLevel'], write?: (line: string) => void): Logger {
  const options = {
    level,
    base: undefined,
    messageKey: 'message',
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS },
    serializers: { url: toLoggedUrl },
  };
  // A silent logger opens no stream on stdout: tests start hundreds of gateways.
  const destination = write ? { write } : level === 'silent' ? { write: () => undefined } : undefined;
  return wrap(destination ? pino(options, destination) : pino(options));
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
    child: (bindings) => wrap(logger.child(bindings)),
  };
}
