import { describe, expect, it } from 'vitest';
import { livePeriods } from './live-periods';

describe('livePeriods', () => {
  it('cuts a year of instants into Brussels months, each kept from its midnight to the next one', () => {
    const periods = livePeriods(
      { start: { gte: '2026-01-01T00:00:00+01:00', lt: '2027-01-01T00:00:00+01:00' } },
      'start',
      'dateTime',
      'month',
      64,
    )!;
    expect(periods.map((p) => p.name)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    // Brussels is UTC+1 in winter and UTC+2 from the last Sunday of March.
    expect(periods[0]!.condition).toEqual({ gte: '2025-12-31T23:00:00.000Z', lt: '2026-01-31T23:00:00.000Z' });
    expect(periods[3]!.condition).toEqual({ gte: '2026-03-31T22:00:00.000Z', lt: '2026-04-30T22:00:00.000Z' });
  });

  it('names ISO weeks across a new year, and keeps calendar days of a date field as days', () => {
    const weeks = livePeriods({ day: { gte: '2026-12-28', lte: '2027-01-11' } }, 'day', 'date', 'week', 64)!;
    expect(weeks.map((p) => [p.name, p.condition])).toEqual([
      ['2026-W53', { gte: '2026-12-28', lt: '2027-01-04' }],
      ['2027-W01', { gte: '2027-01-04', lt: '2027-01-11' }],
      ['2027-W02', { gte: '2027-01-11', lt: '2027-01-18' }],
    ]);
    expect(livePeriods({ day: { gt: '2026-02-10', lt: '2026-07-01' } }, 'day', 'date', 'quarter', 64)!.map((p) => p.name)).toEqual([
      '2026-Q1',
      '2026-Q2',
    ]);
  });

  it('has no periods to offer without both bounds, or with more than asked', () => {
    expect(livePeriods({ start: { gte: '2026-01-01T00:00:00Z' } }, 'start', 'dateTime', 'month', 64)).toBeNull();
    expect(livePeriods(null, 'start', 'dateTime', 'year', 64)).toBeNull();
    expect(livePeriods({ start: { gte: 'soon', lt: '2027-01-01T00:00:00Z' } }, 'start', 'dateTime', 'year', 64)).toBeNull();
    expect(
      livePeriods({ start: { gte: '2026-01-01T00:00:00+01:00', lt: '2026-03-07T00:00:00+01:00' } }, 'start', 'dateTime', 'day', 64),
    ).toBeNull();
    expect(
      livePeriods({ start: { gte: '2026-01-01T00:00:00+01:00', lt: '2026-03-06T00:00:00+01:00' } }, 'start', 'dateTime', 'day', 64),
    ).toHaveLength(64);
  });
});
