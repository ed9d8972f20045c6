import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRegionFixture, type FakeTown, startFakeTown } from '@communes/fake-town';
import { startHarvester } from '@communes/harvester';
import { type IndexDatabase, openEmbeddedIndex } from '@communes/regional-index';

export interface RegionTown {
  code: string;
  name: string;
  groups: Record<string, string>;
  /** A member kind other than a town's (`police-zone`...). */
  kind?: string;
}

/**
 * Fake towns holding every kind the dashboard asks about (`buildRegionFixture`), harvested once
 * by the real harvester into an embedded index, and their registry file: what a gateway over
 * the region needs, for this package's tests.
 */
export async function startHarvestedRegion(region: readonly RegionTown[], now: Date, scale = 1) {
  const towns: FakeTown[] = [];
  for (const [t, town] of region.entries())
    towns.push(
      await startFakeTown({ code: town.code, name: town.name, locales: ['fr'], entries: buildRegionFixture(town.code, t, now, scale) }),
    );
  const index: IndexDatabase = await openEmbeddedIndex({});
  const harvester = await startHarvester({
    index,
    towns: region.map((t, i) => ({ code: t.code, url: towns[i]!.url })),
    intervalMs: 3_600_000,
  });
  await harvester.harvestNow();
  const registryFile = join(mkdtempSync(join(tmpdir(), 'dashboard-region-')), 'towns.json');
  writeFileSync(
    registryFile,
    JSON.stringify({
      towns: region.map((t, i) => ({
        code: t.code,
        name: t.name,
        ...(t.kind ? { kind: t.kind } : {}),
        url: towns[i]!.url,
        locales: ['fr'],
        groups: t.groups,
      })),
    }),
  );
  return {
    registryFile,
    index,
    async stop() {
      await harvester.stop();
      await index.close();
      for (const town of towns) await town.stop();
    },
  };
}
