import { describe, expect, it } from 'vitest';
import { addInstant, fromBrusselsDayAndTime, toBrusselsDayAndTime, toExceptionInstant } from './brussels-instant';

describe('exception dates at the event start time, on Brussels clocks', () => {
  it('gives the UTC instant of a Brussels day and time, winter and summer', () => {
    expect(fromBrusselsDayAndTime('2026-12-19', '10:00')).toBe('2026-12-19T09:00:00.000Z');
    expect(fromBrusselsDayAndTime('2026-07-04', '10:00')).toBe('2026-07-04T08:00:00.000Z');
    expect(fromBrusselsDayAndTime('19/12/2026', '10:00')).toBeUndefined();
  });

  it('keeps the start time across a clock change', () => {
    // A Saturday market that starts at 08:00 in March, skipped on a day after summer time begins.
    expect(toExceptionInstant('2026-04-04', '2026-03-07T07:00:00.000Z')).toBe('2026-04-04T06:00:00.000Z');
    expect(toExceptionInstant('2026-04-04', undefined)).toBe('2026-04-03T22:00:00.000Z');
  });

  it('reads an instant back as its Brussels day and time', () => {
    expect(toBrusselsDayAndTime('2026-03-21T09:00:00.000Z')).toEqual({ day: '2026-03-21', time: '10:00' });
    expect(toBrusselsDayAndTime('not a date')).toBeUndefined();
  });

  it('adds an instant once, in order', () => {
    expect(addInstant(['2026-05-02T08:00:00.000Z'], '2026-04-04T08:00:00.000Z')).toEqual([
      '2026-04-04T08:00:00.000Z',
      '2026-05-02T08:00:00.000Z',
    ]);
    expect(addInstant(['2026-04-04T08:00:00.000Z'], '2026-04-04T08:00:00.000Z')).toHaveLength(1);
  });
});
