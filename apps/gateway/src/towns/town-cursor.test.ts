import { describe, expect, it } from 'vitest';
import { cursorAtOffset, decodeCursor, encodeCursor, kindListSignature, type KindList } from './town-cursor';

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

describe('a forged cursor', () => {
  const signature = kindListSignature(meetings);
  const forged = (offsets: unknown) => Buffer.from(JSON.stringify({ s: signature, o: offsets })).toString('base64url');

  it('is refused when an offset is negative, fractional or beyond a safe integer, before any town is asked', () => {
    for (const offset of [-5, 1.5, 1e308, 2 ** 53, '3'])
      expect(() => decodeCursor(forged({ eupen: offset }), signature), String(offset)).toThrow(/not a cursor of this gateway/);
    expect(decodeCursor(forged({ eupen: 2 ** 53 - 1 }), signature)).toEqual({ eupen: 2 ** 53 - 1 });
  });
});

describe("an edge's cursor", () => {
  const signature = kindListSignature(meetings);
  const withEdge = (edge: unknown, offsets: Record<string, number> = { eupen: 5, seneffe: 2 }) =>
    Buffer.from(JSON.stringify({ s: signature, o: offsets, e: edge })).toString('base64url');

  it('resumes after the edge with after, and stops in front of it with before', () => {
    const cursor = encodeCursor(signature, { eupen: 5, seneffe: 2 }, ['eupen', 4]);
    expect(decodeCursor(cursor, signature, 'after')).toEqual({ eupen: 5, seneffe: 2 });
    expect(decodeCursor(cursor, signature, 'before')).toEqual({ eupen: 4, seneffe: 2 });
  });

  it('is a gap both ways without an edge, as cursorAtOffset makes it', () => {
    const cursor = cursorAtOffset(meetings, { eupen: 40 });
    expect(decodeCursor(cursor, signature, 'before')).toEqual({ eupen: 40 });
  });

  it.each([
    ['an edge of a town it has no offset for', ['namur', 0]],
    ['an edge at or past its town offset', ['eupen', 5]],
    ['a negative position', ['eupen', -1]],
    ['an edge that is not a pair', ['eupen']],
    ['an edge that is no list', 'eupen'],
  ])('is refused with %s, naming the argument', (_, edge) => {
    expect(() => decodeCursor(withEdge(edge), signature, 'before')).toThrow('before: not a cursor of this gateway.');
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['null', Buffer.from('null').toString('base64url')],
    ['without offsets', Buffer.from(JSON.stringify({ s: signature })).toString('base64url')],
    ['with a negative offset', withEdge(undefined, { eupen: -1 })],
  ])('is refused when it is %s', (_, cursor) => {
    expect(() => decodeCursor(cursor, signature, 'after')).toThrow('after: not a cursor of this gateway.');
  });
});
