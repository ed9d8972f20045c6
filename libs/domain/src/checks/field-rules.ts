import { isIsoDateTime } from '../iso-temporal';
import { checkRecurrenceRule } from './check-recurrence-rule';
import type { ValueProblem } from './value-problem';

type Path = readonly (string | number)[];
type FieldRule = (value: unknown, path: Path) => ValueProblem[];

/**
 * The bounds of a service request's answers (Open311 attribute answers), shared by the town's
 * check on every write, the gateway's Open311 intake and the editors' answer inputs: a question
 * code (or a choice's key), a `string` answer and a `text` answer.
 */
export const ANSWER_LIMITS = { code: 100, string: 500, text: 4000 } as const;
/** Codes that, read back in JavaScript, reach an object's prototype instead of an answer. */
export const RESERVED_ANSWER_CODES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A service request's answers, by question code: text, a number, or the keys of several
 * choices (the shapes the gateway's Open311 intake stores). Whether each code is a question of
 * the request's type is the form's and the intake's concern: a type's questions can change
 * after a citizen answered them.
 */
function checkAttributeAnswers(value: unknown, path: Path): ValueProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ path, code: 'type', params: { value, expected: 'object' } }];
  return Object.entries(value).flatMap(([code, answer]): ValueProblem[] => {
    const at = [...path, code];
    if (RESERVED_ANSWER_CODES.has(code) || code.trim() === '') return [{ path: at, code: 'unknownField', params: { field: code } }];
    if (code.length > ANSWER_LIMITS.code) return [{ path: at, code: 'tooLong', params: { value: code, limit: ANSWER_LIMITS.code } }];
    if (typeof answer === 'number')
      return Number.isFinite(answer) ? [] : [{ path: at, code: 'type', params: { value: answer, expected: 'number' } }];
    if (typeof answer === 'string')
      return answer.length > ANSWER_LIMITS.text
        ? [{ path: at, code: 'tooLong', params: { value: answer, limit: ANSWER_LIMITS.text } }]
        : [];
    if (!Array.isArray(answer)) return [{ path: at, code: 'type', params: { value: answer, expected: 'text' } }];
    return answer.flatMap((key, i): ValueProblem[] => {
      if (typeof key !== 'string') return [{ path: [...at, i], code: 'type', params: { value: key, expected: 'text' } }];
      if (key.length > ANSWER_LIMITS.code)
        return [{ path: [...at, i], code: 'tooLong', params: { value: key, limit: ANSWER_LIMITS.code } }];
      return answer.indexOf(key) === i ? [] : [{ path: [...at, i], code: 'duplicateCode', params: { value: key } }];
    });
  });
}

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
  'service-request': { attributeValues: checkAttributeAnswers },
};
