/** A locale version of an entry, as the harvester read it from a town's public REST API. */
export interface IndexedEntry {
  documentId: string;
  /** '' for a kind that is not localized. */
  locale: string;
  /** The entry as the town served it: public fields, relations as documentIds, files. */
  data: Record<string, unknown>;
  /** The text it is found by (its text fields, joined). */
  text: string;
  publishedAt: string | null;
  updatedAt: string | null;
}

/** Why a locale version left the index: the town unpublished or deleted it. */
export type Removal = 'unpublish' | 'delete';

export interface RemovedEntry {
  documentId: string;
  locale: string;
  removed: Removal;
}
