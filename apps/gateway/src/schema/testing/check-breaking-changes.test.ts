import { describe, expect, it } from 'vitest';
import { checkBreakingChanges } from './check-breaking-changes';

describe('checkBreakingChanges', () => {
  const released = 'type Query { a(x: Int): String, b: String }';
  const current = 'type Query { a: String, b: Int, c: String }';

  it('reports every breaking change, and no other (c is added)', async () => {
    expect(await checkBreakingChanges(released, current, [])).toEqual({
      unacknowledged: [
        { message: "Argument 'x: Int' was removed from field 'Query.a'", path: 'Query.a.x' },
        { message: "Field 'Query.b' changed type from 'String' to 'Int'", path: 'Query.b' },
      ],
      stale: [],
    });
  });

  it('accepts a break acknowledged by its path or by its message', async () => {
    const report = await checkBreakingChanges(released, current, [
      { reason: 'x is implied now', changes: ['Query.a.x'] },
      { reason: 'b counts now', changes: ["Field 'Query.b' changed type from 'String' to 'Int'"] },
    ]);
    expect(report).toEqual({ unacknowledged: [], stale: [] });
  });

  it('reports an acknowledgement that matches no break any more', async () => {
    const report = await checkBreakingChanges(released, released, [{ reason: 'was so', changes: ['Query.a.x'] }]);
    expect(report).toEqual({ unacknowledged: [], stale: ['Query.a.x'] });
  });
});
