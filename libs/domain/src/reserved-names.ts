/**
 * Field names a content type cannot use. Strapi reserves its system columns (compared in
 * snake_case, as Strapi does, because they clash as database columns); the gateway reserves
 * `town`, its provenance field on every node.
 */
const RESERVED_SNAKE_NAMES = [
  'id',
  'document_id',
  'created_at',
  'updated_at',
  'published_at',
  'first_published_at',
  'created_by_id',
  'updated_by_id',
  'created_by',
  'updated_by',
  'entry_id',
  'localizations',
  'meta',
  'locale',
  'status',
  'town',
];
const RESERVED_SNAKE_PREFIXES = ['strapi', '_strapi', '__'];

export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

export function isReservedFieldName(name: string): boolean {
  const snake = toSnakeCase(name);
  return RESERVED_SNAKE_NAMES.includes(snake) || RESERVED_SNAKE_PREFIXES.some((prefix) => snake.startsWith(prefix));
}
