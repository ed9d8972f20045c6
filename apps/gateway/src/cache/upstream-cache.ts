import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Where upstream reads are kept for a short TTL: in this process, and in Redis where
 * replicas share them. Values are the JSON text of a town's answer.
 */
export interface UpstreamCacheStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

/** A store shared by replicas, which also lends a key to one of them at a time. */
export interface SharedCacheStore extends UpstreamCacheStore {
  /** Claims `key` for `ms`: true when the caller now holds it, false when another does, undefined when the store cannot tell. */
  claim(key: string, token: string, ms: number): Promise<boolean | undefined>;
  /** Gives a claim back, if it is still the caller's. */
  release(key: string, token: string): Promise<void>;
}

/** How a load's failure is told to the other replicas: only failures a replica could have met itself (a town's). */
export interface SharedErrorCodec {
  /** The failure as text, or undefined when it is not to be shared. */
  encode(error: unknown): string | undefined;
  decode(text: string): Error;
}

export interface UpstreamCacheOptions {
  /** This process's layer: read first, and what still serves when the shared store cannot. */
  local: UpstreamCacheStore;
  /** Redis, shared by replicas: answers, claims, and failures for a moment. */
  shared?: SharedCacheStore;
  ttlMs: number;
  /**
   * How long a replica holds a key it loads: at least its load's longest (the town timeout).
   * A replica that dies holding one blocks the others no longer than this.
   */
  claimMs?: number;
  /** How long the other replicas are told of a failed load instead of repeating it. Default 1 s. */
  failureMs?: number;
  errors?: SharedErrorCodec;
  /** The longest pause between two looks at a key another replica loads. Default 100 ms. */
  maxPollMs?: number;
}

export interface UpstreamCache {
  /**
   * The cached value of `key`, or `load()`'s. Identical loads in flight at the same moment
   * run once: in this process (request coalescing) and, with a shared store, across replicas.
   * `hit` is false only for the caller that loaded.
   */
  read(key: string, load: () => Promise<string>): Promise<{ value: string; hit: boolean }>;
  close(): Promise<void>;
}

/** A shared entry: `v` and the value, or `e` and a failure, after the time it expires (for local copies). */
const encodeEntry = (kind: 'v' | 'e', expires: number, text: string) => `${kind}${expires}\n${text}`;
function decodeEntry(raw: string | undefined): { kind: 'v' | 'e'; ttlMs: number; text: string } | undefined {
  if (raw === undefined) return undefined;
  const newline = raw.indexOf('\n');
  const kind = raw[0];
  const ttlMs = Number(raw.slice(1, newline)) - Date.now();
  if (newline < 0 || (kind !== 'v' && kind !== 'e') || !(ttlMs > 0)) return undefined;
  return { kind, ttlMs, text: raw.slice(newline + 1) };
}

/**
 * The upstream cache of one replica. Without a shared store: a local TTL cache with request
 * coalescing. With one (Redis), a miss in both layers is a cross-replica single flight: the
 * replica that claims the key loads it and shares the answer; the others look at the key,
 * more and more slowly, until it comes, or until the claim is gone without it (the holder
 * failed or died), when one of them claims and loads. A failed load is shared for
 * `failureMs`, so that replicas do not each repeat a town's timeout. Where Redis fails, each
 * replica loads for itself and keeps answers locally: towns see more requests, clients no
 * errors.
 */
export function createUpstreamCache({
  local,
  shared: sharedStore,
  ttlMs,
  claimMs = 10_000,
  failureMs = 1000,
  errors,
  maxPollMs = 100,
}: UpstreamCacheOptions): UpstreamCache {
  const inFlight = new Map<string, Promise<{ value: string; hit: boolean }>>();
  // Without a TTL nothing is kept, nor shared: every read loads (coalesced in this process).
  const shared = ttlMs > 0 ? sharedStore : undefined;

  const fromShared = (raw: string | undefined) => {
    const entry = decodeEntry(raw);
    if (!entry) return undefined;
    if (entry.kind === 'e') throw errors ? errors.decode(entry.text) : new Error('another replica failed to load this');
    return entry;
  };

  async function loadAndShare(key: string, load: () => Promise<string>, token?: string): Promise<{ value: string; hit: boolean }> {
    try {
      const value = await load();
      await local.set(key, value, ttlMs);
      await shared?.set(key, encodeEntry('v', Date.now() + ttlMs, value), ttlMs);
      return { value, hit: false };
    } catch (error) {
      const failure = errors?.encode(error);
      if (shared && failure !== undefined && failureMs > 0)
        await shared.set(key, encodeEntry('e', Date.now() + failureMs, failure), failureMs);
      throw error;
    } finally {
      if (shared && token) await shared.release(key, token);
    }
  }

  /** A miss in this process: another replica's answer, or this one's load. */
  async function resolve(key: string, load: () => Promise<string>): Promise<{ value: string; hit: boolean }> {
    if (!shared) return loadAndShare(key, load);
    const token = randomBytes(12).toString('base64url');
    for (let pause = 5; ; pause = Math.min(pause * 2, maxPollMs)) {
      const entry = fromShared(await shared.get(key));
      if (entry) {
        await local.set(key, entry.text, entry.ttlMs);
        return { value: entry.text, hit: true };
      }
      const claimed = await shared.claim(key, token, claimMs);
      if (claimed) {
        // The holder before may have written its answer (or failure) and let go between the
        // look above and this claim: then the next look takes it.
        if (decodeEntry(await shared.get(key))) {
          await shared.release(key, token);
          continue;
        }
        return loadAndShare(key, load, token);
      }
      // Redis cannot tell: load alone.
      if (claimed === undefined) return loadAndShare(key, load);
      await sleep(pause);
    }
  }

  return {
    async read(key, load) {
      if (ttlMs > 0) {
        const held = await local.get(key);
        if (held !== undefined) return { value: held, hit: true };
      }
      let pending = inFlight.get(key);
      if (!pending) {
        pending = resolve(key, load).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
        // A coalesced caller did not load: for it, the answer is a hit.
        return pending;
      }
      return { value: (await pending).value, hit: true };
    },
    async close() {
      await local.close();
      await shared?.close();
    },
  };
}
