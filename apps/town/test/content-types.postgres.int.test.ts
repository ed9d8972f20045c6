import { afterAll } from 'vitest';
import { defineContentTypeSuite } from './content-types-suite';
import { createTemporaryPostgresDatabase, type TemporaryDatabase } from './temporary-postgres-database';

let database: TemporaryDatabase | undefined;

defineContentTypeSuite('PostgreSQL', async () => {
  database = await createTemporaryPostgresDatabase('communes_content_types');
  return database.url;
});

afterAll(async () => {
  await database?.drop();
});
