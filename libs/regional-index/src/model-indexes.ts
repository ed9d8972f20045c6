import { communesModel, geoColumns, namingOf, type ResolvedContentType } from '@communes/domain';

/** The SQL expression of a field of the entries' JSON, typed so that it sorts as the field does. */
function expressionOf(type: ResolvedContentType, field: string): string[] {
  const kind = type.fields[field]?.kind;
  if (kind === 'geoPoint') return Object.values(geoColumns(field)).map((column) => `((data->>'${column}')::float8)`);
  if (kind === 'integer' || kind === 'decimal') return [`((data->>'${field}')::numeric)`];
  // ISO dates and instants in UTC sort as text; so do codes and names (by code unit, as the gateway merges them).
  return [`(data->>'${field}')`];
}

/**
 * One partial index per `indexes` entry of each kind in the model, over the live entries of
 * that kind: what the model says is filtered and sorted on is fast in the index as in a town.
 */
export function modelIndexStatements(types: readonly ResolvedContentType[] = communesModel.contentTypes): string[] {
  return types.flatMap((type) =>
    type.indexes.map((fields) => {
      const name = `ix_${namingOf(type).collectionName}_${fields.join('_')}`.toLowerCase().slice(0, 63);
      const columns = fields.flatMap((field) => expressionOf(type, field));
      return `create index if not exists ${name} on index_entries (${columns.join(', ')}) where kind = '${type.names.singular}' and removed is null`;
    }),
  );
}
