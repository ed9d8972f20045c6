import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTime, isIsoTime } from './iso-date-time';

describe('isIsoDate', () => {
  it.each(['2026-03-14', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('takes %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  // Date.parse takes the first two (as March 2nd and 3rd): the reason this check exists.
  it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '2026-1-1', '20260314', '2026-03-14T00:00:00Z', ' 2026-03-14', ''])(
    'refuses %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('isIsoDateTime', () => {
  it.each(['2026-03-14T19:30:00Z', '2026-03-14T19:30Z', '2026-03-14T19:30:00.123Z', '2026-03-14T19:30:00.123456+01:00', '2026-03-14T00:00:00-05:30', '9999-12-31T23:59:59.999Z'])('takes %s', (value) => {
    expect(isIsoDateTime(value)).toBe(true);
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
    expect(isIsoDateTime(value)).toBe(false);
  });
});

describe('isIsoTime', () => {
  it.each(['19:30:00', '00:00:00.000', '23:59:59.9'])('takes %s', (value) => {
    expect(isIsoTime(value)).toBe(true);
  });

  it.each(['24:00:00', '19:30', '19:60:00', '19:30:00.1234', '7:30:00'])('refuses %j', (value) => {
    expect(isIsoTime(value)).toBe(false);
  });
});
