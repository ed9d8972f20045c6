import { describe, expect, it } from 'vitest';
import { fromBrusselsLocal, toBrusselsParts, toIcalLocalDateTime } from './brussels-time';

describe('Brussels time', () => {
  it('reads wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(toIcalLocalDateTime(toBrusselsParts(new Date('2026-01-15T19:00:00Z')))).toBe('20260115T200000');
    expect(toIcalLocalDateTime(toBrusselsParts(new Date('2026-07-15T18:30:00Z')))).toBe('20260715T203000');
  });
  it('finds the instant of a wall-clock time, around the changes too', () => {
    expect(fromBrusselsLocal(2026, 1, 15, 20).toISOString()).toBe('2026-01-15T19:00:00.000Z');
    expect(fromBrusselsLocal(2026, 7, 15, 0).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(fromBrusselsLocal(2026, 3, 29, 0).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(fromBrusselsLocal(2026, 10, 25, 12).toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });
});
