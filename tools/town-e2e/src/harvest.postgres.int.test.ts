import { randomBytes } from 'node:crypto';
import { openPostgresIndex } from '@communes/regional-index';
import { createTemporaryPostgresDatabase } from '@communes/town';
import { afterAll } from 'vitest';
import { defineHarvestSuite } from './harvest-suite';

let town: Awaited<ReturnType<typeof createTemporaryPostgresDatabase>> | undefined;
let index: Awaited<ReturnType<typeof createTemporaryPostgresDatabase>> | undefined;

// A town on PostgreSQL, the index on PostgreSQL (its own database, in a region's schema): production.
defineHarvestSuite(
  'PostgreSQL, into PostgreSQL',
  async () => {
    town = await createTemporaryPostgresDatabase('communes_harvest_town');
    return town.url;
  },
  async () => {
    index = await createTemporaryPostgresDatabase('communes_harvest_index');
    return openPostgresIndex({ url: index.url, schema: `region_${randomBytes(3).toString('hex')}` });
  },
);

afterAll(async () => {
  await town?.drop();
  await index?.drop();
});
