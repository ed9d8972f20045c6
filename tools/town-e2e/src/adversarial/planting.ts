import { runTownFixture } from '../run-town-fixture';

/** Where a canary was planted; a leak names it. */
export type CanaryFamily = 'private' | 'draft' | 'edit' | 'closed' | 'admin' | 'secret';

export interface Canary {
  /** e.g. `draft.news-item.headline.fr`, `closed.resolutionText.de`, `admin.email`. */
  site: string;
  value: string;
  family: CanaryFamily;
  kind?: string;
  field?: string;
  locale?: string;
}

export interface KindDocument {
  kind: string;
  documentId: string;
}

export interface ClosedItem {
  documentId: string;
  meeting: string;
  /** A result code no public item has: a count on it can only come from the closed item. */
  result: string;
  start: string;
  end: string;
  /** Papers linked to the closed item only (decision and papers): the link is what is withheld. */
  papers: string[];
  decision: string;
  files: Record<string, { id: number; url: string; hash: string }>;
}

/** What a public reader may count of agenda items: public items only, default locale. */
export interface ExpectedCounts {
  byResult: Record<string, { items: number; meetings: number }>;
  publicItemsWithStart: number;
  publicItemsWithResolution: number;
  publicItemsWithDecision: number;
  publishedItems: number;
}

/** What `fixtures/plant-canaries.js` planted in one town, as it prints it. */
export interface Planting {
  locales: string[];
  canaries: Canary[];
  /** The published service request whose private fields all hold canaries. */
  privateRequest: string;
  /** The drafts the fixture made, one per kind. */
  drafts: KindDocument[];
  /** Every documentId without a published version: the seeder's drafts and the fixture's. */
  neverPublished: KindDocument[];
  /** Published entries whose draft row holds canaries (an unpublished edit). */
  edits: KindDocument[];
  closed: ClosedItem;
  expected: ExpectedCounts;
  /** Set when the fixture planted an admin user, an API token and a users-permissions user. */
  admin?: { email: string; userEmail: string };
}

export interface TownPlanting extends Planting {
  town: string;
}

/**
 * Plants the canaries in a seeded town before it starts (its Strapi loaded in a child
 * process); `admin: false` leaves the town without an admin user, as a fresh town is.
 */
export async function plantCanaries(
  town: string,
  env: Record<string, string>,
  { admin, members }: { admin: boolean; members: readonly string[] },
): Promise<TownPlanting> {
  const planting = await runTownFixture<Planting>('plant-canaries.js', {
    ...env,
    PLANT_ADMIN: String(admin),
    PLANT_SHARE_WITH: members.join(','),
  });
  return { ...planting, town };
}
