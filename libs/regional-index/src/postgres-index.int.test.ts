import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndex } from './read-index';
import { upsertEntries } from './write-entries';
import { defineAggregateSuite } from './aggregate-suite';
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
const aggregateSchema = `${schema}_aggregates`;
defineAggregateSuite('PostgreSQL', () => openPostgresIndex({ url, schema: aggregateSchema }));

afterAll(async () => {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.query(`drop schema if exists ${listSchema} cascade`);
  await client.query(`drop schema if exists ${aggregateSchema} cascade`);
  await client.end();
});

describe('several regions in one PostgreSQL database', () => {
  it("keeps each region's search when another region's schema is dropped", async () => {
    const [first, second] = [`${schema}_first`, `${schema}_second`];
    const one = await openPostgresIndex({ url, schema: first });
    const other = await openPostgresIndex({ url, schema: second });
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await one.close();
      await client.query(`drop schema ${first} cascade`);
      await upsertEntries(other, 'seneffe', 'news-item', [
        {
          documentId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
          locale: 'fr',
          data: { headline: 'Fête à Liège' },
          text: 'Fête à Liège',
          publishedAt: null,
          updatedAt: null,
        },
      ]);
      const hits = await searchIndex(other, { text: 'fete liege', locale: 'fr' });
      expect(hits.map((hit) => hit.documentId)).toEqual(['aaaaaaaaaaaaaaaaaaaaaaaa']);
    } finally {
      await other.close();
      await client.query(`drop schema if exists ${second} cascade`);
      await client.end();
    }
  });
});
