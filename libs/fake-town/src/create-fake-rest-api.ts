import { communesModel, DOCUMENT_ID, namingOf } from '@communes/domain';
import { createFakeStore } from './fake-store';
import { FakeTownError, notFound } from './fake-town-error';
import { kindSchemaOf } from './kind-schema';
import { matchesFilters, type Entry } from './match-filters';
import { parseQuery } from './parse-query';
import { readListRequest } from './read-list-request';
import { sortEntries } from './sort-entries';
import { toRestEntry } from './to-rest-entry';

export interface FakeRestApiOptions {
  entries: Record<string, Entry[]>;
  /** Default first. */
  locales: readonly string[];
  kinds?: readonly string[];
  missingFields: Readonly<Record<string, readonly string[]>>;
  maxPageSize: number;
}

/**
 * The content API of a fake town: each kind's list (`/api/communes-<domain>/<plural>`) and
 * entries by documentId, answered as a real town answers them, or a `FakeTownError`.
 */
export function createFakeRestApi({ entries, locales, kinds, missingFields, maxPageSize }: FakeRestApiOptions) {
  const served = communesModel.contentTypes.filter((type) => !kinds || kinds.includes(type.names.singular));
  const byPath = new Map(served.map((type) => [`/api${namingOf(type).restPath}`, type.names.singular]));
  const schemaOf = (kind: string) => kindSchemaOf(kind, missingFields[kind]);
  // A real town's entry always says its locale: one given without is in the default locale.
  const inLocales: Record<string, Entry[]> = Object.fromEntries(
    Object.entries(entries).map(([kind, list]) => [
      kind,
      schemaOf(kind).type.localized ? list.map((entry) => ({ locale: locales[0], ...entry })) : list,
    ]),
  );
  const store = createFakeStore(inLocales, locales[0]!, schemaOf);
  const scope = { schemaOf, related: store.related };

  return {
    /**
     * Puts `entry` in place of the one with its documentId and locale (an editor's edit,
     * published), or adds it; returns its locale, null for a kind that is not localized.
     */
    put(kind: string, entry: Entry): string | null {
      const localized = schemaOf(kind).type.localized;
      const stored: Entry = localized ? { locale: locales[0], ...entry } : entry;
      inLocales[kind] ??= [];
      const list = inLocales[kind];
      const at = list.findIndex((e) => e.documentId === stored.documentId && e.locale === stored.locale);
      if (at >= 0) list[at] = stored;
      else list.push(stored);
      return localized ? String(stored.locale) : null;
    },
    isList: (pathname: string): boolean => byPath.has(pathname),
    /** The answer's body; throws a `FakeTownError` for any other status than 200. */
    answer(pathname: string, params: URLSearchParams): unknown {
      const slash = pathname.lastIndexOf('/');
      const [kind, documentId] = byPath.has(pathname)
        ? [byPath.get(pathname)!, undefined]
        : [byPath.get(pathname.slice(0, slash)), pathname.slice(slash + 1)];
      if (!kind) throw notFound();
      if (documentId !== undefined && !DOCUMENT_ID.test(documentId)) {
        throw new FakeTownError(
          400,
          'ValidationError',
          `"${documentId.slice(0, 64)}" is not a documentId (24 lowercase letters and digits).`,
          { source: 'params', param: 'id' },
        );
      }
      const request = readListRequest(parseQuery(params), schemaOf(kind), { locales, maxPageSize, schemaOf });
      const inLocale = store.published(kind, request.locale);
      if (documentId !== undefined) {
        const entry = inLocale.find((e) => e.documentId === documentId);
        if (!entry) throw notFound();
        return { data: toRestEntry(entry, kind, request.view, scope), meta: {} };
      }
      const { filters, pagination } = request;
      const matching = sortEntries(
        filters ? inLocale.filter((entry) => matchesFilters(filters, kind, entry, scope)) : inLocale,
        request.sort,
      );
      const page = matching.slice(pagination.start, pagination.start + pagination.limit);
      return {
        data: page.map((entry) => toRestEntry(entry, kind, request.view, scope)),
        meta: { pagination: pagination.meta(matching.length) },
      };
    },
  };
}
