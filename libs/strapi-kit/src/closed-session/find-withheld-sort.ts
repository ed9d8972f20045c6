import { isWithheldAttribute, withheldLinkRule } from './confidentiality-of';
import type { GetModel, StrapiModel } from './strapi-model';

const ORDER = /^(asc|desc)$/i;

/**
 * The attribute paths a Strapi sort names, in each form Strapi reads: `a:asc,b.c:desc`,
 * arrays of those, `{ a: 'asc', b: { c: 'desc' } }`, arrays of objects, and qs's numeric-key
 * objects for long arrays.
 */
export function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((part) =>
        part
          .trim()
          .split('.')
          .flatMap((token) => token.split(':'))
          .filter((token) => token !== '' && !ORDER.test(token)),
      )
      .filter((path) => path.length > 0);
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (typeof sort !== 'object' || sort === null) return [];
  return Object.entries(sort).flatMap(([key, value]) => {
    if (/^\d+$/.test(key)) return sortPaths(value);
    const rest = typeof value === 'string' && ORDER.test(value.trim()) ? [] : sortPaths(value);
    return rest.length ? rest.map((path) => [key, ...path]) : [[key]];
  });
}

/**
 * The first path of a sort that orders by a field a confidential entry withholds, or through
 * the far side of a withheld relation: either would place confidential entries (or the
 * entries they are linked to) by what they withhold. Undefined when the sort is fine.
 */
export function findWithheldSort(sort: unknown, model: StrapiModel, getModel: GetModel): string | undefined {
  for (const path of sortPaths(sort)) {
    let current: StrapiModel | undefined = model;
    for (const [i, key] of path.entries()) {
      if (!current) break;
      if (isWithheldAttribute(current, key) || withheldLinkRule(current, key, getModel)) return path.slice(0, i + 1).join('.');
      const attribute: StrapiModel['attributes'][string] | undefined = current.attributes[key];
      current = attribute?.type === 'relation' && attribute.target ? getModel(attribute.target) : undefined;
    }
  }
  return undefined;
}
