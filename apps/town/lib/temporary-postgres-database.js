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

/**
 * A named database kept between runs (a benchmark's seeded data set), created if missing.
 * @param {string} name
 * @returns {Promise<string>} its URL
 */
async function ensurePostgresDatabase(name) {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a plain database name.`);
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

module.exports = { createTemporaryPostgresDatabase, ensurePostgresDatabase, POSTGRES_ADMIN_URL };
