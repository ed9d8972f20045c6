import type { ResolvedContentType } from '@communes/domain';

/** How a value of the entries' JSON compares: as text (codes, names, ISO dates and instants), a number or a boolean. */
export type ValueType = 'text' | 'number' | 'boolean';

/** A typed SQL expression over one key of an entry's JSON. */
export interface FieldExpression {
  sql: string;
  /** The same value in the database's own collation: what `lower()` folds beyond ASCII (code-point order does not). */
  plain: string;
  type: ValueType;
}

const KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;

/**
 * The SQL of one key of `column` (an entry's JSON), typed. A number or a boolean is read only
 * where the JSON holds one: a broken town's "abc" in a number field is a null to sort and
 * filter, not a cast error that would fail every region-wide read. Text compares by code
 * point (`collate "C"`), as the gateway merges towns' pages; the model's indexes use exactly
 * these expressions, so that PostgreSQL can walk them for an ordered page.
 */
export function keyExpression(key: string, type: ValueType, column = 'data'): FieldExpression {
  if (!KEY.test(key)) throw new Error(`Not a field name: ${JSON.stringify(key)}.`);
  switch (type) {
    case 'number': {
      const sql = `(case when jsonb_typeof(${column}->'${key}') = 'number' then (${column}->>'${key}')::numeric end)`;
      return { sql, plain: sql, type };
    }
    case 'boolean': {
      const sql = `(case when jsonb_typeof(${column}->'${key}') = 'boolean' then (${column}->>'${key}')::boolean end)`;
      return { sql, plain: sql, type };
    }
    case 'text':
      return { sql: `((${column}->>'${key}') collate "C")`, plain: `(${column}->>'${key}')`, type };
  }
}

/** The system fields every entry carries, all compared as text. */
const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);
/** Field kinds that hold one value compared as text: ISO dates, instants and times sort as text. */
const TEXT_KINDS: ReadonlySet<string> = new Set(['string', 'text', 'richText', 'date', 'dateTime', 'time', 'email', 'url', 'enumeration']);

/** How a field of the kind compares; undefined for one that is not a single value (a relation, a list, a point, a file). */
export function valueTypeOf(type: ResolvedContentType, field: string): ValueType | undefined {
  if (SYSTEM_FIELDS.has(field)) return 'text';
  const kind = type.fields[field]?.kind;
  if (kind === 'integer' || kind === 'decimal') return 'number';
  if (kind === 'boolean') return 'boolean';
  return kind !== undefined && TEXT_KINDS.has(kind) ? 'text' : undefined;
}

/** The expression a field of the kind sorts and filters by. */
export function fieldExpression(type: ResolvedContentType, field: string, column = 'data'): FieldExpression {
  const valueType = valueTypeOf(type, field);
  if (!valueType) throw new Error(`The ${type.names.singular} field "${field}" is not a single value.`);
  return keyExpression(field, valueType, column);
}
