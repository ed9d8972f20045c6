import { createTemporaryPostgresDatabase } from '@communes/town';
import { afterAll } from 'vitest';
import { defineSeededTownSuite } from './seeded-town-suite';

let database: Awaited<ReturnType<typeof createTemporaryPostgresDatabase>> | undefined;

defineSeededTownSuite('PostgreSQL', async () => {
  database = await createTemporaryPostgresDatabase('communes_e2e');
  return database.url;
});

afterAll(async () => {
  await database?.drop();
});
