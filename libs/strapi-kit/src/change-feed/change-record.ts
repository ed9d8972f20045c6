/** What happened to one locale version of a published entry, as the town's change feed records it. */
export type ChangeAction = 'publish' | 'update' | 'unpublish' | 'delete';

/** One line of the feed: public facts only, never a field of the entry. */
export interface ChangeRecord {
  /** Increases with every recorded change, in the order the changes were committed. */
  sequence: number;
  /** The model's kind, e.g. `meeting`. */
  kind: string;
  documentId: string;
  /** Null for a kind that is not localized. */
  locale: string | null;
  action: ChangeAction;
  /** When the change was committed (a baseline line: when the entry was published). */
  time: string;
}

/** A change before it gets its sequence. */
export type NewChange = Omit<ChangeRecord, 'sequence' | 'time'> & { at: number };
