/**
 * A migration a plugin ships with its model: a field renamed, its stored values kept under the
 * new name. In a town's database it is a column renamed before Strapi syncs the schema (which
 * would otherwise drop the old column and add an empty new one), so only a field stored in
 * one column of its content type's table can be renamed this way: not a relation, a file or a
 * geographic point (two columns).
 */
export interface FieldRename {
  /** The content type's singular name: `news-item`. */
  kind: string;
  from: string;
  to: string;
}

/** Field kinds a rename cannot carry: not stored in one column of the entry's table. */
export const NOT_RENAMEABLE: ReadonlySet<string> = new Set(['relation', 'media', 'geoPoint']);

/**
 * The renames the model ships, oldest first. A release keeps them: a town may upgrade from any
 * earlier version, and a rename is applied only where the old column is there and the new one not.
 */
export const FIELD_RENAMES: readonly FieldRename[] = [];
