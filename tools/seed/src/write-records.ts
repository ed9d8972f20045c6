import { communesModel, namingOf, type RelationField } from '@communes/domain';
import type { Core, UID } from '@strapi/strapi';
import { ensureLedger, LEDGER_TABLE, ledgerKey, readLedger } from './seed-ledger';
import type { SeedRecord } from './seed-record';

export interface WriteOptions {
  /** The town's locales, default first. */
  locales: readonly string[];
  /** Entries per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  /** Entries already seeded by an earlier run. */
  skipped: number;
  created: number;
}

const typesByName = new Map(communesModel.contentTypes.map((type) => [type.names.singular, type]));

/** Writes the records a town does not have yet, through Strapi's Document Service. */
export async function writeRecords(strapi: Core.Strapi, records: readonly SeedRecord[], options: WriteOptions): Promise<WriteResult> {
  const { locales, batchSize = 100, onProgress } = options;
  if (locales.length === 0) throw new Error('A town needs at least one locale.');
  const knex = strapi.db.connection;
  await ensureLedger(knex);
  const ledger = await readLedger(knex);
  const pending = records.filter((record) => !ledger.has(ledgerKey(record.type, record.key)));
  const skipped = records.length - pending.length;
  onProgress?.(skipped, records.length);

  for (let start = 0; start < pending.length; start += batchSize) {
    const batch = pending.slice(start, start + batchSize);
    await strapi.db.transaction(async ({ trx }) => {
      const rows: { entry_key: string; document_id: string }[] = [];
      for (const record of batch) {
        const documentId = await writeRecord(strapi, record, locales, ledger).catch((error: Error) => {
          throw new Error(`Seeding ${record.type} "${record.key}" failed: ${error.message}`, { cause: error });
        });
        rows.push({ entry_key: ledgerKey(record.type, record.key), document_id: documentId });
        // Later records of this batch may point to this one. A failed batch fails the whole
        // run, so the map never outlives a rolled-back write.
        ledger.set(ledgerKey(record.type, record.key), documentId);
      }
      await trx(LEDGER_TABLE).insert(rows);
    });
    onProgress?.(skipped + start + batch.length, records.length);
  }
  return { skipped, created: pending.length };
}

/** Creates one entry in the town's default locale, then adds its other locales. */
async function writeRecord(
  strapi: Core.Strapi,
  record: SeedRecord,
  locales: readonly string[],
  ledger: ReadonlyMap<string, string>,
): Promise<string> {
  const type = typesByName.get(record.type);
  if (!type) throw new Error(`unknown content type "${record.type}"`);
  const documentIdOf = (target: string, key: string): string => {
    const documentId = ledger.get(ledgerKey(target, key));
    if (!documentId) throw new Error(`${target} "${key}" is referenced before it is written`);
    return documentId;
  };
  const relations = Object.fromEntries(
    Object.entries(record.relations ?? {}).map(([field, keys]) => {
      const target = (type.fields[field] as RelationField).target;
      return [field, Array.isArray(keys) ? keys.map((key) => documentIdOf(target, key)) : documentIdOf(target, keys)];
    }),
  );
  const documents = strapi.documents(namingOf(type).uid as UID.ContentType);
  const status = record.draft ? {} : { status: 'published' };
  const [baseLocale, ...otherLocales] = locales;
  const entry = (await documents.create({
    ...(type.localized ? { locale: baseLocale } : {}),
    ...status,
    data: { ...record.shared, ...record.localized(baseLocale!), ...relations },
  } as never)) as { documentId: string };
  if (type.localized) {
    for (const locale of otherLocales) {
      // Strapi 5 keeps relations per locale: each locale links to its targets' same locale.
      await documents.update({
        documentId: entry.documentId,
        locale,
        ...status,
        data: { ...record.localized(locale), ...relations },
      } as never);
    }
  }
  return entry.documentId;
}
