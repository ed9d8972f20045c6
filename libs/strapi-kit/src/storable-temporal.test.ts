import { describe, expect, it } from 'vitest';
import { isStorableDateTime, isStorableTime } from './storable-temporal';

describe('isStorableDateTime', () => {
  it.each([
    '2026-03-14T19:30:00Z',
    '2026-03-14T19:30Z',
    '2026-03-14T19:30:00.123Z',
    '2026-03-14T19:30:00.123456+01:00',
    '2026-03-14T00:00:00-05:30',
    '9999-12-31T23:59:59.999Z',
  ])('takes %s', (value) => {
    expect(isStorableDateTime(value)).toBe(true);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-03-14T24:00:00Z',
    '2026-03-14T19:60:00Z',
    '2026-03-14T19:30:60Z',
    '2026-03-14T19:30:00',
    '2026-03-14T19:30:00+25:00',
    '2026-03-14 19:30:00Z',
    '2026-03-14t19:30:00z',
    '0001-01-01T00:00:00+01:00',
    '1767225600000',
    'now',
  ])('refuses %j', (value) => {
    expect(isStorableDateTime(value)).toBe(false);
  });
});

describe('isStorableTime', () => {
  it.each(['19:30:00', '00:00:00.000', '23:59:59.9'])('takes %s', (value) => {
    expect(isStorableTime(value)).toBe(true);
  });

  it.each(['24:00:00', '19:30', '19:60:00', '19:30:00.1234', '7:30:00'])('refuses %j', (value) => {
    expect(isStorableTime(value)).toBe(false);
  });
});
