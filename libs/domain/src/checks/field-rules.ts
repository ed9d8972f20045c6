import { isIsoDateTime } from '../iso-temporal';
import { checkRecurrenceRule } from './check-recurrence-rule';
import type { ValueProblem } from './value-problem';

type Path = readonly (string | number)[];
type FieldRule = (value: unknown, path: Path) => ValueProblem[];

/**
 * Fields whose stored type (text, JSON) says less than what they hold, by content type
 * (singular name) and field: their rule runs after the field's kind is checked.
 */
export const FIELD_RULES: Readonly<Record<string, Readonly<Record<string, FieldRule>>>> = {
  event: {
    recurrenceRule: (value, path) => (typeof value === 'string' && value.trim() !== '' ? checkRecurrenceRule(value, path) : []),
    recurrenceExceptions(value, path) {
      if (!Array.isArray(value)) return [{ path, code: 'type', params: { value, expected: 'list' } }];
      return value.flatMap((item, i): ValueProblem[] =>
        isIsoDateTime(item) ? [] : [{ path: [...path, i], code: 'format', params: { value: item, format: 'dateTime' } }],
      );
    },
  },
};
