/** A file an editor attached to an entry: uploaded as text, in the town's default locale. */
export interface FixtureFile {
  name: string;
  text: string;
}

/**
 * One document of a town, as an editor would have written it. Both towns of the contract are
 * made from these: the fake serves them, and a real town gets them through Strapi's Document
 * and upload services before it starts.
 */
export interface FixtureEntry {
  /** Fixed, so that both towns hold the same documents and ties break the same way. */
  documentId: string;
  /** Never published: the town keeps it as a draft, which the public never sees. */
  draft?: boolean;
  /**
   * An unpublished edit of the published document, in the default locale: attributes a town
   * keeps in the draft beside the published version, which alone the public sees.
   */
  edit?: Record<string, unknown>;
  /** The attributes every locale shares, relations as the related documentIds. */
  shared: Record<string, unknown>;
  /** The localized attributes per locale; a localized kind exists in exactly these locales. */
  localized?: Record<string, Record<string, unknown>>;
  /** Files per media field, in the default locale (a list for a multiple media field). */
  files?: Record<string, FixtureFile[]>;
}

export interface TownFixture {
  town: { code: string; name: string; locales: string[] };
  /** Per kind (singular name), its documents; one side of each relation only, as editors link them. */
  entries: Record<string, FixtureEntry[]>;
}
