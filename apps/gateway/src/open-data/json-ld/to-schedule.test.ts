import { describe, expect, it } from 'vitest';
import { toSchedule } from './to-schedule';

describe('toSchedule', () => {
  it('says a simple RRULE as a schema.org Schedule', () => {
    expect(toSchedule('FREQ=WEEKLY;INTERVAL=2;COUNT=6;BYDAY=SA,SU', '2026-05-02', true)).toEqual({
      '@type': 'Schedule',
      repeatFrequency: 'P2W',
      repeatCount: 6,
      byDay: ['https://schema.org/Saturday', 'https://schema.org/Sunday'],
      startDate: '2026-05-02',
      scheduleTimezone: 'Europe/Brussels',
    });
  });
  it('says nothing for rules it cannot say or that are not rules', () => {
    expect(toSchedule('FREQ=HOURLY', undefined, false)).toBeUndefined();
    expect(toSchedule('every day', undefined, false)).toBeUndefined();
    expect(toSchedule(null, undefined, false)).toBeUndefined();
  });
});
