import type { Vocabulary } from '../field';

/**
 * What can be wrong with a value, as a stable code: the town's editor messages (in four
 * languages) and the gateway's log lines are written from these, never from text.
 */
export type ValueProblemCode =
  /** Not the right type of value: `params.expected` says which. */
  | 'type'
  /** A required part of a structured value is missing. */
  | 'required'
  /** A part that the value type does not have (`params.field`). */
  | 'unknownField'
  /** A code that is not in the vocabulary (`params.value`, `params.vocabulary`). */
  | 'unknownCode'
  /** The same code twice in one list. */
  | 'duplicateCode'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooLarge'
  /** Text that is not a date, an e-mail address, ...: `params.format` says which. */
  | 'format'
  /** An end (closing time, last valid day) before its start. */
  | 'endBeforeStart'
  /** A recurrence without a frequency, or with one the model does not know. */
  | 'recurrenceFrequency'
  /** A recurrence part that is unknown, repeated or badly written (`params.part`). */
  | 'recurrencePart'
  /** A recurrence that both counts and ends on a date. */
  | 'recurrenceCountAndUntil';

export type ValueFormat = 'date' | 'dateTime' | 'time' | 'email' | 'url' | 'currency' | 'memberCode';
export type ExpectedType = 'list' | 'object' | 'text' | 'number' | 'integer' | 'boolean';

export interface ValueProblemParams {
  value?: unknown;
  expected?: ExpectedType;
  format?: ValueFormat;
  /** A length or a bound. */
  limit?: number;
  vocabulary?: Vocabulary;
  field?: string;
  part?: string;
}

export interface ValueProblem {
  /** From the entry's field down to the wrong part: `['openingHours', 0, 'dayOfWeek', 1]`. */
  path: readonly (string | number)[];
  code: ValueProblemCode;
  params: ValueProblemParams;
}
