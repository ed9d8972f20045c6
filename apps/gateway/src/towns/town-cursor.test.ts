import { describe, expect, it } from 'vitest';
import { cursorAtOffset, decodeCursor, kindListSignature, type KindList } from './town-cursor';

const meetings: KindList = {
  kind: 'meeting',
  towns: ['eupen'],
  filters: { createdAt: { gte: '2026-01-01T00:00:00.000Z' } },
  orderBy: [{ field: 'createdAt', direction: 'ASC' }],
};

describe('cursorAtOffset', () => {
  it('makes a cursor of the list that resumes each town at its offset', () => {
    expect(decodeCursor(cursorAtOffset(meetings, { eupen: 40 }), kindListSignature(meetings))).toEqual({ eupen: 40 });
  });

  it('is refused by any other list: kind, towns, filters, order or locale', () => {
    const cursor = cursorAtOffset(meetings, { eupen: 40 });
    for (const other of [
      { ...meetings, kind: 'paper' },
      { ...meetings, towns: ['seneffe'] },
      { ...meetings, filters: { createdAt: { gte: '2026-01-02T00:00:00.000Z' } } },
      { ...meetings, orderBy: [{ field: 'createdAt', direction: 'DESC' }] },
      { ...meetings, locale: ['fr'] },
    ]) {
      expect(() => decodeCursor(cursor, kindListSignature(other)), JSON.stringify(other)).toThrow(/another list/);
    }
  });
});
