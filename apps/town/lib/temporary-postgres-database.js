// @ts-check
'use strict';

const { randomBytes } = require('node:crypto');
const { Client } = require('pg');

/** The PostgreSQL these machines start before every session and before CI. */
const POSTGRES_ADMIN_URL = process.env.COMMUNES_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A PostgreSQL database of its own for one test file or one benchmark, since two Strapi
 * processes must never share one. `drop()` removes it, connections included.
 * @param {string} prefix
 * @returns {Promise<{ url: string, drop(): Promise<void> }>}
 */
async function createTemporaryPostgresDatabase(prefix) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  /** @param {string} sql */
  const admin = async (sql) => {
    const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

module.exports = { createTemporaryPostgresDatabase, POSTGRES_ADMIN_URL };
