import { describe, expect, it } from 'vitest';
import { fromBrusselsLocal, toBrusselsParts } from './brussels-time';

describe('Brussels time', () => {
  it('reads wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(toBrusselsParts(new Date('2026-01-15T19:00:00Z'))).toEqual({ year: 2026, month: 1, day: 15, hour: 20, minute: 0, second: 0 });
    expect(toBrusselsParts(new Date('2026-07-15T18:30:00Z'))).toEqual({ year: 2026, month: 7, day: 15, hour: 20, minute: 30, second: 0 });
  });

  it('finds the instant of a wall-clock time, in the last days of March and October too', () => {
    expect(fromBrusselsLocal(2026, 1, 15, 20).toISOString()).toBe('2026-01-15T19:00:00.000Z');
    expect(fromBrusselsLocal(2026, 7, 15, 0).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // Summer time from Sunday 29 March 2026, winter time from Sunday 25 October.
    expect(fromBrusselsLocal(2026, 3, 28, 19, 30).toISOString()).toBe('2026-03-28T18:30:00.000Z');
    expect(fromBrusselsLocal(2026, 3, 30, 19, 30).toISOString()).toBe('2026-03-30T17:30:00.000Z');
    expect(fromBrusselsLocal(2026, 3, 29, 0).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(fromBrusselsLocal(2026, 10, 24, 19, 30).toISOString()).toBe('2026-10-24T17:30:00.000Z');
    expect(fromBrusselsLocal(2026, 10, 26, 19, 30).toISOString()).toBe('2026-10-26T18:30:00.000Z');
    expect(fromBrusselsLocal(2026, 10, 25, 12).toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('takes the earlier instant of the autumn overlap and the hour after a skipped one', () => {
    expect(fromBrusselsLocal(2026, 10, 25, 2, 30).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(fromBrusselsLocal(2026, 3, 29, 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('rolls fields over as Date.UTC does', () => {
    expect(fromBrusselsLocal(2026, 7, 32, 18).toISOString()).toBe('2026-08-01T16:00:00.000Z');
    expect(fromBrusselsLocal(2026, 12, 31, 24).toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
