#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Serves a town: its identity from the environment (see README), headless unless
 * TOWN_ADMIN_PANEL=true (after `npm run admin:build`). Prints one JSON line when it listens,
 * so that launchers and tests learn its URL even on PORT=0. Stops cleanly on SIGINT/SIGTERM.
 */
const { loadTown, stopTown } = require('../lib/load-town');
const { loadTownSettings } = require('../lib/town-settings');

async function main() {
  const town = loadTownSettings();
  const strapi = await loadTown({ adminPanel: process.env.TOWN_ADMIN_PANEL === 'true' });
  await strapi.listen();
  const address = /** @type {import('node:net').AddressInfo} */ (strapi.server.httpServer.address());
  const url = `http://${town.host}:${address.port}`;
  process.stdout.write(`${JSON.stringify({ event: 'listening', town: town.code, url, api: `${url}/api` })}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stopTown(strapi);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
