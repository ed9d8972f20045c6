import { type NetworkMember, parseNetworkMembers } from './parse-network-members';

const QUERY = '{ towns { code name kind } }';
const TIMEOUT_MS = 3_000;
const FRESH_MS = 5 * 60_000;
/** After a failure, pages are not kept waiting on a gateway that is down: it is asked again after this. */
const RETRY_MS = 30_000;
const MAX_BODY_BYTES = 1_000_000;

/** What the admin's inputs get: the members, and whether the list is the network's now, an older one, or none. */
export interface NetworkMembers {
  members: NetworkMember[];
  status: 'ok' | 'stale' | 'unavailable' | 'not-configured';
}

/**
 * Reads the network's members from its gateway (`network.url`, a GraphQL endpoint), at most
 * every five minutes; when the gateway fails, the last list read is served as `stale`, or none
 * (`unavailable`): the inputs then take identifiers typed, as without a network.
 */
export function createNetworkMembersClient(url: string | undefined, warn: (message: string) => void, now: () => number = Date.now) {
  let last: { members: NetworkMember[]; at: number } | undefined;
  let pending: Promise<NetworkMembers> | undefined;
  let failedAt = Number.NEGATIVE_INFINITY;
  const fallback = (): NetworkMembers => (last ? { members: last.members, status: 'stale' } : { members: [], status: 'unavailable' });

  const fetchMembers = async (gateway: string): Promise<NetworkMembers> => {
    try {
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: QUERY }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const members = parseNetworkMembers(JSON.parse(await readCapped(response, MAX_BODY_BYTES)));
      if (!members) throw new Error('no list of towns in the answer');
      last = { members, at: now() };
      return { members, status: 'ok' };
    } catch (error) {
      failedAt = now();
      warn(`[communes-core] the network's members could not be read from ${gateway}: ${(error as Error).message}`);
      return fallback();
    }
  };

  return {
    async read(): Promise<NetworkMembers> {
      if (!url) return { members: [], status: 'not-configured' };
      if (last && now() - last.at < FRESH_MS) return { members: last.members, status: 'ok' };
      if (now() - failedAt < RETRY_MS) return fallback();
      // One request at a time, however many editors open a form at once.
      pending ??= fetchMembers(url).finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}

/** The body as text, given up past `max` bytes: a gateway cannot make the town read without end. */
async function readCapped(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`answer longer than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
