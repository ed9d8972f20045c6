import type { Core } from '@strapi/strapi';
import { relationTargets } from './publish-with-fields';
import { isLocalized, type LinkedRow as Row, modelOf } from './strapi-models';

/** An entry linked from a draft that has no published version in its locale yet. */
export interface UnpublishedLink {
  field: string;
  uid: string;
  documentId: string;
  /** Null when the target type is not localized. */
  locale: string | null;
  /** Strapi's Content Manager counts a link of a two-way many-to-many apart. */
  manyToManyBothWays: boolean;
}

/**
 * The entries that a document's draft, in one locale, links through `fields` and that have never
 * been published in their locale: publishing the document alone would drop those links.
 */
export async function findUnpublishedLinks(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | null | undefined,
  fields: readonly string[],
): Promise<UnpublishedLink[]> {
  const targets = relationTargets(uid, fields, modelOf(strapi, uid).attributes);
  const draft = (await strapi.db.query(uid as never).findOne({
    where: { documentId, publishedAt: null, ...(locale && isLocalized(strapi, uid) ? { locale } : {}) },
    populate: Object.fromEntries(targets.map(({ field }) => [field, { select: ['documentId', 'locale'] }])),
  })) as Record<string, Row[] | Row | null> | null;
  if (!draft) return [];
  const links: UnpublishedLink[] = [];
  for (const { field, target, manyToManyBothWays } of targets) {
    const linked = ([] as (Row | null)[]).concat(draft[field] ?? []).filter((row): row is Row => Boolean(row?.documentId));
    if (!linked.length) continue;
    const localized = isLocalized(strapi, target);
    const published = (await strapi.db.query(target as never).findMany({
      select: ['documentId', 'locale'],
      where: { documentId: { $in: [...new Set(linked.map((row) => row.documentId))] }, publishedAt: { $notNull: true } },
    })) as Row[];
    const key = (row: Row) => (localized ? `${row.documentId}:${row.locale ?? ''}` : row.documentId);
    const live = new Set(published.map(key));
    for (const row of linked)
      if (!live.has(key(row)))
        links.push({ field, uid: target, documentId: row.documentId, locale: localized ? (row.locale ?? null) : null, manyToManyBothWays });
  }
  return links;
}
