// @ts-check
'use strict';

const { APP_ROOT } = require('./town-settings');

/**
 * Loads the town's Strapi in this process: register and bootstrap, no HTTP. The environment
 * (TOWN_*, DATABASE_URL) must be set before. Strapi is one per process.
 * @param {{ adminPanel?: boolean }} [options]
 * @returns {Promise<import('@strapi/strapi').Core.Strapi>}
 */
async function loadTown({ adminPanel = false } = {}) {
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  // The CommonJS build: Strapi's ESM build imports 'lodash/fp' as a directory, which
  // Node's ESM loader (and so Vitest) refuses.
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: APP_ROOT, distDir: APP_ROOT, autoReload: false, serveAdminPanel: adminPanel });
  await strapi.load();
  return strapi;
}

/**
 * Stops a town loaded with loadTown. Strapi's destroy() ends with
 * process.removeAllListeners(), which would also cut a test runner's channel to its worker.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 */
async function stopTown(strapi) {
  await waitForIdleDatabase(strapi);
  const removeAllListeners = process.removeAllListeners;
  process.removeAllListeners = () => process;
  try {
    await strapi.destroy();
  } finally {
    process.removeAllListeners = removeAllListeners;
  }
}

/**
 * Strapi finishes some work after a write resolves (events, webhooks); destroying the
 * connection pool under it aborts those queries with an unhandled rejection. Wait until no
 * connection is in use or awaited, for at most `timeoutMs`.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 */
async function waitForIdleDatabase(strapi, timeoutMs = 10_000) {
  const pool = /** @type {{ numUsed(): number, numPendingAcquires(): number } | undefined} */ (
    /** @type {any} */ (strapi.db?.connection)?.client?.pool
  );
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

module.exports = { loadTown, stopTown };
