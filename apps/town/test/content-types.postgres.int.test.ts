import { afterAll } from 'vitest';
import { defineContentTypeSuite } from './content-types-suite';
import { createTemporaryPostgresDatabase } from '../lib/temporary-postgres-database';

let database: Awaited<ReturnType<typeof createTemporaryPostgresDatabase>> | undefined;

defineContentTypeSuite('PostgreSQL', async () => {
  database = await createTemporaryPostgresDatabase('communes_content_types');
  return database.url;
});

afterAll(async () => {
  await database?.drop();
});
