import { findEntryProblem } from '@communes/domain';
import { type IndexedEntry, isRefusedEntry, type RefusedEntry, searchTextOf } from '@communes/regional-index';
import { keepPublicFields } from './keep-public-fields';
import type { TownKind } from './read-town-manifest';

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * A town's REST entry as the index keeps it: its public fields as served (see
 * keepPublicFields), checked against the model as the gateway checks a town's answer. One that
 * does not fit is refused, with why: the gateway would not show it, so no count may include it.
 */
export function toIndexedEntry(kind: TownKind, entry: Record<string, unknown>): IndexedEntry | RefusedEntry {
  const data = keepPublicFields(kind.type, entry);
  const documentId = entry.documentId as string;
  const locale = kind.localized ? String(entry.locale ?? '') : '';
  const problem = findEntryProblem(data, kind.type);
  if (problem) return { documentId, locale, problem };
  return {
    documentId,
    locale,
    data,
    text: searchTextOf(kind.type, data),
    publishedAt: stringOrNull(entry.publishedAt),
    updatedAt: stringOrNull(entry.updatedAt),
  };
}

/** Entries a town served, each as the index keeps it, or refused (see toIndexedEntry), added to `into`. */
export function sortServedEntries(
  kind: TownKind,
  entries: readonly Record<string, unknown>[],
  into: { served: IndexedEntry[]; refused: RefusedEntry[] },
): void {
  for (const entry of entries) {
    const read = toIndexedEntry(kind, entry);
    if (isRefusedEntry(read)) into.refused.push(read);
    else into.served.push(read);
  }
}
