import { SHARING_FIELD, SHARING_MEMBERS_FIELD } from '@communes/domain';
import type { SharedListing } from './plan-shared-listing';
import type { TownShare } from './sharing-plan';

type Filters = Record<string, unknown> | null | undefined;

/** What a town not read whole gives: its entries shared into the channels, or with the members, of its share. */
function sharedCondition({ channels, members }: Pick<TownShare, 'channels' | 'members'>): Record<string, unknown> {
  const conditions = [
    ...(channels.length ? [{ [SHARING_FIELD]: { containsAny: channels } }] : []),
    ...(members.length ? [{ [SHARING_MEMBERS_FIELD]: { containsAny: members } }] : []),
  ];
  // Neither: nothing of this town (`in: []` matches nothing; an empty containsAny would match all).
  if (conditions.length === 0) return { documentId: { in: [] } };
  return conditions.length === 1 ? conditions[0]! : { or: conditions };
}

/**
 * The reader's filters for one town of a shared listing: as given for a town whose whole
 * listing is included; for another, only its entries shared into the plan's channels or with
 * its members too. Nested in `and` rather than merged: the reader's own `and` may already be full.
 */
export function sharedFilters(filters: Filters, share: TownShare): Filters {
  if (share.whole) return filters;
  const shared = sharedCondition(share);
  return filters && Object.keys(filters).length > 0 ? { and: [filters, shared] } : shared;
}

/** A shared listing as the regional index reads it, in one query: the towns followed whole, or the sharing condition. */
export function sharedIndexScope(listing: SharedListing): { wholeTowns: string[]; filters?: Record<string, unknown> } {
  return { wholeTowns: listing.wholeTowns, filters: sharedCondition({ channels: listing.channels, members: listing.wholeTowns }) };
}
