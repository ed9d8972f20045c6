import {
  type IndexDatabase,
  type IndexedEntry,
  type RefusedEntry,
  recordRefusals,
  removeEntriesNotServed,
  saveHarvestState,
  type TownHarvestState,
  upsertEntries,
} from '@communes/regional-index';
import { readChangedEntries, writeChangedEntries } from './harvest-changes';
import { readChangePage } from './read-change-page';
import { readEntriesPage } from './read-town-entries';
import { readTownManifest, type TownReading } from './read-town-manifest';
import type { TownSource } from './town-source';
import { sortServedEntries } from './to-indexed-entry';

export interface HarvestLimits {
  /** Each call to the town. */
  timeoutMs: number;
  /** Lines of the feed read at once. */
  linesPerPage: number;
}

/** What one harvest of a town did. */
export interface HarvestReport {
  source: 'feed' | 'sweep';
  lines: number;
  written: number;
  /** Entries read that did not fit the model, kept out of the index. */
  refused: number;
  lastSequence: number;
  feedLatest: number | null;
  locales: string[];
  defaultLocale: string | null;
}

const ENTRIES_PER_PAGE = 100;
/** Entries per INSERT: one JSON parameter each, kept a few megabytes at most. */
const WRITE_BATCH = 1000;

/** A state for a town seen for the first time. */
export const firstState = (town: string): TownHarvestState => ({
  town,
  source: 'feed',
  lastSequence: 0,
  feedLatest: null,
  lastAttempt: null,
  lastSuccess: null,
  lastError: null,
  failures: 0,
  nextAttempt: null,
  locales: null,
  defaultLocale: null,
});

/**
 * Brings the index up to date with one town: its change feed from where the index stopped,
 * page by page, each page's entries and the new position committed together (a harvest cut
 * short resumes where it stopped, and a page read twice writes the same). A town without a
 * feed is read whole and what it no longer serves leaves the index.
 */
export async function harvestTown(
  index: IndexDatabase,
  town: TownSource,
  state: TownHarvestState,
  limits: HarvestLimits,
): Promise<HarvestReport> {
  const reading = await readTownManifest(town, limits.timeoutMs);
  const languages = { locales: reading.locales, defaultLocale: reading.defaultLocale };
  let current = { ...state, ...languages, source: 'feed' as const };
  let lines = 0;
  let written = 0;
  let refused = 0;
  for (;;) {
    const page = await readChangePage(town, current.lastSequence, limits.linesPerPage, limits.timeoutMs);
    if (!page) return sweepTown(index, town, reading, state, limits);
    const writes = await readChangedEntries(town, reading, page.lines, limits.timeoutMs);
    const next = { ...current, lastSequence: page.next, feedLatest: page.latest };
    await writeChangedEntries(index, town.code, writes, (tx) => saveHarvestState(tx, next));
    current = next;
    lines += page.lines.length;
    written += [...writes.upserts.values()].reduce((sum, entries) => sum + entries.length, 0);
    refused += [...writes.refusals.values()].reduce((sum, kind) => sum + kind.refused.length, 0);
    if (page.lines.length < limits.linesPerPage || page.next === page.latest) break;
  }
  return { source: 'feed', lines, written, refused, lastSequence: current.lastSequence, feedLatest: current.feedLatest, ...languages };
}

/** A town without a change feed (a plugin version before it): every kind, every locale, read whole; what does not fit the model leaves. */
async function sweepTown(
  index: IndexDatabase,
  town: TownSource,
  reading: TownReading,
  state: TownHarvestState,
  limits: HarvestLimits,
): Promise<HarvestReport> {
  const byKind = new Map<string, { entries: IndexedEntry[]; refused: RefusedEntry[] }>();
  for (const kind of reading.kinds.values()) {
    const entries: IndexedEntry[] = [];
    const refused: RefusedEntry[] = [];
    for (const locale of kind.localized ? reading.locales : [undefined])
      for (let start = 0; ; start += ENTRIES_PER_PAGE) {
        const page = await readEntriesPage(town, kind, locale, start, ENTRIES_PER_PAGE, limits.timeoutMs);
        sortServedEntries(kind, page, { served: entries, refused });
        if (page.length < ENTRIES_PER_PAGE) break;
      }
    byKind.set(kind.kind, { entries, refused });
  }
  await index.transaction(async (tx) => {
    for (const [kind, { entries, refused }] of byKind) {
      for (let i = 0; i < entries.length; i += WRITE_BATCH) await upsertEntries(tx, town.code, kind, entries.slice(i, i + WRITE_BATCH));
      await removeEntriesNotServed(
        tx,
        town.code,
        kind,
        entries.map((entry) => `${entry.documentId}:${entry.locale}`),
      );
      await recordRefusals(tx, town.code, kind, 'all', refused);
    }
    await saveHarvestState(tx, {
      ...state,
      locales: reading.locales,
      defaultLocale: reading.defaultLocale,
      source: 'sweep',
      lastSequence: 0,
      feedLatest: null,
    });
  });
  const written = [...byKind.values()].reduce((sum, kind) => sum + kind.entries.length, 0);
  const refused = [...byKind.values()].reduce((sum, kind) => sum + kind.refused.length, 0);
  return {
    source: 'sweep',
    lines: 0,
    written,
    refused,
    lastSequence: 0,
    feedLatest: null,
    locales: reading.locales,
    defaultLocale: reading.defaultLocale,
  };
}
