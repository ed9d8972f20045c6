import { describe, expect, it } from 'vitest';
import { toRrule } from './to-rrule';

describe('toRrule', () => {
  it('keeps a valid rule, FREQ first', () => {
    expect(toRrule('COUNT=5;FREQ=WEEKLY;BYDAY=SA', false)).toBe('FREQ=WEEKLY;COUNT=5;BYDAY=SA');
    expect(toRrule('RRULE:freq=monthly;bymonthday=-1', false)).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
  });
  it('refuses what is not an RRULE, rather than break the calendar', () => {
    for (const bad of [
      '',
      'WEEKLY',
      'FREQ=FORTNIGHTLY',
      'FREQ=WEEKLY;COUNT=3;UNTIL=20260101',
      'FREQ=WEEKLY;FREQ=DAILY',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=WEEKLY\r\nX-EVIL:1',
      'FREQ=WEEKLY;FOO=1',
    ]) {
      expect(toRrule(bad, false)).toBeNull();
    }
  });
  it('writes UNTIL as UTC for timed events and as a DATE for all-day ones', () => {
    expect(toRrule('FREQ=DAILY;UNTIL=20260331', false)).toBe('FREQ=DAILY;UNTIL=20260331T215900Z');
    expect(toRrule('FREQ=DAILY;UNTIL=20260331T220000Z', true)).toBe('FREQ=DAILY;UNTIL=20260331');
  });
});
