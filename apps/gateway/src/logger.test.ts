import { describe, expect, it } from 'vitest';
import type { GatewayConfig } from './config';
import { createLogger } from './logger';

function capture(level: GatewayConfig['logLevel']) {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  return { logger, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('createLogger', () => {
  it('writes one JSON object a line: level name, ISO time, message and fields', () => {
    const { logger, lines, parsed } = capture('info');
    logger.info('gateway listening', { url: 'http://127.0.0.1:4000/graphql', towns: ['eupen'] });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('}\n')).toBe(true);
    expect(parsed()[0]).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      message: 'gateway listening',
      url: 'http://127.0.0.1:4000/graphql',
      towns: ['eupen'],
    });
  });

  it('writes the levels at or above its own', () => {
    const { logger, parsed } = capture('warn');
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e', { code: 'X' });
    expect(parsed().map((line) => [line.level, line.message])).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
  });

  it('writes nothing at all when silent', () => {
    const { logger, lines } = capture('silent');
    logger.error('e');
    logger.child({ requestId: 'r' }).error('e');
    expect(lines).toEqual([]);
  });

  it('gives child loggers that carry the request id on every line', () => {
    const { logger, parsed } = capture('debug');
    const request = logger.child({ requestId: 'req-1' });
    request.info('graphql operation', { outcome: 'ok' });
    request.child({ town: 'eupen' }).warn('town request failed');
    logger.info('no request');
    expect(parsed()).toMatchObject([
      { requestId: 'req-1', message: 'graphql operation', outcome: 'ok' },
      { requestId: 'req-1', town: 'eupen', message: 'town request failed' },
      { message: 'no request' },
    ]);
    expect(parsed()[2]).not.toHaveProperty('requestId');
  });

  it('redacts tokens, API keys and Authorization headers, at the top level and one down', () => {
    const { logger, lines } = capture('info');
    logger.warn('town request failed', {
      token: 's3cret-token',
      town: { code: 'eupen', writeToken: 's3cret-write' },
      api_key: 's3cret-key',
      headers: { authorization: 'Bearer s3cret-bearer', accept: 'application/json' },
    });
    logger.child({ authorization: 'Bearer s3cret-child' }).info('child');
    expect(lines.join('')).not.toContain('s3cret');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      token: '[Redacted]',
      town: { code: 'eupen', writeToken: '[Redacted]' },
      api_key: '[Redacted]',
      headers: { authorization: '[Redacted]', accept: 'application/json' },
    });
  });

  it('keeps credentials and secret parameters out of logged URLs', () => {
    const { logger, parsed } = capture('info');
    logger.warn('town request failed', { url: 'http://admin:s3cret@10.0.3.7:1337/api/events?api_key=s3cret&pagination[page]=1' });
    logger.info('not a URL', { url: 'towns.json' });
    logger.info('no secret', { url: 'http://10.0.3.7:1337/api/events?filters[start][$gte]=2026' });
    const [town, other, plain] = parsed();
    expect(town!.url).toBe('http://10.0.3.7:1337/api/events?api_key=REDACTED&pagination%5Bpage%5D=1');
    expect(other!.url).toBe('towns.json');
    expect(plain!.url).toBe('http://10.0.3.7:1337/api/events?filters[start][$gte]=2026');
  });
});
