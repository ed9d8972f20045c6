import { checkRecurrenceRule } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { buildRecurrence, EMPTY_RECURRENCE, parseRecurrence, type RecurrenceForm } from './recurrence-form';

const form = (changes: Partial<RecurrenceForm>): RecurrenceForm => ({ ...EMPTY_RECURRENCE, ...changes });

describe('the recurrence editor', () => {
  it.each<[string, Partial<RecurrenceForm>, string | null]>([
    ['does not repeat', {}, null],
    ['every day, 5 times', { frequency: 'DAILY', end: 'count', count: 5 }, 'FREQ=DAILY;COUNT=5'],
    [
      'every Saturday until the end of the year',
      { frequency: 'WEEKLY', weekDays: ['SA'], end: 'until', until: '2026-12-31' },
      'FREQ=WEEKLY;BYDAY=SA;UNTIL=20261231',
    ],
    [
      'every other week on Tuesday and Monday, days in week order',
      { frequency: 'WEEKLY', interval: 2, weekDays: ['TU', 'MO'] },
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU',
    ],
    ['every month on the 15th', { frequency: 'MONTHLY', monthlyMode: 'dayOfMonth', monthDay: 15 }, 'FREQ=MONTHLY;BYMONTHDAY=15'],
    [
      'the last Friday of the month',
      { frequency: 'MONTHLY', monthlyMode: 'weekdayOfMonth', ordinal: -1, ordinalDay: 'FR' },
      'FREQ=MONTHLY;BYDAY=-1FR',
    ],
    ['every month on the start date', { frequency: 'MONTHLY' }, 'FREQ=MONTHLY'],
  ])('writes "%s" as a rule the model accepts', (_, choices, rule) => {
    expect(buildRecurrence(form(choices))).toBe(rule);
    if (rule) expect(checkRecurrenceRule(rule, ['recurrenceRule'])).toEqual([]);
    if (rule) expect(buildRecurrence(parseRecurrence(rule).form)).toBe(rule);
  });

  it('reads a stored rule back into the choices, whatever its case or prefix', () => {
    expect(parseRecurrence('rrule:freq=weekly;byday=sa,mo;until=20261231T225959Z')).toEqual({
      supported: true,
      form: form({ frequency: 'WEEKLY', weekDays: ['MO', 'SA'], end: 'until', until: '2026-12-31' }),
    });
    expect(parseRecurrence('FREQ=MONTHLY;BYDAY=2SA;COUNT=6').form).toMatchObject({
      monthlyMode: 'weekdayOfMonth',
      ordinal: 2,
      ordinalDay: 'SA',
      end: 'count',
      count: 6,
    });
    expect(parseRecurrence(null)).toEqual({ form: EMPTY_RECURRENCE, supported: true });
  });

  it('says so when the choices cannot hold a stored rule, rather than change it', () => {
    for (const rule of [
      'FREQ=YEARLY',
      'FREQ=WEEKLY;BYHOUR=9',
      'FREQ=MONTHLY;BYMONTHDAY=1,15',
      'FREQ=MONTHLY;BYDAY=MO,TU',
      'chaque samedi',
    ]) {
      expect(parseRecurrence(rule).supported).toBe(false);
    }
  });

  it('leaves out an end the editor has not completed', () => {
    expect(buildRecurrence(form({ frequency: 'DAILY', end: 'until', until: '' }))).toBe('FREQ=DAILY');
  });
});
