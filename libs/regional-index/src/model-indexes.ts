import { communesModel, geoColumns, namingOf, type ResolvedContentType } from '@communes/domain';
import { fieldExpression, keyExpression } from './field-expression';

/** The SQL expressions of a field, as the index's reads sort and filter by them (a point: its two coordinates). */
function expressionsOf(type: ResolvedContentType, field: string): string[] {
  if (type.fields[field]?.kind === 'geoPoint') return Object.values(geoColumns(field)).map((key) => keyExpression(key, 'number').sql);
  return [fieldExpression(type, field).sql];
}

/** The index name of a kind's fields, one per direction: PostgreSQL's limit is 63 characters. */
const indexName = (type: ResolvedContentType, fields: readonly string[], direction: 'asc' | 'desc') =>
  `ix3_${namingOf(type).collectionName}_${fields.join('_')}`.toLowerCase().slice(0, 58) + `_${direction}`;

/**
 * Two partial indexes per `indexes` entry of each kind in the model, over the live entries of
 * that kind, one per direction with missing values last either way, as lists order them: an
 * ordered page of a region is a walk down an index, not a sort of every entry. Their
 * expressions are the reads' own (`fieldExpression`).
 */
export function modelIndexStatements(types: readonly ResolvedContentType[] = communesModel.contentTypes): string[] {
  return types.flatMap((type) =>
    type.indexes.flatMap((fields) =>
      (['asc', 'desc'] as const).map((direction) => {
        const columns = fields.flatMap((field) => expressionsOf(type, field)).map((sql) => `${sql} ${direction} nulls last`);
        // With each entry's town and locale: a filtered count of a region reads the index alone.
        return `create index if not exists ${indexName(type, fields, direction)} on index_entries (${columns.join(', ')}) include (town, locale) where kind = '${type.names.singular}' and removed is null`;
      }),
    ),
  );
}

/** The indexes of earlier versions of the index (text sorted by the database's collation, one direction; without town and locale): dropped. */
export const OUTDATED_INDEXES_SQL = `
do $$ declare name text; begin
  for name in select indexname from pg_indexes where schemaname = current_schema() and tablename = 'index_entries' and (indexname like 'ix\\_%' or indexname like 'ix2\\_%') loop
    execute format('drop index if exists %I', name);
  end loop;
end $$;`;
