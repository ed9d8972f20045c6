import { describe, expect, it } from 'vitest';
import { fromDayString, toDayString } from './day-string';

describe('calendar days between the date picker and the model', () => {
  it('keeps the day through a round trip, months and days padded', () => {
    expect(toDayString(fromDayString('2026-03-29')!)).toBe('2026-03-29');
    expect(toDayString(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('reads nothing from what is not a day', () => {
    expect(fromDayString('29/03/2026')).toBeUndefined();
    expect(fromDayString(undefined)).toBeUndefined();
  });
});
