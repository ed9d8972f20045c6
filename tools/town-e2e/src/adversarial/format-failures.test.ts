import { describe, expect, it } from 'vitest';
import { formatFailures } from './format-failures';

const failure = (request: string, problem: string) => ({ surface: 'town', attack: 'closed.filter', request, status: 200, problem });

describe('formatFailures', () => {
  it('groups failures that differ only by the value found, ids and counts, keeping statuses and a few requests', () => {
    const report = formatFailures([
      failure('GET /a', 'leak of eupen\'s closed.result (closed): "transferred"'),
      failure('GET /b', 'leak of eupen\'s closed.result (closed): "Überwiesen"'),
      failure('GET /c', 'papers ∋ abcdefghijklmnopqrstuvwx: HTTP 200, 1 matched; expected a 400 or nothing'),
      failure('GET /d', 'papers ∋ zyxwvutsrqponmlkjihgfedc: HTTP 200, 3 matched; expected a 400 or nothing'),
    ]);
    expect(report.split('\n').filter((line) => !line.startsWith(' '))).toEqual([
      "2 × town closed.filter: leak of eupen's closed.result (closed)",
      '2 × town closed.filter: papers ∋ <id>: HTTP 200, N matched; expected a 400 or nothing',
    ]);
    expect(report).toContain('HTTP 200 GET /d');
  });

  it('is empty when nothing failed', () => {
    expect(formatFailures([])).toBe('');
  });
});
