import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractTown, TownFixture } from '@communes/fake-town/contract';
import { createTemporaryPostgresDatabase, startTownProcess } from '@communes/town';
import { runTownFixture } from './run-town-fixture';

/**
 * A real town holding the contract's fixture and nothing else: a fresh SQLite file, or a
 * PostgreSQL database of its own, written by `fixtures/write-town-fixture.js` through
 * Strapi's Document and upload services before the town's own start script serves it.
 */
export async function startContractTown(fixture: TownFixture, database: 'sqlite' | 'postgres'): Promise<ContractTown> {
  const root = mkdtempSync(join(tmpdir(), 'communes-contract-'));
  const postgres = database === 'postgres' ? await createTemporaryPostgresDatabase('communes_contract') : undefined;
  const { code, name, locales } = fixture.town;
  const env = {
    TOWN_CODE: code,
    TOWN_NAME: name,
    TOWN_LOCALES: locales.join(','),
    TOWN_DATA_DIR: join(root, code),
    DATABASE_URL: postgres?.url ?? '',
  };
  const cleanUp = async () => {
    await postgres?.drop();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    writeFileSync(join(root, 'fixture.json'), JSON.stringify(fixture));
    await runTownFixture('write-town-fixture.js', { ...env, TOWN_FIXTURE_FILE: join(root, 'fixture.json') });
    const town = await startTownProcess({ env });
    return {
      api: town.api,
      async stop() {
        await town.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
