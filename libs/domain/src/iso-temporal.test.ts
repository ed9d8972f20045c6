import { describe, expect, it } from 'vitest';
import { isIsoDate, isIsoDateTime, isIsoTime } from './iso-temporal';

describe('real calendar values', () => {
  // Date.parse takes 2026-02-30 and 2026-02-29 (as March 2nd and 1st): the reason these checks exist.
  it.each(['2028-02-29', '2000-02-29', '9999-12-31'])('takes the date %s', (value) => expect(isIsoDate(value)).toBe(true));
  it.each(['2026-02-29', '1900-02-29', '20260314', ' 2026-03-14'])('refuses the date %j', (value) => expect(isIsoDate(value)).toBe(false));
  it.each(['2026-03-14', '2024-02-29', '2026-12-31', '0001-01-01'])('takes the date %s', (value) => expect(isIsoDate(value)).toBe(true));
  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
    '',
    20260101,
    null,
  ])('refuses the date %j', (value) => expect(isIsoDate(value)).toBe(false));

  it.each([
    '2026-03-14T19:30:00.000Z',
    '2026-03-14T19:30Z',
    '2026-03-14T20:30:00+01:00',
    '2024-02-29T23:59:59.999999Z',
    '2026-01-01T00:00:00-12:00',
  ])('takes the instant %s', (value) => expect(isIsoDateTime(value)).toBe(true));
  it.each([
    '2026-02-30T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T10:00:61Z',
    '2026-01-01T10:00:00+25:00',
    '2026-01-01T10:00:00',
    '2026-01-01',
    'yesterday',
    {},
  ])('refuses the instant %j', (value) => expect(isIsoDateTime(value)).toBe(false));

  it.each(['19:30', '19:30:00', '19:30:00.000', '00:00', '23:59:59'])('takes the time %s', (value) => expect(isIsoTime(value)).toBe(true));
  it.each(['24:00', '19:60', '99:99', '7:30', '19:30:00Z', 1930])('refuses the time %j', (value) => expect(isIsoTime(value)).toBe(false));
});
