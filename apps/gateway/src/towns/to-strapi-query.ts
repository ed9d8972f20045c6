import { geoColumns, isWithheldLink, type ResolvedContentType } from '@communes/domain';
import { appendWhere, SYSTEM_FIELDS, toStrapiWhere } from './to-strapi-where';

export { UnsatisfiableFilter } from './to-strapi-where';

/** What a client asked of a list, in the generated GraphQL inputs' terms. */
export interface ListRequest {
  filters?: Record<string, unknown> | null;
  orderBy?: readonly { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  start: number;
  limit: number;
  /** Read from the list's end: every sort term reversed, documentId's too, so the order is exactly the other way. */
  reverse?: boolean;
  locale?: string;
  /** Relation fields whose documentIds the answer must carry. */
  relations: readonly string[];
  media: readonly string[];
  /** The other attributes the answer must carry; every attribute when unset. */
  scalars?: readonly string[];
  /** The attributes this town serves (from its manifest): others cannot be asked for. */
  townFields: ReadonlySet<string>;
}

/**
 * The Strapi REST query of one town's slice of a list. The order always ends with
 * documentId, so that each town's order is total and offsets resume exactly.
 */
export function toStrapiListQuery(
  type: ResolvedContentType,
  request: ListRequest,
  typeOf: (singular: string) => ResolvedContentType,
): URLSearchParams {
  const params = new URLSearchParams();
  if (request.filters) appendWhere(params, 'filters', toStrapiWhere(request.filters, type, typeOf, request.townFields));
  const order = request.orderBy?.length
    ? request.orderBy.map((o) => `${o.field}:${o.direction === 'DESC' ? 'desc' : 'asc'}`)
    : type.defaultOrder.map((o) => `${o.field}:${o.direction}`);
  const sort = [...order.filter((o) => request.townFields.has(o.split(':')[0]!) || SYSTEM_FIELDS.has(o.split(':')[0]!)), 'documentId:asc'];
  const flip = (o: string) => o.replace(/:(asc|desc)$/, (_, d: string) => (d === 'asc' ? ':desc' : ':asc'));
  for (const [i, o] of sort.entries()) params.append(`sort[${i}]`, request.reverse ? flip(o) : o);
  params.append('pagination[start]', String(request.start));
  params.append('pagination[limit]', String(Math.max(1, request.limit)));
  if (request.locale && type.localized) params.append('locale', request.locale);
  if (request.scalars) {
    // Ordering fields too: the gateway merges the towns' pages by them.
    const wanted = new Set([
      ...request.scalars,
      ...order.map((o) => o.split(':')[0]!),
      'createdAt',
      'updatedAt',
      'publishedAt',
      ...(type.localized ? ['locale'] : []),
    ]);
    const columns = [...wanted].flatMap((name) => (type.fields[name]?.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name]));
    const served = columns.filter((c) => request.townFields.has(c) || SYSTEM_FIELDS.has(c) || c === 'locale');
    for (const [i, c] of served.entries()) params.append(`fields[${i}]`, c);
  }
  for (const relation of request.relations) {
    if (!request.townFields.has(relation)) continue;
    params.append(`populate[${relation}][fields][0]`, 'documentId');
    // A paper's agenda items: the gateway drops the confidential ones, so it needs their flag
    // (a town of ours adds it; an older one would not, and every link would be dropped).
    const flag = isWithheldLink(type, relation, typeOf)
      ? typeOf((type.fields[relation] as { target: string }).target).confidentiality?.when.field
      : undefined;
    if (flag) params.append(`populate[${relation}][fields][1]`, flag);
  }
  for (const media of request.media) {
    if (request.townFields.has(media)) params.append(`populate[${media}]`, 'true');
  }
  return params;
}
