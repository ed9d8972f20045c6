import { parseSubscription } from '@communes/domain';

/** What one town gives a shared listing: all its entries, or those shared into some channels or with some members. */
export interface TownShare {
  /** The town is one the reader asked for, or one of their subscriptions reaches: all its entries. */
  whole: boolean;
  /** Otherwise, its entries shared into any of these channels (sorted). */
  channels: string[];
  /** Otherwise too, its entries shared with any of these members (sorted): the members read whole. */
  members: string[];
}

/** A town's subscriptions, or undefined when they cannot be read now (the town is down). */
export type SubscriptionsOf = (town: string) => Promise<readonly string[] | undefined>;

export interface SharingPlan {
  /** Per town code, what it contributes; a town absent contributes nothing. */
  towns: Map<string, TownShare>;
  /** Towns reached whose subscriptions could not be read: what they subscribe to is missing. */
  unread: string[];
  /** The channels reached (sorted): every town not read whole gives its entries shared into one of them. */
  channels: string[];
  /** The members read whole (sorted): every other town gives its entries shared with one of them too. */
  members: string[];
}

/**
 * The towns a shared listing reads, and what each gives: the towns asked for and, in turn,
 * every member their subscriptions name (`member:x`: its whole listing, with what it
 * subscribes to), then every other known town's entries shared into a channel any of them
 * subscribes to, or shared with one of them by name. Each member is visited once, so
 * subscriptions that loop end.
 */
export async function planSharing(
  asked: readonly string[],
  known: readonly string[],
  subscriptionsOf: SubscriptionsOf,
): Promise<SharingPlan> {
  const knownTowns = new Set(known);
  const whole = new Set<string>();
  const channels = new Set<string>();
  const unread: string[] = [];
  let frontier = asked.filter((code) => knownTowns.has(code));
  for (const code of frontier) whole.add(code);
  while (frontier.length > 0) {
    const subscriptions = await Promise.all(frontier.map(async (code) => ({ code, list: await subscriptionsOf(code) })));
    const next: string[] = [];
    for (const { code, list } of subscriptions) {
      if (!list) unread.push(code);
      for (const text of list ?? []) {
        const subscription = parseSubscription(text);
        if (!subscription) continue;
        if ('channel' in subscription) channels.add(subscription.channel);
        else if (knownTowns.has(subscription.member) && !whole.has(subscription.member)) {
          whole.add(subscription.member);
          next.push(subscription.member);
        }
      }
    }
    frontier = next;
  }
  const sortedChannels = [...channels].sort();
  const members = [...whole].sort();
  const towns = new Map<string, TownShare>();
  for (const code of known) {
    if (whole.has(code)) towns.set(code, { whole: true, channels: [], members: [] });
    // Any member may share an entry with one of those read whole: every other town is read for them.
    else if (members.length > 0) towns.set(code, { whole: false, channels: sortedChannels, members });
  }
  return { towns, unread: unread.sort(), channels: sortedChannels, members };
}
