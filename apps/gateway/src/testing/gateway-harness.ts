import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexDatabase } from '@communes/regional-index';
import type { GatewayConfig } from '../config';
import { startGateway } from '../start-gateway';

export interface HarnessTown {
  code: string;
  url: string;
  locales?: string[];
  groups?: Record<string, string>;
  kind?: string;
}

/** A gateway on a free port over the given towns, and a client that posts GraphQL to it. */
export async function startGatewayOver(towns: HarnessTown[], config: Partial<GatewayConfig> & { index?: IndexDatabase } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-'));
  const registryFile = join(dir, 'towns.json');
  writeFileSync(registryFile, JSON.stringify({ towns: towns.map((t) => ({ name: t.code, locales: ['fr'], groups: {}, ...t })) }));
  const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', ...config });
  const query = async <T = Record<string, unknown>>(text: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    return {
      status: response.status,
      ...((await response.json()) as {
        data?: T;
        errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
        extensions?: Record<string, unknown>;
      }),
    };
  };
  return { ...gateway, registryFile, query };
}
