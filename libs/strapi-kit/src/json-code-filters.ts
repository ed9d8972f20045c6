/** A code as the gateway asks for it in a JSON list of codes: its quoted JSON form. */
const QUOTED_CODE = /^"([^"\\]+)"$/;

/**
 * Lists of codes (an event's categories) are JSON columns, filtered with
 * `$contains '"concert"'`: on SQLite that finds the code in the JSON text, but PostgreSQL
 * stores jsonb, where LIKE is an error (a 500). There the same filter becomes Strapi's
 * `$jsonSupersetOf` (jsonb `@>`), which is exact and can use an index. Returns the filters
 * rewritten, or the same object when nothing applies.
 */
export function toJsonbCodeFilters(filters: unknown, isJsonAttribute: (name: string) => boolean): unknown {
  if (typeof filters !== 'object' || filters === null) return filters;
  if (Array.isArray(filters)) return filters.map((item) => toJsonbCodeFilters(item, isJsonAttribute));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or' || key === '$not') {
      // qs gives an array for up to 20 items and an object with numeric keys beyond.
      out[key] =
        Array.isArray(value) || key === '$not'
          ? toJsonbCodeFilters(value, isJsonAttribute)
          : Object.fromEntries(Object.entries(value as object).map(([i, v]) => [i, toJsonbCodeFilters(v, isJsonAttribute)]));
      continue;
    }
    const code =
      isJsonAttribute(key) && typeof value === 'object' && value !== null
        ? QUOTED_CODE.exec(String((value as Record<string, unknown>).$contains ?? ''))
        : null;
    if (code && Object.keys(value as object).length === 1) out[key] = { $jsonSupersetOf: JSON.stringify([code[1]]) };
    else out[key] = value;
  }
  return out;
}
