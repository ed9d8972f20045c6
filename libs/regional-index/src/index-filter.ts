/**
 * A condition on a field of the entries' JSON, typed as the field is: `text` compares as text
 * (codes, names, ISO dates and instants, which sort as text), `number` and `boolean` as
 * themselves, `list` holds a code (an enumeration list).
 */
export type IndexFilter =
  | { field: string; type: 'text'; op: 'eq' | 'gte' | 'lte'; value: string }
  | { field: string; type: 'number'; op: 'eq' | 'gte' | 'lte'; value: number }
  | { field: string; type: 'boolean'; op: 'eq'; value: boolean }
  | { field: string; type: 'list'; op: 'contains'; value: string };

const FIELD = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;
const SQL_OP = { eq: '=', gte: '>=', lte: '<=' } as const;

/** The SQL of one filter, its value added to `params`; a field name that is not an identifier is a bug. */
export function filterSql(filter: IndexFilter, params: unknown[]): string {
  if (!FIELD.test(filter.field)) throw new Error(`Not a field name: ${JSON.stringify(filter.field)}.`);
  params.push(filter.value);
  const value = `$${params.length}`;
  switch (filter.type) {
    case 'text':
      return `(data->>'${filter.field}') ${SQL_OP[filter.op]} ${value}::text`;
    case 'number':
      return `(data->>'${filter.field}')::numeric ${SQL_OP[filter.op]} ${value}::numeric`;
    case 'boolean':
      return `(data->>'${filter.field}')::boolean = ${value}::boolean`;
    case 'list':
      return `jsonb_exists(data->'${filter.field}', ${value}::text)`;
  }
}
