import { notModelled } from './fake-town-error';
import { and, applyOperator, not, or, type Truth } from './filter-operators';
import type { KindSchema } from './kind-schema';
import type { QueryValue } from './parse-query';

export type Entry = Record<string, unknown>;

export interface FilterScope {
  schemaOf(kind: string): KindSchema;
  /** The published entries a relation of `entry` (of `kind`) links to, in the locale `entry` is read in. */
  related(kind: string, entry: Entry, relation: string): Entry[];
}

/** One relation a condition goes through: a LEFT JOIN of its own, as Strapi writes one per mention. */
interface Join {
  parent: number;
  kind: string;
  relation: string;
}

/** Past this many combinations of related entries the fake gives up rather than crawl. */
const MAX_COMBINATIONS = 10_000;

type Conditions = Record<string, QueryValue>;
const isRecord = (value: unknown): value is Conditions => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One field's conditions: a value is [$eq], a list [$in], operators AND together. */
function fieldTruth(operand: QueryValue, type: string, stored: unknown): Truth {
  if (!isRecord(operand)) return applyOperator(Array.isArray(operand) ? '$in' : '$eq', operand, stored, type);
  return and(
    Object.entries(operand).map(([operator, value]) =>
      operator === '$not' ? not(fieldTruth(value, type, stored)) : applyOperator(operator, value, stored, type),
    ),
  );
}

/**
 * Whether an entry matches Strapi REST `filters` (already checked by `checkFilters`), as the
 * databases answer: SQL's three-valued logic, so that a missing value matches neither a
 * condition nor its `$not`; each relation mentioned is a join of its own, the entry matching
 * when some combination of related entries (none: a row of nulls) makes the whole condition
 * true, which is why `$not` through a to-many relation means "some related entry does not".
 * On a kind with a confidentiality rule, a condition on a withheld field holds only for open
 * entries, as the town's closed-session guard rewrites it.
 */
export function matchesFilters(filters: Conditions, kind: string, entry: Entry, scope: FilterScope): boolean {
  const joins: Join[] = [];
  const joinOf = new Map<object, number>();
  const collect = (node: QueryValue, nodeKind: string, parent: number): void => {
    if (Array.isArray(node)) {
      for (const item of node) collect(item, nodeKind, parent);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, operand] of Object.entries(node)) {
      const attribute = scope.schemaOf(nodeKind).attributes.get(key);
      if (attribute?.type !== 'relation') {
        if (key.startsWith('$')) collect(operand, nodeKind, parent);
        continue;
      }
      joinOf.set(operand as object, joins.push({ parent, kind: nodeKind, relation: key }) - 1);
      collect(operand, attribute.target!, joins.length - 1);
    }
  };
  collect(filters, kind, -1);

  const evaluate = (node: Conditions, nodeKind: string, row: Entry | null, rows: (Entry | null)[]): Truth => {
    const schema = scope.schemaOf(nodeKind);
    const parts = Object.entries(node).map(([key, operand]): Truth => {
      if (key === '$and' || key === '$or')
        return (key === '$and' ? and : or)((operand as Conditions[]).map((item) => evaluate(item, nodeKind, row, rows)));
      if (key === '$not') return not(evaluate(operand as Conditions, nodeKind, row, rows));
      const attribute = schema.attributes.get(key)!;
      if (attribute.type === 'relation')
        return evaluate(operand as Conditions, attribute.target!, rows[joinOf.get(operand as object)!]!, rows);
      return fieldTruth(operand, attribute.type, row?.[key] ?? null);
    });
    const testsWithheld = schema.flag !== undefined && Object.keys(node).some((key) => schema.withheld.has(key));
    return testsWithheld ? and([...parts, applyOperator('$eq', 'true', row?.[schema.flag!] ?? null, 'boolean')]) : and(parts);
  };

  let combinations = 0;
  const anyCombination = (i: number, rows: (Entry | null)[]): boolean => {
    if (++combinations > MAX_COMBINATIONS)
      throw notModelled(`filters joining more than ${MAX_COMBINATIONS} combinations of related entries`);
    if (i === joins.length) return evaluate(filters, kind, entry, rows) === true;
    const join = joins[i]!;
    const from = join.parent < 0 ? entry : rows[join.parent];
    const related = from ? scope.related(join.kind, from, join.relation) : [];
    return (related.length ? related : [null]).some((row) => anyCombination(i + 1, [...rows, row]));
  };
  return anyCombination(0, []);
}
