import { createTemporaryPostgresDatabase } from '@communes/town';
import { afterAll } from 'vitest';
import { defineClosedSessionSuite } from './closed-session-suite';

let database: Awaited<ReturnType<typeof createTemporaryPostgresDatabase>> | undefined;

defineClosedSessionSuite('SQLite', async () => undefined);

defineClosedSessionSuite('PostgreSQL', async () => {
  database = await createTemporaryPostgresDatabase('communes_closed');
  return database.url;
});

afterAll(async () => {
  await database?.drop();
});
