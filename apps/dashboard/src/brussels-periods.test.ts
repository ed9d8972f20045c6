import { describe, expect, it } from 'vitest';
import { brusselsMonth, brusselsYear } from './brussels-periods';

describe('Brussels periods', () => {
  it('names the next month across a year’s end, with each month’s own offset', () => {
    const now = new Date('2026-12-15T12:00:00Z');
    expect(brusselsMonth(now, 1)).toEqual({ key: '2027-01', from: '2027-01-01T00:00:00+01:00', to: '2027-02-01T00:00:00+01:00' });
    expect(brusselsMonth(now, -9)).toEqual({ key: '2026-03', from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' });
  });

  it('takes the month Brussels is in, not UTC’s: 23:30 UTC on 31 May is June there', () => {
    expect(brusselsMonth(new Date('2026-05-31T23:30:00Z'), 0).key).toBe('2026-06');
  });

  it('bounds a year by Brussels midnights', () => {
    expect(brusselsYear(2026)).toEqual({ from: '2026-01-01T00:00:00+01:00', to: '2027-01-01T00:00:00+01:00' });
  });
});
