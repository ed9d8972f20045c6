import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { UpstreamCacheStore } from './upstream-cache';

/** A whole GraphQL answer as it was sent: its content type and its bytes. */
export interface CachedAnswer {
  contentType: string;
  body: string;
  /** Milliseconds it stays fresh from now. */
  ttlMs: number;
}

export interface OperationCache {
  /** The key of a request: everything of it that Apollo reads to answer, nothing else. */
  keyOf(req: IncomingMessage, search: string, body: string): string;
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, contentType: string, body: string): Promise<void>;
}

/**
 * The headers Apollo reads: `accept` picks the answer's content type; `content-type`,
 * `apollo-require-preflight` and `x-apollo-operation-name` decide whether a GET passes its
 * CSRF prevention. A request that differs in any of them is another request: a cached answer
 * must never let through one that Apollo would refuse.
 */
const KEYED_HEADERS = ['accept', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'] as const;

/**
 * Whole answers of cacheable operations (queries answered by every town, without any error),
 * for a TTL no longer than the towns' own answers are kept: a warm request is then a lookup
 * and a write, without parsing, validating, executing or serializing anything. The GraphQL
 * API is public and the same for every client (no credential, cookie or header changes an
 * answer besides those keyed), so an answer is shared by every client that sends the same
 * request. Values live in `local` (this process), and in `shared` (Redis) where replicas
 * share a cache; an answer read from `shared` is kept locally only for what remains of its TTL.
 * `ttlMs` is above 0 (the gateway makes no operation cache otherwise). `towns` is the registry in force: a key holds it (hashed), so a registry reloaded with
 * another town, or another address, never meets an answer made before, and replicas with the
 * same registry share their answers.
 */
export function createOperationCache(
  ttlMs: number,
  towns: () => object,
  local: UpstreamCacheStore,
  shared?: UpstreamCacheStore,
): OperationCache {
  const registryHashes = new WeakMap<object, string>();
  const registryHash = () => {
    const registry = towns();
    let hash = registryHashes.get(registry);
    if (!hash) {
      hash = createHash('sha256').update(JSON.stringify(registry)).digest('base64url');
      registryHashes.set(registry, hash);
    }
    return hash;
  };
  const encode = (expires: number, contentType: string, body: string) => `${expires}\n${contentType}\n${body}`;
  const decode = (value: string): CachedAnswer | undefined => {
    const first = value.indexOf('\n');
    const second = value.indexOf('\n', first + 1);
    const ttl = Number(value.slice(0, first)) - Date.now();
    if (first < 0 || second < 0 || !(ttl > 0)) return undefined;
    return { contentType: value.slice(first + 1, second), body: value.slice(second + 1), ttlMs: ttl };
  };
  return {
    keyOf(req, search, body) {
      const hash = createHash('sha256');
      hash.update(`${registryHash()}\0${req.method}\0${search}\0`);
      for (const name of KEYED_HEADERS) hash.update(`${req.headers[name] ?? ''}\0`);
      hash.update(body);
      return `op:${hash.digest('base64url')}`;
    },
    async get(key) {
      const held = await local.get(key);
      if (held !== undefined) return decode(held);
      const value = shared ? await shared.get(key) : undefined;
      const answer = value === undefined ? undefined : decode(value);
      if (answer) await local.set(key, value!, answer.ttlMs);
      return answer;
    },
    async set(key, contentType, body) {
      const value = encode(Date.now() + ttlMs, contentType, body);
      await local.set(key, value, ttlMs);
      await shared?.set(key, value, ttlMs);
    },
  };
}
