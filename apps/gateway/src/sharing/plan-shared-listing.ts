import { SHARING_MEMBERS_FIELD } from '@communes/domain';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from '../resolvers/gateway-context';
import { planSharing, type TownShare } from './sharing-plan';

export interface SharedListing {
  /** Every town the listing reads, in the registry's order. */
  entries: TownEntry[];
  /** What a town of `entries` contributes. */
  shareOf(entry: TownEntry): TownShare;
  /** The towns read whole (the others' entries shared with them are read too), and the channels the others' entries are read for. */
  wholeTowns: string[];
  channels: string[];
  /** What the plan was, for the list's cursors: a cursor of another plan is refused. */
  signature: [string, boolean, string[], string[]][];
}

/**
 * The plan of a shared listing from the towns' manifests (their subscriptions, kept a minute
 * like the rest of the manifest). A town whose manifest cannot be read is missing: its own
 * read fails too, and what it subscribes to cannot be followed.
 */
export async function planSharedListing(
  ctx: GatewayContext,
  kind: string,
  asked: TownEntry[],
  missing: Set<string>,
): Promise<SharedListing> {
  const all = ctx.directory.all();
  const byCode = new Map(all.map((entry) => [entry.town.code, entry]));
  const plan = await planSharing(
    asked.map((entry) => entry.town.code),
    all.map((entry) => entry.town.code),
    async (code) => {
      const entry = byCode.get(code);
      if (!entry) return undefined;
      return ctx.directory.manifest(entry, ctx.requestId).then(
        (manifest) => manifest.subscriptions,
        () => undefined,
      );
    },
  );
  for (const code of plan.unread) missing.add(code);
  // A town whose version of the kind has no members to share with (an older plugin) is read
  // for its channels alone: a filter on a field it lacks would match none of its entries.
  await Promise.all(
    all.map(async (entry) => {
      const share = plan.towns.get(entry.town.code);
      if (!share || share.whole || share.members.length === 0) return;
      const fields = await ctx.directory.manifest(entry, ctx.requestId).then(
        (manifest) => manifest.kinds.get(kind),
        // Unread now: its read fails the same way and says so.
        () => undefined,
      );
      if (!fields || fields.has(SHARING_MEMBERS_FIELD)) return;
      if (share.channels.length) plan.towns.set(entry.town.code, { ...share, members: [] });
      else plan.towns.delete(entry.town.code);
    }),
  );
  const entries = all.filter((entry) => plan.towns.has(entry.town.code));
  return {
    entries,
    shareOf: (entry) => plan.towns.get(entry.town.code) ?? { whole: false, channels: [], members: [] },
    wholeTowns: entries.filter((entry) => plan.towns.get(entry.town.code)?.whole).map((entry) => entry.town.code),
    channels: plan.channels,
    signature: entries.map((entry) => {
      const share = plan.towns.get(entry.town.code)!;
      return [entry.town.code, share.whole, share.channels, share.members];
    }),
  };
}
