import type { ResolvedContentType } from '@communes/domain';
import { vocabularyLabel } from '../open-data/oparl/vocabulary-label';
import { labelledFields } from './labelled-fields';

type Entry = Record<string, unknown> & { locale?: string | null };
type LabelResolver = (entry: Entry, args: { language?: string | null }) => string | string[] | null;

const LANGUAGES = new Set(['fr', 'nl', 'de', 'en']);

/** The language a label is given in: the one asked, else the entry's own, else English. */
const languageOf = (asked: string | null | undefined, entry: Entry) =>
  asked && LANGUAGES.has(asked) ? asked : asked ? 'en' : (entry.locale ?? 'en');

/**
 * The label fields of a kind: each reads its code from the entry as served (a withheld field
 * of a closed-session entry is absent, so is its label).
 */
export function labelResolvers(type: ResolvedContentType): Record<string, LabelResolver> {
  const kind = type.names.singular;
  return Object.fromEntries(
    labelledFields(type).map(({ field, labelField, list }): [string, LabelResolver] => [
      labelField,
      list
        ? (entry, { language }) =>
            ((entry[field] as string[] | null | undefined) ?? []).map(
              (code) => vocabularyLabel(kind, field, code, languageOf(language, entry)) ?? code,
            )
        : (entry, { language }) => vocabularyLabel(kind, field, entry[field] as string | null, languageOf(language, entry)) ?? null,
    ]),
  );
}
