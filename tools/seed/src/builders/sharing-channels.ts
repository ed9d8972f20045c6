import { sharingChannel } from '@communes/domain';
import type { TownProfile } from '../town-profiles';

const CHANNELS: ReadonlySet<string> = new Set(sharingChannel.codes.map((c) => c.code));

/**
 * The channels a seeded event or news item is shared into, as towns do: one in four into
 * the town's region, one in eight into its province; groups that are no channel (a member
 * outside the regions) share nothing.
 */
export function sharingChannelsOf(town: Pick<TownProfile, 'groups'>, i: number): string[] {
  const channels: string[] = [];
  if (i % 4 === 1 && CHANNELS.has(town.groups.region)) channels.push(town.groups.region);
  if (i % 8 === 3 && CHANNELS.has(town.groups.province)) channels.push(town.groups.province);
  return channels;
}
