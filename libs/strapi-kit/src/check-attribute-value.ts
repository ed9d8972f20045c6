import { isIsoDate } from '@communes/domain';
import { isStorableDateTime, isStorableTime } from './storable-temporal';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
/** PostgreSQL's integer and bigint: a value outside them is a database error, not an empty list. */
const INT32 = [-(2n ** 31n), 2n ** 31n - 1n] as const;
const INT64 = [-(2n ** 63n), 2n ** 63n - 1n] as const;

interface ValueKind {
  /** What a message says the value should have been. */
  expected: string;
  accepts(text: string): boolean;
}

const integerIn = ([min, max]: readonly [bigint, bigint], expected: string): ValueKind => ({
  expected,
  accepts: (text) => INTEGER.test(text) && BigInt(text) >= min && BigInt(text) <= max,
});

const DATE_TIME: ValueKind = {
  expected: 'an ISO 8601 instant such as 2026-03-14T19:30:00Z, or a day such as 2026-03-14',
  accepts: (text) => isIsoDate(text) || isStorableDateTime(text),
};

/** One entry per Strapi attribute type whose values are not free text. */
const KINDS: Record<string, ValueKind> = {
  integer: integerIn(INT32, 'an integer'),
  biginteger: integerIn(INT64, 'an integer'),
  float: { expected: 'a number', accepts: (text) => DECIMAL.test(text) && Number.isFinite(Number(text)) },
  decimal: { expected: 'a number', accepts: (text) => DECIMAL.test(text) && Number.isFinite(Number(text)) },
  boolean: { expected: 'true or false', accepts: (text) => text === 'true' || text === 'false' },
  date: { expected: 'a calendar day such as 2026-03-14', accepts: isIsoDate },
  datetime: DATE_TIME,
  timestamp: DATE_TIME,
  time: { expected: 'a time such as 19:30:00', accepts: isStorableTime },
};

/**
 * Whether one filter value fits an attribute of Strapi type `type`: undefined when it does,
 * otherwise what was expected. Text types take any string; lists, objects and null are the
 * caller's to refuse.
 */
export function checkAttributeValue(type: string, value: string | number | boolean): string | undefined {
  const kind = KINDS[type];
  if (!kind) return typeof value === 'string' ? undefined : 'text';
  return kind.accepts(String(value)) ? undefined : kind.expected;
}
