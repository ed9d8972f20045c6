import type { ChangeAction } from './change-record';

/** One published locale version of a document, as the feed compares it before and after a write. */
export interface PublishedVersion {
  /** Null for a kind that is not localized. */
  locale: string | null;
  id: number;
  publishedAt: number;
  updatedAt: number;
}

/**
 * What a write did to a document's published versions, per locale: a locale that went live is
 * published; one whose published row was replaced (Strapi publishes by replacing it) or changed
 * is updated; one that is no longer live was unpublished, or deleted when the write deleted.
 * A write to a draft changes no published version and records nothing.
 */
export function diffPublishedVersions(
  before: readonly PublishedVersion[],
  after: readonly PublishedVersion[],
  deleting: boolean,
): { locale: string | null; action: ChangeAction }[] {
  const key = (version: PublishedVersion) => version.locale ?? '';
  const previous = new Map(before.map((version) => [key(version), version]));
  const changes: { locale: string | null; action: ChangeAction }[] = [];
  for (const version of after) {
    const old = previous.get(key(version));
    previous.delete(key(version));
    if (!old) changes.push({ locale: version.locale, action: 'publish' });
    else if (old.id !== version.id || old.publishedAt !== version.publishedAt || old.updatedAt !== version.updatedAt)
      changes.push({ locale: version.locale, action: 'update' });
  }
  for (const gone of previous.values()) changes.push({ locale: gone.locale, action: deleting ? 'delete' : 'unpublish' });
  return changes.sort((a, b) => (a.locale ?? '').localeCompare(b.locale ?? ''));
}
