import { type AddedMember, addMember } from './member-list';

const MEMBER_PREFIX = 'member:';

/** The subscriptions as the page shows them: channels ticked, members as tags. */
export interface SharingForm {
  channels: string[];
  members: string[];
}

/** Splits `['wallonia', 'member:seneffe']` into what the page shows. */
export function toSharingForm(subscriptions: readonly string[]): SharingForm {
  return {
    channels: subscriptions.filter((s) => !s.startsWith(MEMBER_PREFIX)),
    members: subscriptions.filter((s) => s.startsWith(MEMBER_PREFIX)).map((s) => s.slice(MEMBER_PREFIX.length)),
  };
}

/** What the page saves: the channels (ticked in the network's order, see toggleCode), then the members. */
export const toSubscriptions = (form: SharingForm): string[] => [
  ...form.channels,
  ...form.members.map((code) => `${MEMBER_PREFIX}${code}`),
];

/** The members followed with one the admin typed; a member cannot follow itself. */
export function addFollowedMember(members: readonly string[], typed: string, ownCode: string): AddedMember | { problem: 'memberIsSelf' } {
  const added = addMember(members, typed);
  if ('problem' in added) return added;
  return added.codes.at(-1) === ownCode ? { problem: 'memberIsSelf' } : added;
}

/** Whether two lists of subscriptions follow the same (order aside). */
export const sameSubscriptions = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));
