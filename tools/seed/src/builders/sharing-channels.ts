import { isSharingChannel } from '@communes/domain';
import type { TownProfile } from '../town-profiles';

/** The members a seeded event or news item is shared with by name: one in ten, with those the town's profile names. */
export const sharedMembersOf = (town: Pick<TownProfile, 'sharesWith'>, i: number): string[] =>
  i % 10 === 7 ? [...(town.sharesWith ?? [])] : [];

/**
 * The channels a seeded event or news item is shared into, as towns do: one in four into
 * the town's region, one in eight into its province; groups that are no channel (a member
 * outside the regions) share nothing.
 */
export function sharingChannelsOf(town: Pick<TownProfile, 'groups'>, i: number): string[] {
  const channels: string[] = [];
  if (i % 4 === 1 && isSharingChannel(town.groups.region)) channels.push(town.groups.region);
  if (i % 8 === 3 && isSharingChannel(town.groups.province)) channels.push(town.groups.province);
  return channels;
}
