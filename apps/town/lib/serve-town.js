// @ts-check
'use strict';

const { stopTown } = require('./load-town');
const { loadTownSettings } = require('./town-settings');

/**
 * Serves a loaded town over HTTP. Prints one JSON line when it listens, so that launchers and
 * tests learn its URL even on PORT=0. Stops cleanly on SIGINT/SIGTERM.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 */
async function serveTown(strapi) {
  const town = loadTownSettings();
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

module.exports = { serveTown };
