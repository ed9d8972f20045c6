import { contentTypeNamed } from '@communes/domain';
import { type IndexDatabase, saveHarvestState, searchTextOf, upsertEntries } from '@communes/regional-index';

/**
 * What a harvest of a town would write, for tests of the gateway's index reads: each entry as
 * the town serves it (in `locale` where the kind is localized), and a successful harvest state.
 */
export async function indexTown(
  index: IndexDatabase,
  town: string,
  entries: Record<string, readonly Record<string, unknown>[]>,
  locale = 'fr',
) {
  for (const [kind, list] of Object.entries(entries)) {
    const type = contentTypeNamed(kind);
    const entryLocale = type.localized ? locale : '';
    const rows = list.map((entry) => {
      const data = { ...entry, ...(entryLocale ? { locale: entryLocale } : {}) };
      return {
        documentId: entry.documentId as string,
        locale: entryLocale,
        data,
        text: searchTextOf(type, data),
        publishedAt: null,
        updatedAt: null,
      };
    });
    await upsertEntries(index, town, kind, rows);
  }
  const at = new Date();
  await saveHarvestState(index, {
    town,
    source: 'feed',
    lastSequence: 10,
    feedLatest: 10,
    lastAttempt: at,
    lastSuccess: at,
    lastError: null,
    failures: 0,
    nextAttempt: null,
    locales: [locale],
    defaultLocale: locale,
  });
}
