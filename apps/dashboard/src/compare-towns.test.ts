import { describe, expect, it } from 'vitest';
import { compareRequest, compareTable, lastTwelveMonths } from './compare-towns';
import { MESSAGES } from './messages';

const now = new Date('2026-11-20T10:00:00Z');

describe('two towns compared', () => {
  it('asks for the twelve months up to this one, with dates as the field takes them', () => {
    const months = lastTwelveMonths(now).map((m) => m.key);
    expect(months[0]).toBe('2025-12');
    expect(months[11]).toBe('2026-11');
    expect(compareRequest('applications', now).filters).toEqual({
      submissionDate: { gte: '2025-12-01', lt: '2026-12-01' },
    });
    expect(compareRequest('news', now).filters).toEqual({
      datePublished: { gte: '2025-12-01T00:00:00+01:00', lt: '2026-12-01T00:00:00+01:00' },
    });
  });

  it('has twelve rows whatever the groups, 0 for a month without entries, null for a withheld count', () => {
    const answer = {
      groups: [
        {
          keys: [
            { value: '2026-11', label: '2026-11', other: false },
            { value: 'a', label: 'A', other: false },
          ],
          count: 7,
        },
        {
          keys: [
            { value: '2026-10', label: '2026-10', other: false },
            { value: 'b', label: 'B', other: false },
          ],
          count: null,
        },
      ],
      complete: true,
      missingTowns: [],
      suppressedBelow: 3,
      freshness: { oldestSync: null },
    };
    const table = compareTable(answer, ['a', 'b'], new Map([['a', 'Alpha']]), now, MESSAGES.en);
    expect(table.columns).toEqual(['Month', 'Alpha', 'b']);
    expect(table.rows).toHaveLength(12);
    expect(table.rows[11]).toEqual(['2026-11', 7, 0]);
    expect(table.rows[10]).toEqual(['2026-10', 0, null]);
    expect(table.suppressedBelow).toBe(3);
  });
});
