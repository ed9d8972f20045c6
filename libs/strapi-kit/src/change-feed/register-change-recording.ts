import type { Core } from '@strapi/strapi';
import { isPublishingAction } from '../publishing/is-publishing-action';
import { diffPublishedVersions } from './diff-published-versions';
import { type FeedKind, feedKinds } from './feed-kinds';
import { publishedVersions } from './published-versions';
import { lockChangeFeed, type Transaction, writeChanges } from './write-changes';

/** The Document Service actions that can change what is published. */
const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'clone']);
/** Actions that make a new document: it had no published version before. */
const MAKES_DOCUMENT = new Set(['create', 'clone']);

/**
 * Records in the town's change feed every change to what a Communes kind publishes, whoever
 * makes it (the Content Manager, a bulk action, the REST create route, a script), in the same
 * transaction: a document's published versions are compared before and after each write, so a
 * publish, a republish, an unpublish or a delete is recorded per locale, and an edit of a draft
 * is not. A write that fails records nothing. `onCommitted` runs once a recorded change commits.
 */
export function registerChangeRecording(strapi: Core.Strapi, onCommitted: () => void = () => {}): void {
  let kinds: Map<string, FeedKind> | undefined;
  const locked = new WeakSet<object>();
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action)) return next();
    kinds ??= feedKinds(strapi);
    const kind = kinds.get(context.uid);
    if (!kind) return next();
    // A create or update of a kind with drafts touches drafts only, unless asked to publish:
    // nothing to compare (an editor's every save, and every seeded draft, costs nothing more).
    const drafts = (context.contentType as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish;
    if (drafts && (context.action === 'create' || context.action === 'update') && !isPublishingAction(context.action, context.params))
      return next();
    return strapi.db.transaction(async ({ trx, onCommit }) => {
      if (!locked.has(trx)) {
        locked.add(trx);
        await lockChangeFeed(strapi, trx as Transaction);
      }
      const makes = MAKES_DOCUMENT.has(context.action);
      const given = (context.params as { documentId?: unknown } | undefined)?.documentId;
      const before = !makes && typeof given === 'string' ? await publishedVersions(strapi, kind, given) : [];
      const result = await next();
      const documentId = makes ? (result as { documentId?: string } | null)?.documentId : given;
      if (typeof documentId !== 'string') return result;
      const after = await publishedVersions(strapi, kind, documentId);
      const at = Date.now();
      const changes = diffPublishedVersions(before, after, context.action === 'delete').map((change) => ({
        ...change,
        kind: kind.kind,
        documentId,
        at,
      }));
      if (changes.length) {
        await writeChanges(strapi, trx as Transaction, changes);
        onCommit(onCommitted);
      }
      return result;
    });
  });
}
