import { describe, expect, it } from 'vitest';
import {
  fromOpeningHoursForm,
  fromTimeInput,
  newClosure,
  newPeriod,
  toggleDay,
  toOpeningHoursForm,
  toTimeInput,
} from './opening-hours-form';

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const morning = { dayOfWeek: ['monday', 'tuesday'], opens: '08:30', closes: '12:00:00.000' };
const afternoon = { dayOfWeek: ['monday'], opens: '13:30', closes: '16:00', validFrom: '2026-07-01', validThrough: '2026-08-31' };
const christmas = { dayOfWeek: ['friday'], closed: true, validFrom: '2026-12-25', validThrough: '2026-12-25' };

describe('the opening-hours form', () => {
  it('shows periods apart from closures, and stores them back unchanged', () => {
    const stored = [morning, christmas, afternoon];
    const form = toOpeningHoursForm(stored);
    expect(form.periods).toEqual([morning, afternoon]);
    expect(form.closures).toEqual([christmas]);
    expect(fromOpeningHoursForm(form)).toEqual([morning, afternoon, christmas]);
  });

  it('stores null when every rule is removed, and reads nothing from a bad value', () => {
    expect(fromOpeningHoursForm({ periods: [], closures: [] })).toBeNull();
    expect(toOpeningHoursForm('lundi 8-12')).toEqual({ periods: [], closures: [] });
  });

  it('starts a period on weekdays and a closure on every day of one date', () => {
    expect(newPeriod(WEEK)).toEqual({ dayOfWeek: WEEK.slice(0, 5), opens: '09:00:00', closes: '12:00:00' });
    expect(newClosure(WEEK, '2026-12-01')).toEqual({ dayOfWeek: WEEK, closed: true, validFrom: '2026-12-01', validThrough: '2026-12-01' });
  });

  it('shows stored times as hours and minutes', () => {
    expect(toTimeInput('12:00:00.000')).toBe('12:00');
    expect(toTimeInput('08:30')).toBe('08:30');
    expect(toTimeInput(undefined)).toBe('');
  });

  it('stores a picked time with its seconds, and nothing for a cleared one', () => {
    expect(fromTimeInput('08:30')).toBe('08:30:00');
    expect(fromTimeInput('08:30:00')).toBe('08:30:00');
    expect(fromTimeInput('')).toBeUndefined();
  });

  it('ticks days into the order of the week', () => {
    expect(toggleDay(['friday'], 'monday', true, WEEK)).toEqual(['monday', 'friday']);
    expect(toggleDay(['monday', 'friday'], 'monday', false, WEEK)).toEqual(['friday']);
  });
});
