import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATEWAY_NODE_FLAGS, heapLimitWarning, RECOMMENDED_HEAP_MB } from './heap-limit';

describe('the heap limit the gateway is started with', () => {
  it('is the one npm start passes', () => {
    const { scripts } = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(`node ${GATEWAY_NODE_FLAGS.join(' ')} dist/main.js`);
  });

  it('warns a process without it, not one with it', () => {
    expect(heapLimitWarning(4144 * 1024 * 1024)).toMatch(/--max-old-space-size=192/);
    // What V8 reports under --max-old-space-size=192 (old and young generations).
    expect(heapLimitWarning((RECOMMENDED_HEAP_MB + 48) * 1024 * 1024)).toBeUndefined();
  });
});
