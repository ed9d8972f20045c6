import { describe, expect, it } from 'vitest';
import { toBrusselsParts } from '@communes/domain';
import { nextDay, toIcalDate, toIcalLocalDateTime, toIcalUtc } from './ical-dates';

describe('Brussels time in iCalendar forms', () => {
  it('writes wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(toIcalLocalDateTime(toBrusselsParts(new Date('2026-01-15T19:00:00Z')))).toBe('20260115T200000');
    expect(toIcalLocalDateTime(toBrusselsParts(new Date('2026-07-15T18:30:00Z')))).toBe('20260715T203000');
  });
  it('writes UTC times and the day after a date, across a month', () => {
    expect(toIcalUtc(new Date('2026-07-15T18:30:05.123Z'))).toBe('20260715T183005Z');
    expect(toIcalDate(nextDay(toBrusselsParts(new Date('2026-07-31T12:00:00Z'))))).toBe('20260801');
  });
});
