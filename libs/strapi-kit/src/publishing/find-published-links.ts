import type { Core } from '@strapi/strapi';
import { relationTargets } from './publish-with-fields';
import { isLocalized, type LinkedRow as Row, modelOf } from './strapi-models';

/** A published entry that a document's published version links to. */
export interface PublishedLink {
  uid: string;
  documentId: string;
  /** Null when the target type is not localized. */
  locale: string | null;
}

/**
 * The published entries that a document's published versions (one locale, or all of them when
 * `locale` is not one) link through `fields`: in Strapi 5 a published version's links point to
 * the published versions of their targets.
 */
export async function findPublishedLinks(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: unknown,
  fields: readonly string[],
): Promise<PublishedLink[]> {
  const targets = relationTargets(uid, fields, modelOf(strapi, uid).attributes);
  const oneLocale = typeof locale === 'string' && locale !== '*' && isLocalized(strapi, uid);
  const versions = (await strapi.db.query(uid as never).findMany({
    where: { documentId, publishedAt: { $notNull: true }, ...(oneLocale ? { locale } : {}) },
    populate: Object.fromEntries(targets.map(({ field }) => [field, { select: ['documentId', 'locale'] }])),
  })) as Record<string, Row[] | Row | null>[];
  const links = new Map<string, PublishedLink>();
  for (const version of versions)
    for (const { field, target } of targets) {
      const localized = isLocalized(strapi, target);
      for (const row of ([] as (Row | null)[]).concat(version[field] ?? []))
        if (row?.documentId)
          links.set(`${target}:${row.documentId}:${localized ? (row.locale ?? '') : ''}`, {
            uid: target,
            documentId: row.documentId,
            locale: localized ? (row.locale ?? null) : null,
          });
    }
  return [...links.values()];
}
