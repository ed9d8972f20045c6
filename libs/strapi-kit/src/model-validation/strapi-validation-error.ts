import { createRequire } from 'node:module';

interface ErrorClasses {
  ValidationError: new (message: string, details: unknown) => Error;
}

let classes: ErrorClasses | undefined;

/**
 * Strapi's own ValidationError class, from the `@strapi/utils` that Strapi's core loads: its
 * error middleware answers 400 only for instances of that copy, and a plugin's own copy
 * could differ (the 400 would become a 500).
 */
export function strapiValidationError(message: string, details: unknown): Error {
  if (!classes) {
    const fromStrapi = createRequire(require.resolve('@strapi/strapi'));
    const fromCore = createRequire(fromStrapi.resolve('@strapi/core'));
    classes = (fromCore('@strapi/utils') as { errors: ErrorClasses }).errors;
  }
  return new classes.ValidationError(message, details);
}
