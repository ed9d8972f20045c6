import { describe, expect, it } from 'vitest';
import { fromDayString, toDayString } from './day-string';

describe('calendar days between the date picker and the model', () => {
  it('gives the picker a stored day at UTC midnight, which it reads through the UTC calendar', () => {
    // Read as a local midnight, 24 December showed as 23/12 in Brussels (UTC+1).
    expect(fromDayString('2026-12-24')!.toISOString()).toBe('2026-12-24T00:00:00.000Z');
    expect(fromDayString('2026-03-29')!.toISOString().slice(0, 10)).toBe('2026-03-29');
  });

  it('keeps the day the picker hands back at local midnight, months and days padded', () => {
    expect(toDayString(new Date(2026, 11, 24))).toBe('2026-12-24');
    expect(toDayString(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('reads nothing from what is not a day', () => {
    expect(fromDayString('29/03/2026')).toBeUndefined();
    expect(fromDayString(undefined)).toBeUndefined();
  });
});
