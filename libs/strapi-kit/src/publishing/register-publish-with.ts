import type { Core } from '@strapi/strapi';
import { editorLanguage } from '../model-validation/register-model-validation';
import { strapiValidationError } from '../model-validation/strapi-validation-error';
import { describeLinkedPublishFailure } from './describe-linked-publish-failure';
import { discountLinksPublishedWith } from './discount-links-published-with';
import { findPublishedLinks } from './find-published-links';
import { findUnpublishedLinks, type UnpublishedLink } from './find-unpublished-links';
import { publishWithFields } from './publish-with-fields';
import { isPublishingAction } from './is-publishing-action';

type Published = { documentId?: string; locale?: string | null; entries?: { documentId?: string; locale?: string | null }[] };

/** What each locale version that went live was: a `publish` answers entries, a create or update one document. */
const versionsOf = (result: Published): { documentId: string; locale: string | null }[] =>
  (result.entries ?? [result])
    .filter((entry) => entry?.documentId ?? result.documentId)
    .map((entry) => ({ documentId: (entry.documentId ?? result.documentId) as string, locale: entry.locale ?? null }));

async function publishLink(strapi: Core.Strapi, link: UnpublishedLink): Promise<void> {
  const documents = strapi.documents(link.uid as never);
  try {
    await documents.publish({ documentId: link.documentId, ...(link.locale ? { locale: link.locale } : {}) } as never);
  } catch (error) {
    if ((error as Error).name !== 'ValidationError') throw error;
    const draft = (await documents.findOne({ documentId: link.documentId, ...(link.locale ? { locale: link.locale } : {}) } as never)) as {
      name?: unknown;
    } | null;
    const title = typeof draft?.name === 'string' && draft.name ? draft.name : link.documentId;
    const message = describeLinkedPublishFailure(title, (error as Error).message, await editorLanguage(strapi));
    throw strapiValidationError(`${link.field}: ${message}`, { errors: [{ path: [link.field], message, name: 'ValidationError' }] });
  }
}

type Params = { documentId?: string; locale?: unknown };

/**
 * Publishing an entry of a type that declares `publishWith` (a meeting: its agenda items) also
 * publishes, in the same locale and the same transaction, the linked entries that were never
 * published, after the entry itself, so that every link holds in the published versions. A
 * linked entry that cannot be published (a required field left empty) stops the whole
 * publication with a message naming it. Entries already published are left as they are: an
 * editor's unfinished change to one of them does not go live behind their back.
 *
 * Unpublishing the entry unpublishes, in the same transaction, the linked entries its published
 * version showed (a withdrawn meeting's items), so that none stays live without it.
 *
 * The Content Manager's warning before publishing ("related to 1 draft entry... Publish
 * without relations") stops counting those links, since they will not be dropped.
 */
export function registerPublishWith(strapi: Core.Strapi, pluginName: string): void {
  const fieldsByUid = publishWithFields(pluginName);
  if (!fieldsByUid.size) return;
  strapi.documents.use(async (context, next) => {
    const fields = fieldsByUid.get(context.uid);
    const { documentId, locale } = (context.params ?? {}) as Params;
    if (fields && context.action === 'unpublish' && documentId)
      return strapi.db.transaction(async () => {
        const links = await findPublishedLinks(strapi, context.uid, documentId, locale, fields);
        const result = await next();
        for (const link of links)
          await strapi
            .documents(link.uid as never)
            .unpublish({ documentId: link.documentId, ...(link.locale ? { locale: link.locale } : {}) } as never);
        return result;
      });
    if (!fields || !isPublishingAction(context.action, context.params)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      if (!result) return result;
      for (const { documentId, locale } of versionsOf(result as Published))
        for (const link of await findUnpublishedLinks(strapi, context.uid, documentId, locale, fields)) await publishLink(strapi, link);
      return result;
    });
  });
  discountLinksPublishedWith(strapi, fieldsByUid);
}
