import { isIsoDateTime } from '../iso-temporal';
import { checkRecurrenceRule } from './check-recurrence-rule';
import type { ValueProblem } from './value-problem';

type Path = readonly (string | number)[];
type FieldRule = (value: unknown, path: Path) => ValueProblem[];

/** An Open311 attribute code, as the service type's questions name them. */
const ANSWER_CODE_MAX = 100;
/** The longest answer: a `text` attribute's. */
const ANSWER_MAX = 4000;
/** Codes that, read back in JavaScript, reach an object's prototype instead of an answer. */
const RESERVED_CODES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

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
    if (RESERVED_CODES.has(code) || code.trim() === '') return [{ path: at, code: 'unknownField', params: { field: code } }];
    if (code.length > ANSWER_CODE_MAX) return [{ path: at, code: 'tooLong', params: { value: code, limit: ANSWER_CODE_MAX } }];
    if (typeof answer === 'number')
      return Number.isFinite(answer) ? [] : [{ path: at, code: 'type', params: { value: answer, expected: 'number' } }];
    if (typeof answer === 'string')
      return answer.length > ANSWER_MAX ? [{ path: at, code: 'tooLong', params: { value: answer, limit: ANSWER_MAX } }] : [];
    if (!Array.isArray(answer)) return [{ path: at, code: 'type', params: { value: answer, expected: 'text' } }];
    return answer.flatMap((key, i): ValueProblem[] => {
      if (typeof key !== 'string') return [{ path: [...at, i], code: 'type', params: { value: key, expected: 'text' } }];
      if (key.length > ANSWER_CODE_MAX) return [{ path: [...at, i], code: 'tooLong', params: { value: key, limit: ANSWER_CODE_MAX } }];
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
