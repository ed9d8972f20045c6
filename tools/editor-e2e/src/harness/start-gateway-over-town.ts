import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '@communes/gateway';
import type { EditorTown } from './start-editor-town';

export interface GatewayOverTown {
  /** The GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The real gateway over the editor's town, as a front end reads it: a registry file naming the
 * town, no cache (each query reads what the town holds now).
 */
export async function startGatewayOverTown(town: EditorTown): Promise<GatewayOverTown> {
  const dir = mkdtempSync(join(tmpdir(), 'communes-editor-e2e-gateway-'));
  const registryFile = join(dir, 'towns.json');
  writeFileSync(
    registryFile,
    JSON.stringify({ towns: [{ code: town.code, name: town.name, url: town.url, locales: town.locales, groups: {} }] }),
  );
  try {
    const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
    return {
      url: gateway.url,
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
