import {
  type IndexDatabase,
  type IndexedEntry,
  type RefusedEntry,
  recordRefusals,
  type RemovedEntry,
  removeEntries,
  upsertEntries,
} from '@communes/regional-index';
import type { ChangeLine } from './read-change-page';
import { IDS_PER_REQUEST, readEntriesById } from './read-town-entries';
import type { TownReading } from './read-town-manifest';
import type { TownSource } from './town-source';
import { sortServedEntries } from './to-indexed-entry';

/** What one page of changes did to the index. */
export interface ChangeWrites {
  upserts: Map<string, IndexedEntry[]>;
  removals: Map<string, RemovedEntry[]>;
  /** By kind: the documents read, and what of them was refused (see RefusedEntry). */
  refusals: Map<string, { read: string[]; refused: RefusedEntry[] }>;
}

/**
 * Reads again, in every locale of the town, each document a page of changes names: publishing
 * one locale can change the fields a document shares with its other locales. What the town
 * serves goes in; a locale version it no longer serves leaves, as the feed's last word on it
 * says (deleted, or else unpublished). A version that does not fit the model leaves too, as
 * unpublished (no public list shows it), and is recorded as refused.
 */
export async function readChangedEntries(
  town: TownSource,
  reading: TownReading,
  lines: readonly ChangeLine[],
  timeoutMs: number,
): Promise<ChangeWrites> {
  const last = new Map<string, ChangeLine>();
  for (const line of lines) last.set(`${line.kind}:${line.documentId}:${line.locale ?? ''}`, line);
  const upserts = new Map<string, IndexedEntry[]>();
  const removals = new Map<string, RemovedEntry[]>();
  const refusals = new Map<string, { read: string[]; refused: RefusedEntry[] }>();
  const byKind = new Map<string, Set<string>>();
  for (const line of lines)
    if (reading.kinds.has(line.kind)) byKind.set(line.kind, (byKind.get(line.kind) ?? new Set()).add(line.documentId));
  for (const [name, ids] of byKind) {
    const kind = reading.kinds.get(name)!;
    const locales = kind.localized ? reading.locales : [undefined];
    const documentIds = [...ids];
    const served: IndexedEntry[] = [];
    const refused: RefusedEntry[] = [];
    for (const locale of locales)
      for (let i = 0; i < documentIds.length; i += IDS_PER_REQUEST)
        sortServedEntries(kind, await readEntriesById(town, kind, locale, documentIds.slice(i, i + IDS_PER_REQUEST), timeoutMs), {
          served,
          refused,
        });
    const live = new Set(served.map((entry) => `${entry.documentId}:${entry.locale}`));
    const gone: RemovedEntry[] = [];
    for (const documentId of documentIds)
      for (const locale of locales.map((l) => l ?? '')) {
        if (live.has(`${documentId}:${locale}`)) continue;
        const said = last.get(`${name}:${documentId}:${locale}`)?.action;
        gone.push({ documentId, locale, removed: said === 'delete' ? 'delete' : 'unpublish' });
      }
    upserts.set(name, served);
    removals.set(name, gone);
    refusals.set(name, { read: documentIds, refused });
  }
  return { upserts, removals, refusals };
}

/** Writes a page's entries and tombstones, with `after` (the town's new state) in the same transaction. */
export async function writeChangedEntries(
  index: IndexDatabase,
  town: string,
  writes: ChangeWrites,
  after: (tx: Parameters<Parameters<IndexDatabase['transaction']>[0]>[0]) => Promise<void>,
): Promise<void> {
  await index.transaction(async (tx) => {
    for (const [kind, entries] of writes.upserts) await upsertEntries(tx, town, kind, entries);
    for (const [kind, entries] of writes.removals) await removeEntries(tx, town, kind, entries);
    for (const [kind, { read, refused }] of writes.refusals) await recordRefusals(tx, town, kind, read, refused);
    await after(tx);
  });
}
