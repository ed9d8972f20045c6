import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll } from 'vitest';
import { defineIndexSuite } from './index-suite';
import { defineListPageSuite } from './list-page-suite';
import { openPostgresIndex } from './open-postgres-index';

const url = process.env.INDEX_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `index_test_${randomBytes(4).toString('hex')}`;

defineIndexSuite(
  'PostgreSQL',
  () => openPostgresIndex({ url, schema }),
  () => openPostgresIndex({ url, schema }),
);

const listSchema = `${schema}_lists`;
defineListPageSuite('PostgreSQL', () => openPostgresIndex({ url, schema: listSchema }));

afterAll(async () => {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.query(`drop schema if exists ${listSchema} cascade`);
  await client.end();
});
