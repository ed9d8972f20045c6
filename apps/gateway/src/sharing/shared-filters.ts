import { SHARING_FIELD } from '@communes/domain';
import type { SharedListing } from './plan-shared-listing';
import type { TownShare } from './sharing-plan';

type Filters = Record<string, unknown> | null | undefined;

/**
 * The reader's filters for one town of a shared listing: as given for a town whose whole
 * listing is included; for another, only its entries shared into the plan's channels too.
 * Nested in `and` rather than merged: the reader's own `and` may already be full.
 */
export function sharedFilters(filters: Filters, share: TownShare): Filters {
  if (share.whole) return filters;
  // No channel: nothing of this town (`in: []` matches nothing; an empty containsAny would match all).
  if (share.channels.length === 0) return { documentId: { in: [] } };
  const shared = { [SHARING_FIELD]: { containsAny: share.channels } };
  return filters && Object.keys(filters).length > 0 ? { and: [filters, shared] } : shared;
}

/** A shared listing as the regional index reads it, in one query: the towns followed whole, or the channel condition. */
export function sharedIndexScope(listing: SharedListing): { wholeTowns: string[]; filters?: Record<string, unknown> } {
  return {
    wholeTowns: listing.wholeTowns,
    ...(listing.channels.length ? { filters: { [SHARING_FIELD]: { containsAny: listing.channels } } } : {}),
  };
}
