import { afterAll } from 'vitest';
import { createTemporaryPostgresDatabase } from '../lib/temporary-postgres-database';
import { defineChangeFeedSuite } from './change-feed-suite';

let database: Awaited<ReturnType<typeof createTemporaryPostgresDatabase>> | undefined;

defineChangeFeedSuite(
  'PostgreSQL',
  async () => {
    database = await createTemporaryPostgresDatabase('communes_change_feed');
    return database.url;
  },
  true,
);

afterAll(async () => {
  await database?.drop();
});
