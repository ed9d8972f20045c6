import type { Core } from '@strapi/strapi';
import { findUnpublishedLinks } from './find-unpublished-links';

/** The Content Manager's service that counts, before publishing, the links a publication would drop. */
const DOCUMENT_MANAGER = 'plugin::content-manager.document-manager';

interface DraftRelationCounts {
  unpublishedRelations: number;
  draftM2mLinks: number;
}

interface DocumentManager {
  countDraftRelations(documentId: string, uid: string, locale?: string): Promise<DraftRelationCounts>;
  countManyEntriesDraftRelations(documentIds: string[], uid: string, locale?: string): Promise<number>;
}

/**
 * Takes the links that `publishWith` publishes together out of the Content Manager's counts, so
 * that publishing a meeting with never-published agenda items no longer warns "This entry is
 * related to N draft entries... Publish without relations": they are not dropped. The other
 * links (a draft organization) are still counted.
 */
export function discountLinksPublishedWith(strapi: Core.Strapi, fieldsByUid: ReadonlyMap<string, readonly string[]>): void {
  const services = strapi.get('services') as {
    get(uid: string): unknown;
    extend(uid: string, extend: (service: DocumentManager) => DocumentManager): unknown;
  };
  // A server without the Content Manager has no warning to correct.
  if (!services.get(DOCUMENT_MANAGER)) return;
  services.extend(DOCUMENT_MANAGER, (manager) => {
    const countOne = manager.countDraftRelations.bind(manager);
    const countMany = manager.countManyEntriesDraftRelations.bind(manager);
    const publishedWith = async (documentId: string, uid: string, locale: string | undefined) => {
      const fields = fieldsByUid.get(uid);
      return fields ? findUnpublishedLinks(strapi, uid, documentId, locale, fields) : [];
    };
    // Changed in place: the Content Manager's controllers ask the registry for this same object.
    return Object.assign(manager, {
      async countDraftRelations(documentId: string, uid: string, locale?: string): Promise<DraftRelationCounts> {
        const counts = await countOne(documentId, uid, locale);
        const links = await publishedWith(documentId, uid, locale);
        const twoWay = links.filter((link) => link.manyToManyBothWays).length;
        return {
          unpublishedRelations: Math.max(0, counts.unpublishedRelations - (links.length - twoWay)),
          draftM2mLinks: Math.max(0, counts.draftM2mLinks - twoWay),
        };
      },
      async countManyEntriesDraftRelations(documentIds: string[], uid: string, locale?: string): Promise<number> {
        const count = await countMany(documentIds, uid, locale);
        if (!fieldsByUid.has(uid)) return count;
        const links = await Promise.all(documentIds.map((documentId) => publishedWith(documentId, uid, locale)));
        return Math.max(0, count - links.reduce((sum, each) => sum + each.length, 0));
      },
    });
  });
}
