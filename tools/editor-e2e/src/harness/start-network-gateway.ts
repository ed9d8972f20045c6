import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '@communes/gateway';
import type { EditorTown } from './start-editor-town';

export interface NetworkGateway {
  /** The GraphQL endpoint. */
  url: string;
  /** Adds the editor's town to the registry and resolves once the gateway serves it. */
  federate(town: EditorTown): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Members of the network beside the editor's town, for its admin to offer by name. They serve
 * nothing (nothing listens at their address): scenarios read the editor's town only.
 */
export const NEIGHBOURS = [
  { code: 'seneffe', name: 'Seneffe', kind: 'town' },
  { code: 'sambreville', name: 'Sambreville', kind: 'town' },
  { code: 'zone-police-sambre', name: 'Zone de police Sambre-Orneau', kind: 'police-zone' },
] as const;

/**
 * The real gateway, as a front end reads it and as the town's admin reads its network: a
 * registry file, no cache (each query reads what the town holds now). Started before the town,
 * which is told its URL (TOWN_NETWORK_URL), then given the town through the registry, which
 * the gateway reloads on change.
 */
export async function startNetworkGateway(): Promise<NetworkGateway> {
  const dir = mkdtempSync(join(tmpdir(), 'communes-editor-e2e-gateway-'));
  const registryFile = join(dir, 'towns.json');
  const neighbours = NEIGHBOURS.map((member) => ({ ...member, url: 'http://127.0.0.1:9', locales: ['fr'], groups: {} }));
  const writeRegistry = (towns: unknown[]) => writeFileSync(registryFile, JSON.stringify({ towns }));
  writeRegistry(neighbours);
  try {
    const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
    return {
      url: gateway.url,
      async federate(town) {
        writeRegistry([...neighbours, { code: town.code, name: town.name, url: town.url, locales: town.locales, groups: {} }]);
        const deadline = Date.now() + 30_000;
        while (!(await serves(gateway.url, town.code))) {
          if (Date.now() > deadline) throw new Error(`The gateway did not federate ${town.code} within 30 s of the registry's change.`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      },
      async stop() {
        try {
          await gateway.stop();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function serves(url: string, code: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($code: String!) { town(code: $code) { code } }', variables: { code } }),
  });
  return ((await response.json()) as { data?: { town?: { code?: string } | null } }).data?.town?.code === code;
}
