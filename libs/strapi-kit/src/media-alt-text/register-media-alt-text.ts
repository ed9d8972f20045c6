import type { Core } from '@strapi/strapi';
import { editorLanguage } from '../model-validation/register-model-validation';
import { strapiValidationError } from '../model-validation/strapi-validation-error';
import { describeMissingAltText } from './describe-missing-alt-text';
import { findImagesWithoutAltText } from './find-images-without-alt-text';
import { imageFields } from './image-fields';
import { isPublishingAction } from '../publishing/is-publishing-action';

type Published = { id?: number; documentId?: string; entries?: { id?: number }[] };

/**
 * Refuses to publish an entry of the plugin's types whose image fields show a picture without
 * alternative text, whoever publishes it (the admin panel, a publish-with, the Document API):
 * the published versions are read back inside the publication's transaction, and a missing
 * text rolls it back with Strapi's ValidationError, one message per field in the editor's
 * language, which the admin panel shows under the field. Drafts may still be saved without:
 * an editor uploads first and describes before going live.
 */
export function registerMediaAltText(strapi: Core.Strapi, pluginName: string): void {
  const fieldsByUid = imageFields(pluginName);
  if (!fieldsByUid.size) return;
  strapi.documents.use(async (context, next) => {
    const fields = fieldsByUid.get(context.uid);
    if (!fields || !isPublishingAction(context.action, context.params)) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const published = result as Published | null;
      const ids = (published?.entries ?? [published]).map((entry) => entry?.id).filter((id): id is number => typeof id === 'number');
      if (!ids.length) return result;
      const versions = (await strapi.db.query(context.uid as never).findMany({
        where: { id: { $in: ids } },
        populate: Object.fromEntries(fields.map((field) => [field, { select: ['name', 'mime', 'alternativeText'] }])),
      })) as Record<string, unknown>[];
      const missing = versions.flatMap((version) => findImagesWithoutAltText(version, fields));
      if (!missing.length) return result;
      const language = await editorLanguage(strapi);
      const errors = missing.map(({ field, fileName }) => ({
        path: [field],
        message: describeMissingAltText(fileName, language),
        name: 'ValidationError',
      }));
      const first = `${errors[0]!.path[0]}: ${errors[0]!.message}`;
      throw strapiValidationError(errors.length > 1 ? `${first} (+${errors.length - 1})` : first, { errors });
    });
  });
}
