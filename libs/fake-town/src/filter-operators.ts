import { toComparable, type Comparable } from './typed-value';

/** SQL's three values: a comparison with a missing value is unknown (null), neither true nor false. */
export type Truth = boolean | null;

export const and = (parts: Truth[]): Truth => (parts.includes(false) ? false : parts.includes(null) ? null : true);
export const or = (parts: Truth[]): Truth => (parts.includes(true) ? true : parts.includes(null) ? null : false);
export const not = (truth: Truth): Truth => (truth === null ? null : !truth);

/**
 * SQLite's LIKE and LOWER fold ASCII letters only: "É" stays "É". PostgreSQL's LIKE folds
 * nothing and its LOWER folds every letter; the contract lets the gateway rely on neither.
 */
const foldAscii = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** LIKE with the operand escaped, as Strapi writes it: `%` and `_` in the operand are literal. */
const like = (where: 'anywhere' | 'start' | 'end') => (stored: Comparable, operand: unknown) => {
  const [text, part] = [foldAscii(String(stored)), foldAscii(String(operand))];
  return where === 'start' ? text.startsWith(part) : where === 'end' ? text.endsWith(part) : text.includes(part);
};

type Test = (stored: Comparable, operand: unknown, type: string) => boolean;

const compare =
  (test: (stored: Comparable, operand: Comparable) => boolean): Test =>
  (stored, operand, type) =>
    test(stored, toComparable(type, operand)!);
const equalFolded: Test = (stored, operand) => foldAscii(String(stored)) === foldAscii(String(operand));
const listOf = (operand: unknown): unknown[] => (Array.isArray(operand) ? operand : [operand]);
const isIn: Test = (stored, operand, type) => listOf(operand).some((item) => toComparable(type, item) === stored);

/** Operators that test one stored value against one operand; a missing value makes them unknown. */
const TESTS: Record<string, Test> = {
  $eq: compare((a, b) => a === b),
  $ne: compare((a, b) => a !== b),
  $lt: compare((a, b) => a < b),
  $lte: compare((a, b) => a <= b),
  $gt: compare((a, b) => a > b),
  $gte: compare((a, b) => a >= b),
  $eqi: equalFolded,
  $nei: (stored, operand, type) => !equalFolded(stored, operand, type),
  $in: isIn,
  $notIn: (stored, operand, type) => !isIn(stored, operand, type),
  $between: (stored, operand, type) => {
    const [from, to] = (operand as unknown[]).map((value) => toComparable(type, value)!);
    return stored >= from! && stored <= to!;
  },
  $contains: like('anywhere'),
  $containsi: like('anywhere'),
  $startsWith: like('start'),
  $startsWithi: like('start'),
  $endsWith: like('end'),
  $endsWithi: like('end'),
  $notContains: (stored, operand) => !like('anywhere')(stored, operand),
  $notContainsi: (stored, operand) => !like('anywhere')(stored, operand),
};

/** Operators that take a list as one operand: others, given a list, test each item and OR them, as Strapi does. */
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);

/** Every operator a field takes in Strapi's REST filters; another is a 400. */
export const FIELD_OPERATORS: ReadonlySet<string> = new Set([...Object.keys(TESTS), '$null', '$notNull', '$not', '$jsonSupersetOf']);

/** One operator on a stored value (null when missing) of Strapi type `type`. */
export function applyOperator(operator: string, operand: unknown, stored: unknown, type: string): Truth {
  const value = toComparable(type, stored);
  if (operator === '$null' || operator === '$notNull')
    return ((value === null) === (operator === '$null')) === (String(operand) === 'true');
  if (Array.isArray(operand) && !LIST_OPERATORS.has(operator))
    return or(operand.map((item) => applyOperator(operator, item, stored, type)));
  return value === null ? null : TESTS[operator]!(value, operand, type);
}
