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
export async function planSharedListing(ctx: GatewayContext, asked: TownEntry[], missing: Set<string>): Promise<SharedListing> {
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
  const entries = all.filter((entry) => plan.towns.has(entry.town.code));
  return {
    entries,
    shareOf: (entry) => plan.towns.get(entry.town.code) ?? { whole: false, channels: [], members: [] },
    wholeTowns: plan.members,
    channels: plan.channels,
    signature: entries.map((entry) => {
      const share = plan.towns.get(entry.town.code)!;
      return [entry.town.code, share.whole, share.channels, share.members];
    }),
  };
}
