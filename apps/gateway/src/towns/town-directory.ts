import { GatewayErrorCode } from '../errors';
import { GraphQLError } from 'graphql';
import type { UpstreamCache } from '../cache/upstream-cache';
import type { GatewayConfig } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { RegistrySource } from '../registry/registry-file';
import type { RegisteredTown } from '../registry/town-registry';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker';
import type { SharedOutages } from './shared-outages';
import { createTownClient, outageKeyOf, type TownClient } from './town-client';
import { createTownHealth, type TownHealth } from './town-health';
import { toTownManifest, type TownManifest } from './town-manifest';

const MANIFEST_TTL_MS = 60_000;

export interface TownEntry {
  town: RegisteredTown;
  client: TownClient;
  health: TownHealth;
  breaker: CircuitBreaker;
}

/**
 * The towns the registry lists, each with its client, health and circuit. Follows registry
 * reloads: a town whose address or token changed gets a new client; its health stays.
 */
export function createTownDirectory(
  registry: RegistrySource,
  deps: { config: GatewayConfig; cache: UpstreamCache; metrics: Metrics; outages?: SharedOutages; logger?: Logger },
) {
  const entries = new Map<string, TownEntry>();
  const manifests = new Map<string, { manifest: Promise<TownManifest>; at: number }>();
  let builtFrom: unknown;

  const sync = () => {
    const current = registry.current();
    if (current === builtFrom) return;
    builtFrom = current;
    const codes = new Set(current.towns.map((t) => t.code));
    for (const code of entries.keys()) if (!codes.has(code)) entries.delete(code);
    for (const town of current.towns) {
      const previous = entries.get(town.code);
      if (
        previous &&
        previous.town.url === town.url &&
        previous.town.token === town.token &&
        previous.town.writeToken === town.writeToken
      ) {
        previous.town = town;
        continue;
      }
      if (previous) manifests.delete(town.code);
      const { outages } = deps;
      // The town as it is when the circuit changes: its address may have been reloaded since.
      const outageKey = () => outageKeyOf(entries.get(town.code)?.town ?? town);
      const breaker =
        previous?.breaker ??
        createCircuitBreaker({
          failures: deps.config.circuit.failures,
          openMs: deps.config.circuit.openMs,
          onOpen: (until) => void outages?.markDown(outageKey(), until),
          onClose: () => void outages?.markUp(outageKey()),
        });
      const health = previous?.health ?? createTownHealth(breaker, deps.config.townTimeoutMs / 2);
      entries.set(town.code, {
        town,
        breaker,
        health,
        client: createTownClient({
          town,
          timeoutMs: deps.config.townTimeoutMs,
          maxResponseBytes: deps.config.maxTownResponseBytes,
          cache: deps.cache,
          breaker,
          health,
          metrics: deps.metrics,
          outages,
          logger: deps.logger,
        }),
      });
    }
  };

  return {
    all(): TownEntry[] {
      sync();
      return [...entries.values()];
    },
    get(code: string): TownEntry | undefined {
      sync();
      return entries.get(code);
    },
    /** The towns an operation asks for: by code, by group, or all; an unknown one is an error. */
    select(codes?: readonly string[] | null, group?: string | null): TownEntry[] {
      sync();
      let selected = [...entries.values()];
      if (codes?.length) {
        const unknown = codes.filter((c) => !entries.has(c));
        if (unknown.length)
          throw new GraphQLError(`Unknown town${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, {
            extensions: { code: GatewayErrorCode.UnknownTown, towns: unknown },
          });
        selected = selected.filter((e) => codes.includes(e.town.code));
      }
      if (group) {
        selected = selected.filter(
          (e) =>
            Object.values(e.town.groups).includes(group) ||
            Object.entries(e.town.groups).some(([kind, code]) => `${kind}:${code}` === group),
        );
        if (selected.length === 0)
          throw new GraphQLError(`Unknown group "${group}".`, { extensions: { code: GatewayErrorCode.UnknownTown, group } });
      }
      return selected;
    },
    /** The town's manifest, kept a minute: what kinds and fields it serves, in which locales. */
    manifest(entry: TownEntry, requestId?: string): Promise<TownManifest> {
      const cached = manifests.get(entry.town.code);
      if (cached && Date.now() - cached.at < MANIFEST_TTL_MS) return cached.manifest;
      const manifest = entry.client
        .get('/communes-core/manifest', new URLSearchParams(), requestId)
        .then((value) => toTownManifest(entry.town.code, value));
      manifests.set(entry.town.code, { manifest, at: Date.now() });
      manifest.catch(() => manifests.delete(entry.town.code));
      return manifest;
    },
  };
}

export type TownDirectory = ReturnType<typeof createTownDirectory>;
