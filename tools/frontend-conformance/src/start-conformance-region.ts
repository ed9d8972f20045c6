import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeTown } from '@communes/fake-town';
import { startGateway } from '@communes/gateway';
import { CONFORMANCE_EVENTS } from './conformance-events';

/**
 * What a front-end team points its tools at: a real gateway on a free port, over HTTP, over
 * two fake towns speaking the towns' contract (Eupen in German and French, Seneffe in French).
 * `url` is the GraphQL endpoint.
 */
export async function startConformanceRegion() {
  const eupen = await startFakeTown({ code: 'eupen', locales: ['de', 'fr'], entries: { event: CONFORMANCE_EVENTS.eupen } });
  const seneffe = await startFakeTown({ code: 'seneffe', locales: ['fr'], entries: { event: CONFORMANCE_EVENTS.seneffe } });
  const dir = mkdtempSync(join(tmpdir(), 'frontend-conformance-'));
  const registryFile = join(dir, 'towns.json');
  const towns = [
    { code: 'eupen', name: 'Eupen', url: eupen.url, locales: ['de', 'fr'], groups: { region: 'wallonia' } },
    { code: 'seneffe', name: 'Seneffe', url: seneffe.url, locales: ['fr'], groups: { region: 'wallonia' } },
  ];
  writeFileSync(registryFile, JSON.stringify({ towns }));
  const gateway = await startGateway({ registryFile, port: 0, logLevel: 'silent', cacheTtlMs: 0 });
  return {
    url: gateway.url,
    async stop() {
      await gateway.stop();
      await Promise.all([eupen.stop(), seneffe.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
