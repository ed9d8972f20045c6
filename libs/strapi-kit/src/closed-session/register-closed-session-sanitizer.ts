import type { Core } from '@strapi/strapi';
import type { GetModel, StrapiModel } from './strapi-model';
import { withholdClosedFields } from './withhold-closed-fields';

/** Marks a Strapi instance whose content API already withholds closed fields: every domain plugin registers, one sanitizer is enough. */
const REGISTERED = Symbol.for('communes.closed-session-sanitizer');

/**
 * Adds the closed-session walk to Strapi's content-API output sanitizers, which every core
 * controller runs on each root entry with its model, after Strapi's own removal of private
 * fields. It sits in the town, where the data lives, so no client and no version of the
 * gateway can read what a confidential entry withholds. (Strapi's GraphQL plugin sanitizes
 * only the entries it resolves through relations: a town that turns it on is not covered.)
 */
export function registerClosedSessionSanitizer(strapi: Core.Strapi): void {
  const marked = strapi as unknown as Record<symbol, boolean>;
  if (marked[REGISTERED]) return;
  marked[REGISTERED] = true;
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as unknown as StrapiModel | undefined;
  const sanitizer = (schema: StrapiModel) => (data: unknown) => withholdClosedFields(data, schema, getModel);
  // Strapi calls each output sanitizer as `sanitizer(schema)(entry)` (@strapi/utils, sanitizeOutput); its type says a curried function.
  strapi.sanitizers.add('content-api.output', sanitizer as unknown as Parameters<Core.Strapi['sanitizers']['add']>[1]);
}
