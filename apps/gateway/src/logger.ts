import type { GatewayConfig } from './config';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;

/** Structured JSON logs, one object a line, on stdout. */
export function createLogger(level: GatewayConfig['logLevel'], write: (line: string) => void = (line) => process.stdout.write(line)) {
  const log = (at: Exclude<GatewayConfig['logLevel'], 'silent'>, message: string, fields: Record<string, unknown> = {}) => {
    if (LEVELS[at] < LEVELS[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields }) + '\n');
  };
  return {
    debug: (message: string, fields?: Record<string, unknown>) => log('debug', message, fields),
    info: (message: string, fields?: Record<string, unknown>) => log('info', message, fields),
    warn: (message: string, fields?: Record<string, unknown>) => log('warn', message, fields),
    error: (message: string, fields?: Record<string, unknown>) => log('error', message, fields),
  };
}

export type Logger = ReturnType<typeof createLogger>;
