import type { Core } from '@strapi/strapi';
import type { PublishedVersion } from './diff-published-versions';
import type { FeedKind } from './feed-kinds';

type Row = { id: number; locale?: string | null; publishedAt: unknown; updatedAt: unknown };

const millis = (value: unknown): number => (value == null ? 0 : new Date(value as string | number | Date).getTime());

/** A document's published versions, one per locale, as they are now (in the current transaction). */
export async function publishedVersions(strapi: Core.Strapi, kind: FeedKind, documentId: string): Promise<PublishedVersion[]> {
  const rows = (await strapi.db.query(kind.uid as never).findMany({
    select: ['id', 'publishedAt', 'updatedAt', ...(kind.localized ? ['locale'] : [])],
    where: { documentId, publishedAt: { $notNull: true } },
  })) as Row[];
  return rows.map((row) => ({
    locale: kind.localized ? (row.locale ?? null) : null,
    id: row.id,
    publishedAt: millis(row.publishedAt),
    updatedAt: millis(row.updatedAt),
  }));
}
