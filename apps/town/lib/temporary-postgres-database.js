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
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * Keeps a copy of a database under `templateName`, for `restorePostgresDatabase` to clone: a
 * seeded town is seeded once per test run, not once per suite. Resolves false when another
 * process made that template first (theirs is the same seed). Nothing may be connected to
 * the source meanwhile.
 * @param {string} sourceUrl
 * @param {string} templateName
 * @returns {Promise<boolean>}
 */
async function snapshotPostgresDatabase(sourceUrl, templateName) {
  const source = plainDatabaseName(new URL(sourceUrl).pathname.slice(1));
  try {
    await adminQuery(`CREATE DATABASE "${plainDatabaseName(templateName)}" TEMPLATE "${source}"`);
    return true;
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code === '42P04') return false; // duplicate_database
    throw error;
  }
}

/**
 * Replaces the database of `targetUrl` by a copy of the template (same name, so its URL
 * and its `drop()` stay valid).
 * @param {string} targetUrl
 * @param {string} templateName
 */
async function restorePostgresDatabase(targetUrl, templateName) {
  const target = plainDatabaseName(new URL(targetUrl).pathname.slice(1));
  const template = plainDatabaseName(templateName);
  await adminQuery(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`);
  // Two suites cloning one template at once: PostgreSQL refuses a copy while another
  // session is in the template, so a refused one is tried again.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${target}" TEMPLATE "${template}"`);
      return;
    } catch (error) {
      if (/** @type {{ code?: string }} */ (error).code !== '55006' || attempt === 20) throw error; // object_in_use
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * Drops every database whose name starts with `prefix` (a test run's templates).
 * @param {string} prefix
 */
async function dropPostgresDatabases(prefix) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [plainDatabaseName(prefix)]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** @param {string} sql */
async function adminQuery(sql) {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Database names are written into SQL, so only plain ones pass.
 * @param {string} name
 */
function plainDatabaseName(name) {
  if (!/^[a-z][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a plain database name.`);
  return name;
}

/**
 * A named database kept between runs (a benchmark's seeded data set), created if missing.
 * @param {string} name
 * @returns {Promise<string>} its URL
 */
async function ensurePostgresDatabase(name) {
  plainDatabaseName(name);
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

module.exports = {
  createTemporaryPostgresDatabase,
  ensurePostgresDatabase,
  snapshotPostgresDatabase,
  restorePostgresDatabase,
  dropPostgresDatabases,
  POSTGRES_ADMIN_URL,
};
