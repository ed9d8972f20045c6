import { badRequest, FakeTownError, notModelled } from './fake-town-error';
import type { KindSchema } from './kind-schema';
import type { QueryValue } from './parse-query';

export interface SortTerm {
  field: string;
  /** Strapi's attribute type: how the values compare. */
  type: string;
  descending: boolean;
}

/**
 * The `sort` parameter as Strapi reads it: `sort[0]=start:desc`, `sort=start:desc,name` or
 * `sort[start]=desc`; a missing direction is ascending. Unknown and private fields, relations
 * and files are a 400 naming `sort`; so is a field a confidential entry withholds (the town's
 * closed-session guard), since the order would give its value away.
 */
export function readSort(value: QueryValue | undefined, schema: KindSchema): SortTerm[] {
  if (value === undefined) return [];
  const pairs: [string, string][] =
    typeof value === 'string' || Array.isArray(value)
      ? [value]
          .flat()
          .flatMap((item) => (typeof item === 'string' ? item.split(',') : [String(item)]))
          .map((text) => text.trim().split(':') as [string, string])
      : Object.entries(value).map(([field, direction]) => [field, String(direction)]);
  return pairs.map(([field, direction = 'asc']) => {
    const attribute = schema.attributes.get(field);
    if (field.includes('.')) throw notModelled("sorting on a related entry's field");
    if (!attribute || attribute.type === 'relation' || attribute.type === 'media') throw badRequest('sort', `Invalid key ${field}`);
    if (attribute.type === 'json') throw notModelled('sorting on a JSON field (each database orders it its own way)');
    if (!/^(asc|desc)$/i.test(direction))
      throw new FakeTownError(400, 'ValidationError', 'Invalid order. order can only be one of asc|desc|ASC|DESC');
    if (schema.withheld.has(field))
      throw new FakeTownError(400, 'ValidationError', `sort: ${field} is withheld from confidential entries and cannot order them.`, {
        source: 'query',
        param: 'sort',
        code: 'WITHHELD_SORT',
      });
    return { field, type: attribute.type, descending: direction.toLowerCase() === 'desc' };
  });
}
