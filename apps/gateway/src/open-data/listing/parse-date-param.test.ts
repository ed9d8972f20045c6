import { describe, expect, it } from 'vitest';
import { parseDateParam } from './parse-date-param';

const param = (value: string, name: 'from' | 'to' = 'from') =>
  parseDateParam(new URL(`http://gateway/calendar/events.ics?${name}=${encodeURIComponent(value)}`), name);

describe('parseDateParam', () => {
  it('reads a Brussels day and a date-time with its offset', () => {
    expect(param('2026-03-14')?.toISOString()).toBe('2026-03-13T23:00:00.000Z');
    expect(param('2026-03-14', 'to')?.toISOString()).toBe('2026-03-14T23:00:00.000Z');
    expect(param('2026-03-14T20:00:00+01:00')?.toISOString()).toBe('2026-03-14T19:00:00.000Z');
  });

  it('ends `to` at midnight in Brussels after the last day of a summer month', () => {
    expect(param('2026-07-31', 'to')?.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    expect(param('2026-12-31', 'to')?.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-02-30T10:00:00Z', '2026-03-14T25:00:00Z', '2026-03-14T20:00:00'])('refuses %s', (value) => {
    expect(() => param(value)).toThrow(/from: expected a date/);
  });
});
