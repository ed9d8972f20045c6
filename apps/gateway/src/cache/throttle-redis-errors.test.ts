import { describe, expect, it } from 'vitest';
import { throttleRedisErrors } from './throttle-redis-errors';

describe('throttleRedisErrors', () => {
  it('logs the first error at once, then one line per period saying how many it stands for', () => {
    const clock = { t: 0 };
    const lines: Record<string, unknown>[] = [];
    const report = throttleRedisErrors({ warn: (_message, fields) => lines.push(fields ?? {}) }, 10_000, () => clock.t);
    report(new Error('connection refused'));
    for (let i = 0; i < 500; i++) report(new Error('stream is not writeable'));
    expect(lines).toEqual([{ error: 'connection refused', errorsSinceLastLine: 0 }]);
    clock.t = 10_000;
    report(new Error('stream is not writeable'));
    expect(lines).toEqual([
      { error: 'connection refused', errorsSinceLastLine: 0 },
      { error: 'stream is not writeable', errorsSinceLastLine: 500 },
    ]);
  });
});
