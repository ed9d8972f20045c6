import type { ValueProblem } from './value-problem';

type Path = readonly (string | number)[];
type Rule = (value: Record<string, unknown>, path: Path) => ValueProblem[];

const CURRENCY = /^[A-Z]{3}$/;
/** 19:30 and 19:30:00.000 alike, comparable as text (their parts are zero-padded). */
const clock = (time: string) => (time.length === 5 ? `${time}:00` : time.slice(0, 8));

/**
 * What a value type asks beyond the types of its parts, checked once each part is right.
 * Keyed by the value type's name (unique in the model).
 */
export const VALUE_TYPE_RULES: Readonly<Record<string, Rule>> = {
  OpeningHoursSpecification(value, path) {
    const { opens, closes, closed, validFrom, validThrough } = value as Record<string, string | boolean | undefined>;
    const problems: ValueProblem[] = [];
    if (!closed && (opens == null) !== (closes == null)) {
      const missing = opens == null ? 'opens' : 'closes';
      problems.push({ path: [...path, missing], code: 'required', params: { field: missing } });
    }
    // Closing at midnight ends the day; hours past midnight belong to the next day's line.
    if (typeof opens === 'string' && typeof closes === 'string' && clock(closes) !== '00:00:00' && clock(closes) <= clock(opens))
      problems.push({ path: [...path, 'closes'], code: 'endBeforeStart', params: { value: closes } });
    if (typeof validFrom === 'string' && typeof validThrough === 'string' && validThrough < validFrom)
      problems.push({ path: [...path, 'validThrough'], code: 'endBeforeStart', params: { value: validThrough } });
    return problems;
  },
  Cost(value, path) {
    return typeof value.currency === 'string' && !CURRENCY.test(value.currency)
      ? [{ path: [...path, 'currency'], code: 'format', params: { value: value.currency, format: 'currency' } }]
      : [];
  },
};
