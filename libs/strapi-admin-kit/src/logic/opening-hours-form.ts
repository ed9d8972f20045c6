import type { Item } from '../custom-field-options';
import { toItems } from './struct-form';

/**
 * The opening-hours editor shows the stored list of rules (schema.org
 * OpeningHoursSpecification) as two groups: the periods a place is open (days, from, to,
 * optionally a season) and its exceptional closures (`closed`, over dates). Morning and
 * afternoon are two periods on the same days.
 */
export interface OpeningHoursForm {
  periods: Item[];
  closures: Item[];
}

export const toOpeningHoursForm = (value: unknown): OpeningHoursForm => {
  const items = toItems(value);
  return { periods: items.filter((item) => item.closed !== true), closures: items.filter((item) => item.closed === true) };
};

/** The stored list: periods first, then closures; `null` when there is no rule at all. */
export function fromOpeningHoursForm(form: OpeningHoursForm): Item[] | null {
  const items = [...form.periods, ...form.closures];
  return items.length ? items : null;
}

/** Office hours, the most common rule: Monday to Friday, to be adjusted. */
export const newPeriod = (days: readonly string[]): Item => ({ dayOfWeek: days.slice(0, 5), opens: '09:00:00', closes: '12:00:00' });

/** A closure applies to every day of its dates unless the editor narrows it. */
export const newClosure = (days: readonly string[], today: string): Item => ({
  dayOfWeek: [...days],
  closed: true,
  validFrom: today,
  validThrough: today,
});

/** A stored time (`08:30` or `08:30:00.000`) as a time input shows it. */
export const toTimeInput = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 5) : '');

/**
 * A time picked (`08:30`) as the town stores it, with seconds (`08:30:00`), like the values
 * an import or the seed writes: front ends and exports then see one form for every entry.
 */
export const fromTimeInput = (time: string): string | undefined => (/^\d{2}:\d{2}/.test(time) ? `${time.slice(0, 5)}:00` : undefined);

/** The days once one is ticked or unticked, in the week's order. */
export function toggleDay(selected: readonly string[], day: string, on: boolean, week: readonly string[]): string[] {
  const chosen = new Set(selected.filter((d) => d !== day));
  if (on) chosen.add(day);
  return week.filter((d) => chosen.has(d));
}
