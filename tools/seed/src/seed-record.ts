/** A locale's text: English always, the town's languages where written. */
export type Text = Readonly<Partial<Record<'fr' | 'nl' | 'de' | 'en', string>>> & { readonly en: string };

export const textIn = (text: Text, locale: string): string => text[locale as keyof Text] ?? text.en;

/**
 * One entry to seed. `key` is stable across runs and scales: the ledger maps it to the
 * entry's documentId, which is how a second run adds nothing.
 */
export interface SeedRecord {
  /** The content type's singular name. */
  type: string;
  key: string;
  /** Fields shared by every locale (already in Strapi's attributes: geo points as two columns). */
  shared: Record<string, unknown>;
  /** Localized fields, per locale. */
  localized: (locale: string) => Record<string, unknown>;
  /** Relation fields: the keys of the target entries. */
  relations?: Record<string, string | string[]>;
  /** Left unpublished, as an editor's work in progress: the public must never see it. */
  draft?: boolean;
}

export const noLocalizedFields = (): Record<string, unknown> => ({});
