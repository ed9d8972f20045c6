import { describe, expect, it } from 'vitest';
import { expandOccurrences, MAX_EXPANSION_WORK, MAX_OCCURRENCES } from './expand-occurrences';
import { parseRecurrenceRule } from './parse-recurrence-rule';

const range = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const starts = (expansion: ReturnType<typeof expandOccurrences>) => expansion.occurrences.map((o) => o.start.toISOString());
/** The Brussels wall-clock day and time of each occurrence, "2026-03-21 10:00". */
const local = (expansion: ReturnType<typeof expandOccurrences>) =>
  expansion.occurrences.map((o) =>
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(o.start),
  );
const MARCH_APRIL = range('2026-03-15T00:00:00Z', '2026-04-15T00:00:00Z');
/** Saturday 21 March 2026, 10:00 to 12:00 in Brussels (winter time); summer time from 29 March. */
const saturdays = { start: '2026-03-21T09:00:00.000Z', end: '2026-03-21T11:00:00.000Z', recurrenceRule: 'FREQ=WEEKLY' };

describe('expandOccurrences', () => {
  it('gives an event without a rule once, when it overlaps the range', () => {
    const once = { start: '2026-03-20T18:00:00Z', end: '2026-03-20T20:00:00Z' };
    expect(starts(expandOccurrences(once, MARCH_APRIL))).toEqual(['2026-03-20T18:00:00.000Z']);
    expect(expandOccurrences(once, range('2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z')).occurrences).toEqual([]);
    // Begun before the range and still going on in it.
    expect(expandOccurrences(once, range('2026-03-20T19:00:00Z', '2026-03-21T00:00:00Z')).occurrences).toHaveLength(1);
    // Ended when the range begins: [from, to) and [start, end) do not overlap.
    expect(expandOccurrences(once, range('2026-03-20T20:00:00Z', '2026-03-21T00:00:00Z')).occurrences).toHaveLength(0);
    // An instant: in the range from its start on, not at its end.
    expect(
      expandOccurrences({ start: '2026-03-20T18:00:00Z' }, range('2026-03-20T18:00:00Z', '2026-03-20T19:00:00Z')).occurrences,
    ).toHaveLength(1);
    expect(
      expandOccurrences({ start: '2026-03-20T18:00:00Z' }, range('2026-03-20T17:00:00Z', '2026-03-20T18:00:00Z')).occurrences,
    ).toHaveLength(0);
  });

  it('keeps a weekly 10:00 at 10:00 in Brussels across the change to summer time, ending at 12:00', () => {
    const expansion = expandOccurrences(saturdays, MARCH_APRIL);
    expect(starts(expansion)).toEqual([
      '2026-03-21T09:00:00.000Z',
      '2026-03-28T09:00:00.000Z',
      '2026-04-04T08:00:00.000Z',
      '2026-04-11T08:00:00.000Z',
    ]);
    expect(expansion.occurrences.map((o) => o.end?.toISOString())).toEqual([
      '2026-03-21T11:00:00.000Z',
      '2026-03-28T11:00:00.000Z',
      '2026-04-04T10:00:00.000Z',
      '2026-04-11T10:00:00.000Z',
    ]);
    expect(expansion.truncated).toBeNull();
    // And back to winter time in October.
    expect(local(expandOccurrences(saturdays, range('2026-10-17T00:00:00Z', '2026-11-01T00:00:00Z')))).toEqual([
      '2026-10-17 10:00',
      '2026-10-24 10:00',
      '2026-10-31 10:00',
    ]);
  });

  it('leaves out the EXDATEs, given as instants or as days', () => {
    const instant = expandOccurrences({ ...saturdays, recurrenceExceptions: ['2026-04-04T10:00:00+02:00'] }, MARCH_APRIL);
    expect(local(instant)).toEqual(['2026-03-21 10:00', '2026-03-28 10:00', '2026-04-11 10:00']);
    const day = expandOccurrences({ ...saturdays, recurrenceExceptions: ['2026-03-28', 'not a date', 42] }, MARCH_APRIL);
    expect(local(day)).toEqual(['2026-03-21 10:00', '2026-04-04 10:00', '2026-04-11 10:00']);
    // The start itself can be left out.
    expect(expandOccurrences({ ...saturdays, recurrenceExceptions: [saturdays.start] }, MARCH_APRIL).occurrences).toHaveLength(3);
  });

  it('counts COUNT from the start, EXDATEs included, and stops at UNTIL (inclusive)', () => {
    expect(local(expandOccurrences({ ...saturdays, recurrenceRule: 'FREQ=WEEKLY;COUNT=3' }, MARCH_APRIL))).toEqual([
      '2026-03-21 10:00',
      '2026-03-28 10:00',
      '2026-04-04 10:00',
    ]);
    const excepted = { ...saturdays, recurrenceRule: 'FREQ=WEEKLY;COUNT=3', recurrenceExceptions: ['2026-03-28T09:00:00Z'] };
    expect(local(expandOccurrences(excepted, MARCH_APRIL))).toEqual(['2026-03-21 10:00', '2026-04-04 10:00']);
    expect(local(expandOccurrences({ ...saturdays, recurrenceRule: 'RRULE:freq=weekly;until=20260404T080000Z' }, MARCH_APRIL))).toEqual([
      '2026-03-21 10:00',
      '2026-03-28 10:00',
      '2026-04-04 10:00',
    ]);
    // A date: the whole day; a time without Z: Brussels wall-clock time.
    expect(expandOccurrences({ ...saturdays, recurrenceRule: 'FREQ=WEEKLY;UNTIL=20260404' }, MARCH_APRIL).occurrences).toHaveLength(3);
    expect(expandOccurrences({ ...saturdays, recurrenceRule: 'FREQ=WEEKLY;UNTIL=20260404T095959' }, MARCH_APRIL).occurrences).toHaveLength(
      2,
    );
  });

  it('expands BYDAY within each week, and INTERVAL from the start', () => {
    // Tuesday 3 March 2026, 19:00.
    const tuesdaysThursdays = { start: '2026-03-03T18:00:00Z', recurrenceRule: 'FREQ=WEEKLY;BYDAY=TU,TH' };
    expect(
      local(expandOccurrences(tuesdaysThursdays, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'))).map((d) => d.slice(8)),
    ).toEqual(['03 19:00', '05 19:00', '10 19:00', '12 19:00', '17 19:00', '19 19:00', '24 19:00', '26 19:00', '31 19:00']);
    const fortnightly = { ...tuesdaysThursdays, recurrenceRule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' };
    expect(local(expandOccurrences(fortnightly, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'))).map((d) => d.slice(8, 10))).toEqual(
      ['03', '17', '31'],
    );
  });

  it('finds positions in the month: the last Friday, the second Saturday, the last working day', () => {
    const year = range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    const lastFriday = { start: '2026-01-30T19:00:00Z', recurrenceRule: 'FREQ=MONTHLY;BYDAY=-1FR' };
    expect(local(expandOccurrences(lastFriday, year)).map((d) => d.slice(5, 10))).toEqual([
      '01-30',
      '02-27',
      '03-27',
      '04-24',
      '05-29',
      '06-26',
      '07-31',
      '08-28',
      '09-25',
      '10-30',
      '11-27',
      '12-25',
    ]);
    const secondSaturday = { start: '2026-01-10T09:00:00Z', recurrenceRule: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=4' };
    expect(local(expandOccurrences(secondSaturday, year))).toEqual([
      '2026-01-10 10:00',
      '2026-02-14 10:00',
      '2026-03-14 10:00',
      '2026-04-11 10:00',
    ]);
    const lastWorkingDay = { start: '2026-01-30T16:00:00Z', recurrenceRule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=6' };
    expect(local(expandOccurrences(lastWorkingDay, year)).map((d) => d.slice(5, 10))).toEqual([
      '01-30',
      '02-27',
      '03-31',
      '04-30',
      '05-29',
      '06-30',
    ]);
    // The 31st: months without one have no occurrence (RFC 5545).
    const the31st = { start: '2026-01-31T09:00:00Z', recurrenceRule: 'FREQ=MONTHLY' };
    expect(local(expandOccurrences(the31st, year)).map((d) => d.slice(5, 7))).toEqual(['01', '03', '05', '07', '08', '10', '12']);
  });

  it('expands yearly rules, the last Sunday of March included', () => {
    const dstDay = { start: '2026-03-29T10:00:00Z', recurrenceRule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU' };
    expect(local(expandOccurrences(dstDay, range('2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z')))).toEqual([
      '2026-03-29 12:00',
      '2027-03-28 12:00',
      '2028-03-26 12:00',
      '2029-03-25 12:00',
    ]);
    const week20 = { start: '2026-05-11T07:00:00Z', recurrenceRule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO' };
    expect(local(expandOccurrences(week20, range('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z')))).toEqual([
      '2026-05-11 09:00',
      '2027-05-17 09:00',
    ]);
  });

  it('expands an open-ended rule begun years ago straight from the range', () => {
    const since2010 = { start: '2010-01-02T09:00:00Z', end: '2010-01-02T10:00:00Z', recurrenceRule: 'FREQ=WEEKLY;BYDAY=SA' };
    expect(local(expandOccurrences(since2010, range('2030-06-01T00:00:00Z', '2030-07-01T00:00:00Z')))).toEqual([
      '2030-06-01 10:00',
      '2030-06-08 10:00',
      '2030-06-15 10:00',
      '2030-06-22 10:00',
      '2030-06-29 10:00',
    ]);
    const daily = { start: '2001-01-01T07:00:00Z', recurrenceRule: 'FREQ=DAILY;INTERVAL=3' };
    const expansion = expandOccurrences(daily, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'));
    expect(expansion.occurrences).toHaveLength(10);
    // Every third day from the start: 2026-03-03 is 9,192 days after 2001-01-01.
    expect(local(expansion)[0]).toBe('2026-03-03 08:00');
  });

  it('covers the day of an all-day event without an end', () => {
    const market = { start: '2026-03-20T23:00:00Z', allDay: true, recurrenceRule: 'FREQ=WEEKLY' };
    expect(local(expandOccurrences(market, range('2026-03-28T12:00:00Z', '2026-03-29T00:00:00Z')))).toEqual(['2026-03-28 00:00']);
    expect(expandOccurrences(market, range('2026-03-28T12:00:00Z', '2026-03-29T00:00:00Z')).occurrences[0]!.end).toBeNull();
  });

  it('expands within days: hourly, with its minutes', () => {
    const everyHalfHour = { start: '2026-06-01T06:00:00Z', recurrenceRule: 'FREQ=HOURLY;BYHOUR=8,9;BYMINUTE=0,30;COUNT=6' };
    expect(local(expandOccurrences(everyHalfHour, range('2026-06-01T00:00:00Z', '2026-06-05T00:00:00Z')))).toEqual([
      '2026-06-01 08:00',
      '2026-06-01 08:30',
      '2026-06-01 09:00',
      '2026-06-01 09:30',
      '2026-06-02 08:00',
      '2026-06-02 08:30',
    ]);
    const everyTenMinutes = { start: '2026-06-01T06:00:00Z', recurrenceRule: 'FREQ=MINUTELY;INTERVAL=10;BYHOUR=8' };
    expect(expandOccurrences(everyTenMinutes, range('2026-06-01T00:00:00Z', '2026-06-03T00:00:00Z')).occurrences).toHaveLength(12);
  });

  it('gives an hourly event one occurrence per instant across the changes of time, counted once', () => {
    // 29 March 2026: 02:00 does not exist in Brussels (it is 03:00); 25 October: 02:00 comes twice.
    const spring = { start: '2026-03-28T23:00:00.000Z', recurrenceRule: 'FREQ=HOURLY;COUNT=6' };
    expect(local(expandOccurrences(spring, range('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z')))).toEqual([
      '2026-03-29 00:00',
      '2026-03-29 01:00',
      '2026-03-29 03:00',
      '2026-03-29 04:00',
      '2026-03-29 05:00',
      '2026-03-29 06:00',
    ]);
    // A wall time that comes twice is its first instant (RFC 5545: as an explicit DATE-TIME).
    const autumn = { start: '2026-10-24T23:00:00.000Z', recurrenceRule: 'FREQ=HOURLY;COUNT=4' };
    expect(starts(expandOccurrences(autumn, range('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z')))).toEqual([
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
  });

  it('caps hostile rules: a year of seconds is cut at the limit, rarely matching candidates at the work budget', () => {
    const year = range('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    const seconds = expandOccurrences({ start: '2026-01-01T00:00:00Z', recurrenceRule: 'FREQ=SECONDLY' }, year);
    expect(seconds.occurrences).toHaveLength(MAX_OCCURRENCES);
    expect(seconds.truncated).toBe('limit');
    const five = expandOccurrences({ start: '2026-01-01T00:00:00Z', recurrenceRule: 'FREQ=SECONDLY' }, year, { limit: 5 });
    expect([five.occurrences.length, five.truncated]).toEqual([5, 'limit']);
    // Odd seconds, every other second from an even one: none ever, after 43,200 tries a day.
    const odd = Array.from({ length: 30 }, (_, i) => 2 * i + 1).join(',');
    const began = Date.now();
    const never = expandOccurrences({ start: '2026-01-01T00:00:00Z', recurrenceRule: `FREQ=SECONDLY;INTERVAL=2;BYSECOND=${odd}` }, year);
    expect([never.occurrences.length, never.truncated]).toEqual([1, 'work']);
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(MAX_EXPANSION_WORK).toBeGreaterThan(100_000);
    // A rule that can never match again (30 February) ends with the range, not in year 9999.
    const impossible = expandOccurrences({ start: '2026-01-01T00:00:00Z', recurrenceRule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' }, year);
    expect([impossible.occurrences.length, impossible.truncated]).toEqual([1, null]);
    const minutely = expandOccurrences({ start: '2026-01-01T00:00:00Z', recurrenceRule: 'FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30' }, year);
    expect(minutely.truncated).toBeNull();
  });

  it('takes an unreadable rule as no rule, and says why', () => {
    for (const rule of [
      'FREQ=DAILY;BYHOUR=25',
      'FREQ=FORTNIGHTLY',
      'FREQ=WEEKLY;INTERVAL=0',
      'FREQ=WEEKLY;BYDAY=2SA',
      'FREQ=DAILY;COUNT=2;UNTIL=20260101',
    ]) {
      const expansion = expandOccurrences({ ...saturdays, recurrenceRule: rule }, MARCH_APRIL);
      expect(expansion.invalidRule, rule).toBeTruthy();
      expect(expansion.occurrences, rule).toHaveLength(1);
    }
  });
});

describe('parseRecurrenceRule', () => {
  it('reads the parts, sorted and in range', () => {
    expect(parseRecurrenceRule('RRULE:FREQ=MONTHLY;BYDAY=-1FR,2SA;BYMONTHDAY=3,1;WKST=SU')).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      wkst: 6,
      byMonthDay: [1, 3],
      byDay: [
        { n: -1, weekday: 4 },
        { n: 2, weekday: 5 },
      ],
    });
  });
});
