import { isMemberCode } from '@communes/domain';

/** A member of the network as the admin's inputs offer it: its identifier, its name and its kind. */
export interface NetworkMember {
  code: string;
  name: string;
  /** The gateway's MemberKind (`TOWN`, `POLICE_ZONE`, ...). */
  kind: string;
}

/** More than any network the gateway federates; a longer list is cut, not trusted. */
export const MAX_NETWORK_MEMBERS = 2000;
const MAX_NAME = 120;
const KIND = /^[A-Z][A-Z_]{0,39}$/;

/**
 * The members in the gateway's answer to `{ towns { code name kind } }`. The gateway is the
 * network's, but a broken or hostile one must not put anything else in an editor's page:
 * entries that are not a member's code with a short name are left out, names are cut and
 * stripped of control characters, a code listed twice counts once. Undefined when the answer
 * is not a list of towns at all.
 */
export function parseNetworkMembers(body: unknown): NetworkMember[] | undefined {
  const towns = (body as { data?: { towns?: unknown } } | null)?.data?.towns;
  if (!Array.isArray(towns)) return undefined;
  const members = new Map<string, NetworkMember>();
  for (const town of towns.slice(0, MAX_NETWORK_MEMBERS)) {
    const { code, name, kind } = (town ?? {}) as Record<string, unknown>;
    if (!isMemberCode(code) || typeof name !== 'string' || members.has(code)) continue;
    const shown = name
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, MAX_NAME);
    members.set(code, { code, name: shown || code, kind: typeof kind === 'string' && KIND.test(kind) ? kind : 'TOWN' });
  }
  return [...members.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
