import { isConfidentialEntry, isWithheldLink } from '@communes/domain';
import type { KindSchema } from './kind-schema';
import type { Entry } from './match-filters';

export interface FakeStore {
  /** The published entries of a kind in a locale (`*`: in every locale), in the order given. */
  published(kind: string, locale: string): Entry[];
  /** The published entries an entry's relation links to, in the entry's locale. */
  related(kind: string, entry: Entry, relation: string): Entry[];
}

const refsOf = (value: unknown): Entry[] => (Array.isArray(value) ? value : value && typeof value === 'object' ? [value as Entry] : []);

/**
 * The fake town's documents: entries as a town's REST API returns them, one per locale of a
 * localized kind (`locale`, the default one when missing), relations as `{ documentId }` or
 * lists of them. An entry whose `publishedAt` is null is a draft: it is never served, nor
 * linked to. Strapi 5 links each locale of an entry to the same locale of its targets; a
 * link to a document the fake does not hold at all is served as given.
 */
export function createFakeStore(
  entries: Record<string, Entry[]>,
  defaultLocale: string,
  schemaOf: (kind: string) => KindSchema,
): FakeStore {
  const localeOf = (kind: string, entry: Entry): string | undefined =>
    schemaOf(kind).type.localized ? String(entry.locale ?? defaultLocale) : undefined;
  const isPublished = (entry: Entry) => entry.publishedAt !== null;
  const published = (kind: string, locale: string) =>
    (entries[kind] ?? []).filter(
      (e) => isPublished(e) && (locale === '*' || localeOf(kind, e) === undefined || localeOf(kind, e) === locale),
    );
  return {
    published,
    related(kind, entry, relation) {
      const schema = schemaOf(kind);
      const target = schema.attributes.get(relation)!.target!;
      const targetSchema = schemaOf(target);
      // A paper lists no confidential agenda item: the item withholds that link.
      const hidesClosed = isWithheldLink(schema.type, relation, (name) => schemaOf(name).type);
      const locale = localeOf(kind, entry) ?? defaultLocale;
      return refsOf(entry[relation]).flatMap((ref) => {
        const documents = (entries[target] ?? []).filter((e) => e.documentId === ref.documentId);
        if (documents.length === 0) return [ref];
        const found = documents.find((e) => isPublished(e) && (localeOf(target, e) ?? locale) === locale);
        return found && !(hidesClosed && isConfidentialEntry(targetSchema.type, found)) ? [found] : [];
      });
    },
  };
}
