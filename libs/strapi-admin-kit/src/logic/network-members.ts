import type { NetworkMember, NetworkMembersAnswer } from '@communes/strapi-kit';

export type { NetworkMember };

/** What the inputs know of the network: the town's answer, or nothing yet while it is asked. */
export type NetworkMembers = Omit<NetworkMembersAnswer, 'self' | 'status'> & {
  self?: string;
  status: NetworkMembersAnswer['status'] | 'loading';
};

/** Letters without accents or case: "Liège" and "liege" match. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The members to offer for what is typed: those whose name or identifier contains it, names
 * starting with it first, leaving out the ones already chosen and the town itself.
 */
export function suggestMembers(network: NetworkMembers, typed: string, chosen: readonly string[], limit = 6): NetworkMember[] {
  const wanted = fold(typed.trim());
  if (!wanted) return [];
  const left = network.members.filter((m) => !chosen.includes(m.code) && m.code !== network.self);
  const matching = left.filter((m) => fold(m.name).includes(wanted) || m.code.includes(wanted));
  const starts = (m: NetworkMember) => fold(m.name).startsWith(wanted) || m.code.startsWith(wanted);
  return [...matching.filter(starts), ...matching.filter((m) => !starts(m))].slice(0, limit);
}

/** How a chosen member reads on its tag: its name where the network knows it, else its identifier, flagged when the network does not list it. */
export function memberTag(network: NetworkMembers, code: string): { name?: string; unknown: boolean } {
  const known = network.members.find((m) => m.code === code);
  if (known) return { name: known.name, unknown: false };
  return { unknown: network.status === 'ok' };
}
