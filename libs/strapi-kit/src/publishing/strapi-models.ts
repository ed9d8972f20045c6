import type { Core } from '@strapi/strapi';
import type { relationTargets } from './publish-with-fields';

/** A row's identity, as the publishing queries select it. */
export type LinkedRow = { documentId: string; locale?: string | null };

type Attributes = Parameters<typeof relationTargets>[2];
type Model = { attributes: Attributes; pluginOptions?: { i18n?: { localized?: boolean } } };

/** A type's schema as the running Strapi holds it (its relation attributes, its i18n option). */
export const modelOf = (strapi: Core.Strapi, uid: string) => (strapi.getModel as unknown as (uid: string) => Model)(uid);

export const isLocalized = (strapi: Core.Strapi, uid: string) => modelOf(strapi, uid).pluginOptions?.i18n?.localized === true;
