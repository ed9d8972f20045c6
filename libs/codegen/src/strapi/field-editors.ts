import { ANSWER_LIMITS } from '@communes/domain';

/**
 * Fields whose stored kind (text, free JSON) says less than what they hold, by content type
 * (singular name) and field, with the editor that writes them. They are the fields the
 * domain's FIELD_RULES check; the codegen test keeps both lists on the same fields.
 */
export const FIELD_EDITORS: Readonly<Record<string, Readonly<Record<string, FieldEditor>>>> = {
  event: { recurrenceRule: 'recurrence-rule', recurrenceExceptions: 'date-time-list' },
  'service-request': { attributeValues: 'attribute-answers' },
};

export type FieldEditor = 'recurrence-rule' | 'date-time-list' | 'attribute-answers';

/**
 * Where the answers input finds its questions: the request's service type (a relation of the
 * same entry) and, in it, the list of questions. The input reads them from the town at edit
 * time, since each town writes its own questions.
 */
export const ATTRIBUTE_ANSWERS_SOURCE = {
  relation: 'serviceType',
  questions: 'attributes',
  // The longest `string` and `text` answers, as the town and the Open311 intake check them.
  maxLength: { string: ANSWER_LIMITS.string, text: ANSWER_LIMITS.text },
} as const;
