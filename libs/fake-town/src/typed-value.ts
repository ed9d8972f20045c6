import { isIsoDate, isIsoDateTime } from '@communes/domain';

/** A value as the database compares it: numbers and instants as numbers, days and text as text. */
export type Comparable = number | string | boolean;

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^-?\d+$/;

interface ValueRule {
  expected: string;
  fits(text: string): boolean;
  comparable(value: unknown): Comparable;
}

const instant: ValueRule = {
  expected: 'an ISO 8601 instant such as 2026-03-14T19:30:00Z, or a day such as 2026-03-14',
  fits: (text) => isIsoDate(text) || isIsoDateTime(text),
  // A day alone is its first instant, in UTC, as the databases read it.
  comparable: (value) => Date.parse(String(value)),
};

const number = (expected: string, pattern: RegExp): ValueRule => ({
  expected,
  // Integers within PostgreSQL's `integer`: a value outside is a database error there.
  fits: (text) =>
    pattern.test(text) && Number.isFinite(Number(text)) && (pattern !== INTEGER || (Number(text) >= -(2 ** 31) && Number(text) < 2 ** 31)),
  comparable: (value) => Number(value),
});

/** One rule per Strapi type whose values are not free text; everything else compares as text (no attribute of the model is a time: times live inside opening hours). */
const RULES: Record<string, ValueRule> = {
  integer: number('an integer', INTEGER),
  decimal: number('a number', NUMBER),
  float: number('a number', NUMBER),
  boolean: {
    expected: 'true or false',
    fits: (text) => text === 'true' || text === 'false',
    comparable: (value) => value === true || value === 'true',
  },
  date: { expected: 'a calendar day such as 2026-03-14', fits: isIsoDate, comparable: String },
  datetime: instant,
};

/** What a filter value on an attribute of Strapi type `type` should have been, or undefined when it fits. */
export const misfit = (type: string, text: string): string | undefined =>
  RULES[type] && !RULES[type].fits(text) ? RULES[type].expected : undefined;

/** A stored value or a filter value as the database compares it; JSON as its text, as SQLite stores it. */
export function toComparable(type: string, value: unknown): Comparable | null {
  if (value === null || value === undefined) return null;
  if (type === 'json') return JSON.stringify(value);
  return RULES[type]?.comparable(value) ?? String(value);
}

/** Strapi's text types: the ones the LIKE operators take. */
export const isText = (type: string): boolean => ['string', 'text', 'richtext', 'email', 'enumeration', 'uid'].includes(type);
