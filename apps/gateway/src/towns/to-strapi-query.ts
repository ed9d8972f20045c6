import type { ResolvedContentType } from '@communes/domain';
import { geoColumns } from '@communes/codegen';

/** What a client asked of a list, in the generated GraphQL inputs' terms. */
export interface ListRequest {
  filters?: Record<string, unknown> | null;
  orderBy?: readonly { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  start: number;
  limit: number;
  locale?: string;
  /** Relation fields whose documentIds the answer must carry. */
  relations: readonly string[];
  media: readonly string[];
  /** The other attributes the answer must carry; every attribute when unset. */
  scalars?: readonly string[];
  /** The attributes this town serves (from its manifest): others cannot be asked for. */
  townFields: ReadonlySet<string>;
}

const SYSTEM_FIELDS = new Set(['documentId', 'createdAt', 'updatedAt', 'publishedAt']);
const LIST_OPERATORS = new Set(['in', 'notIn', 'between']);

/** Thrown when a filter names a field the town's version lacks: that town has no match. */
export class UnsatisfiableFilter extends Error {}

function addScalarFilter(params: URLSearchParams, prefix: string, filter: Record<string, unknown>) {
  for (const [operator, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    if (operator === 'not') {
      addScalarFilter(params, `${prefix}[$not]`, value as Record<string, unknown>);
    } else if (operator === 'and' || operator === 'or' || LIST_OPERATORS.has(operator)) {
      (value as unknown[]).forEach((item, i) => params.append(`${prefix}[$${operator}][${i}]`, String(item)));
    } else {
      params.append(`${prefix}[$${operator}]`, String(value));
    }
  }
}

function addFilters(params: URLSearchParams, prefix: string, filters: Record<string, unknown>, type: ResolvedContentType, typeOf: (singular: string) => ResolvedContentType, townFields?: ReadonlySet<string>) {
  for (const [name, value] of Object.entries(filters)) {
    if (value === null || value === undefined) continue;
    if (name === 'and' || name === 'or') {
      (value as Record<string, unknown>[]).forEach((sub, i) => addFilters(params, `${prefix}[$${name}][${i}]`, sub, type, typeOf, townFields));
      continue;
    }
    if (name === 'not') {
      addFilters(params, `${prefix}[$not]`, value as Record<string, unknown>, type, typeOf, townFields);
      continue;
    }
    if (SYSTEM_FIELDS.has(name)) {
      addScalarFilter(params, `${prefix}[${name}]`, value as Record<string, unknown>);
      continue;
    }
    const field = type.fields[name];
    if (!field) throw new UnsatisfiableFilter(name);
    if (field.kind === 'geoPoint') {
      const columns = geoColumns(name);
      if (townFields && !townFields.has(columns.latitude)) throw new UnsatisfiableFilter(name);
      const geo = value as { latitude?: Record<string, unknown>; longitude?: Record<string, unknown> };
      if (geo.latitude) addScalarFilter(params, `${prefix}[${columns.latitude}]`, geo.latitude);
      if (geo.longitude) addScalarFilter(params, `${prefix}[${columns.longitude}]`, geo.longitude);
      continue;
    }
    if (townFields && !townFields.has(name)) throw new UnsatisfiableFilter(name);
    if (field.kind === 'relation') {
      addFilters(params, `${prefix}[${name}]`, value as Record<string, unknown>, typeOf(field.target), typeOf);
    } else if (field.kind === 'enumerationList') {
      // Stored as a JSON array: a code is in it when its quoted form is in the text.
      const { contains, containsAll, containsAny } = value as { contains?: string; containsAll?: string[]; containsAny?: string[] };
      const all = [...(contains ? [contains] : []), ...(containsAll ?? [])];
      all.forEach((code, i) => params.append(`${prefix}[$and][${i}][${name}][$contains]`, `"${code}"`));
      (containsAny ?? []).forEach((code, i) => params.append(`${prefix}[$or][${i}][${name}][$contains]`, `"${code}"`));
    } else {
      addScalarFilter(params, `${prefix}[${name}]`, value as Record<string, unknown>);
    }
  }
}

/**
 * The Strapi REST query of one town's slice of a list. The order always ends with
 * documentId, so that each town's order is total and offsets resume exactly.
 */
export function toStrapiListQuery(type: ResolvedContentType, request: ListRequest, typeOf: (singular: string) => ResolvedContentType): URLSearchParams {
  const params = new URLSearchParams();
  if (request.filters) addFilters(params, 'filters', request.filters, type, typeOf, request.townFields);
  const order = request.orderBy?.length
    ? request.orderBy.map((o) => `${o.field}:${o.direction === 'DESC' ? 'desc' : 'asc'}`)
    : type.defaultOrder.map((o) => `${o.field}:${o.direction}`);
  [...order.filter((o) => request.townFields.has(o.split(':')[0]!) || SYSTEM_FIELDS.has(o.split(':')[0]!)), 'documentId:asc'].forEach((o, i) => params.append(`sort[${i}]`, o));
  params.append('pagination[start]', String(request.start));
  params.append('pagination[limit]', String(Math.max(1, request.limit)));
  if (request.locale && type.localized) params.append('locale', request.locale);
  if (request.scalars) {
    // Ordering fields too: the gateway merges the towns' pages by them.
    const wanted = new Set([...request.scalars, ...order.map((o) => o.split(':')[0]!), 'createdAt', 'updatedAt', 'publishedAt', ...(type.localized ? ['locale'] : [])]);
    const columns = [...wanted].flatMap((name) => (type.fields[name]?.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name]));
    columns.filter((c) => request.townFields.has(c) || SYSTEM_FIELDS.has(c) || c === 'locale').forEach((c, i) => params.append(`fields[${i}]`, c));
  }
  for (const relation of request.relations) {
    if (request.townFields.has(relation)) params.append(`populate[${relation}][fields][0]`, 'documentId');
  }
  for (const media of request.media) {
    if (request.townFields.has(media)) params.append(`populate[${media}]`, 'true');
  }
  return params;
}
