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
  /**
   * Relations (of `relations`) whose related entries the answer carries inline, with the
   * attributes a by-id read of them would ask for, their own relations as documentIds and
   * their files; the others are populated as documentIds only.
   */
  inline?: readonly InlineRelation[];
}

/** A relation populated with what its related entries' by-id read would ask for. */
export interface InlineRelation {
  relation: string;
  /** The related kind. */
  type: ResolvedContentType;
  relations: readonly string[];
  media: readonly string[];
  scalars: readonly string[];
  /** The attributes this town serves of the related kind. */
  townFields: ReadonlySet<string>;
}

/** How many relations and files one request may populate in all: a town of ours refuses more (strapi-kit's MAX_POPULATE_PATHS). */
export const MAX_POPULATED = 25;

/**
 * The columns to ask for (`fields`) of an entry of a kind: the selected attributes, those it is
 * ordered by, and the system ones, of those the town serves.
 */
function columnsOf(type: ResolvedContentType, scalars: readonly string[], order: readonly string[], townFields: ReadonlySet<string>) {
  const wanted = new Set([...scalars, ...order, 'createdAt', 'updatedAt', 'publishedAt', ...(type.localized ? ['locale'] : [])]);
  const columns = [...wanted].flatMap((name) => (type.fields[name]?.kind === 'geoPoint' ? Object.values(geoColumns(name)) : [name]));
  return columns.filter((c) => townFields.has(c) || SYSTEM_FIELDS.has(c) || c === 'locale');
}

/** The confidentiality flag to ask of a relation's entries when that link is withheld from confidential ones (a paper's agenda items). */
function linkFlag(type: ResolvedContentType, relation: string, typeOf: (singular: string) => ResolvedContentType) {
  return isWithheldLink(type, relation, typeOf)
    ? typeOf((type.fields[relation] as { target: string }).target).confidentiality?.when.field
    : undefined;
}

/**
 * `populate[<at>]`: a relation's entries with the attributes a by-id read asks for (its
 * default order's too, as such a read sends them), the flag of a withheld link, their own
 * relations as documentIds (with that flag too) and their files.
 */
function appendInline(
  params: URLSearchParams,
  at: string,
  flag: string | undefined,
  inline: InlineRelation,
  typeOf: (singular: string) => ResolvedContentType,
) {
  const { type } = inline;
  const order = type.defaultOrder.map((o) => o.field);
  const columns = new Set(['documentId', ...columnsOf(type, inline.scalars, order, inline.townFields), ...(flag ? [flag] : [])]);
  for (const [i, c] of [...columns].entries()) params.append(`${at}[fields][${i}]`, c);
  for (const relation of inline.relations) {
    if (!inline.townFields.has(relation)) continue;
    params.append(`${at}[populate][${relation}][fields][0]`, 'documentId');
    const subFlag = linkFlag(type, relation, typeOf);
    if (subFlag) params.append(`${at}[populate][${relation}][fields][1]`, subFlag);
  }
  for (const media of inline.media) {
    if (inline.townFields.has(media)) params.append(`${at}[populate][${media}]`, 'true');
  }
}

/** How many relations and files an inline relation populates (itself included). */
export const populatedBy = (inline: InlineRelation): number =>
  1 + [...inline.relations, ...inline.media].filter((name) => inline.townFields.has(name)).length;

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
    const served = columnsOf(
      type,
      request.scalars,
      order.map((o) => o.split(':')[0]!),
      request.townFields,
    );
    for (const [i, c] of served.entries()) params.append(`fields[${i}]`, c);
  }
  const inline = new Map((request.inline ?? []).map((i) => [i.relation, i]));
  for (const relation of request.relations) {
    if (!request.townFields.has(relation)) continue;
    // A paper's agenda items: the gateway drops the confidential ones, so it needs their flag
    // (a town of ours adds it; an older one would not, and every link would be dropped).
    const flag = linkFlag(type, relation, typeOf);
    const related = inline.get(relation);
    if (related) {
      appendInline(params, `populate[${relation}]`, flag, related, typeOf);
      continue;
    }
    params.append(`populate[${relation}][fields][0]`, 'documentId');
    if (flag) params.append(`populate[${relation}][fields][1]`, flag);
  }
  for (const media of request.media) {
    if (request.townFields.has(media)) params.append(`populate[${media}]`, 'true');
  }
  return params;
}
