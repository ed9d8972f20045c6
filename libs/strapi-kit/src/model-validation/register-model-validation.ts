import { checkEntryData, communesModel, LOCALES, namingOf, type Locale } from '@communes/domain';
import type { Core } from '@strapi/strapi';
import { describeValueProblem } from './describe-value-problem';
import { strapiValidationError } from './strapi-validation-error';

/** The document actions that write what they are given (drafts included). */
const WRITES: ReadonlySet<string> = new Set(['create', 'update', 'clone']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The admin user's interface language when an editor saves, else the town's default locale, else English. */
export async function editorLanguage(strapi: Core.Strapi): Promise<Locale> {
  const user = strapi.requestContext.get()?.state?.user as { preferedLanguage?: unknown } | undefined;
  const asLocale = (code: unknown) =>
    (LOCALES as readonly unknown[]).find((l) => typeof code === 'string' && code.slice(0, 2) === l) as Locale | undefined;
  const preferred = asLocale(user?.preferedLanguage);
  if (preferred) return preferred;
  const defaultLocale = await strapi.plugin('i18n')?.service('locales').getDefaultLocale();
  return asLocale(defaultLocale) ?? 'en';
}

/**
 * Refuses, on every create and update of the plugin's types (the admin's saves, drafts
 * included, the REST API and the Document API alike), any structured value or code that the
 * model does not allow. It answers as Strapi's own validation does: a ValidationError whose
 * `details.errors[]` name the attribute, so the admin panel shows each message under its
 * field, in the editor's language.
 */
export function registerModelValidation(strapi: Core.Strapi, pluginName: string): void {
  const types = new Map(communesModel.contentTypes.filter((t) => namingOf(t).pluginName === pluginName).map((t) => [namingOf(t).uid, t]));
  strapi.documents.use(async (context, next) => {
    const type = types.get(context.uid);
    const data = (context.params as { data?: unknown } | undefined)?.data;
    if (!type || !WRITES.has(context.action) || !isRecord(data)) return next();
    const problems = checkEntryData(type, data);
    if (!problems.length) return next();
    const language = await editorLanguage(strapi);
    const errors = problems.map((problem) => ({
      path: [String(problem.path[0])],
      message: describeValueProblem(problem, language, type.fields[String(problem.path[0])]),
      name: 'ValidationError',
    }));
    const first = `${errors[0]!.path[0]}: ${errors[0]!.message}`;
    throw strapiValidationError(errors.length > 1 ? `${first} (+${errors.length - 1})` : first, { errors });
  });
}
