import { sharingChannel } from '../vocabularies/sharing-channel';

/**
 * What a member subscribes to, as its operator writes it: a channel (`wallonia`), whose
 * shared entries join the member's listings, or another member (`member:seneffe`), whose
 * whole listing joins them, with what that member subscribes to in turn.
 */
export type Subscription = { channel: string } | { member: string };

const CHANNELS: ReadonlySet<string> = new Set(sharingChannel.codes.map((c) => c.code));

/** Whether a code is one of the network's sharing channels. */
export const isSharingChannel = (code: string): boolean => CHANNELS.has(code);
const MEMBER_CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const MEMBER_PREFIX = 'member:';

/** Whether a text is written as a member's code (lower case letters, digits and dashes). */
export const isMemberCode = (text: unknown): text is string => typeof text === 'string' && MEMBER_CODE.test(text);

/** At most this many subscriptions per member: a listing asks every town they reach. */
export const MAX_SUBSCRIPTIONS = 50;

/** Reads one subscription; undefined when it is neither a known channel nor `member:<code>`. */
export function parseSubscription(text: string): Subscription | undefined {
  if (isSharingChannel(text)) return { channel: text };
  const code = text.startsWith(MEMBER_PREFIX) ? text.slice(MEMBER_PREFIX.length) : undefined;
  return isMemberCode(code) ? { member: code } : undefined;
}

/** What is wrong with a list of subscriptions, in words for the operator; undefined when nothing is. */
export function subscriptionsProblem(value: unknown): string | undefined {
  if (!Array.isArray(value)) return `expected a list of channels or member:<code>, got ${JSON.stringify(value)}`;
  if (value.length > MAX_SUBSCRIPTIONS) return `expected at most ${MAX_SUBSCRIPTIONS} subscriptions, got ${value.length}`;
  const bad = value.find((item) => typeof item !== 'string' || !parseSubscription(item));
  if (bad !== undefined)
    return `${JSON.stringify(bad)} is neither a channel (${[...CHANNELS].join(', ')}) nor member:<code> (a member's code, lower case)`;
  return undefined;
}
