import { searchTextOf, type IndexedEntry } from '@communes/regional-index';
import { keepPublicFields } from './keep-public-fields';
import type { TownKind } from './read-town-manifest';

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A town's REST entry as the index keeps it: its public fields as served (see keepPublicFields). */
export function toIndexedEntry(kind: TownKind, entry: Record<string, unknown>): IndexedEntry {
  const data = keepPublicFields(kind.type, entry);
  return {
    documentId: entry.documentId as string,
    locale: kind.localized ? String(entry.locale ?? '') : '',
    data,
    text: searchTextOf(kind.type, data),
    publishedAt: stringOrNull(entry.publishedAt),
    updatedAt: stringOrNull(entry.updatedAt),
  };
}
