// @ts-check
'use strict';

const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const TOKEN_NAME = 'communes-service-request-create';
const TOKEN_FILE = 'service-request-token';
/**
 * Creating a service request is all the token is for. Strapi also checks read access to a
 * relation's target before it links one, so the token may read the (public) service types
 * that a request points to; it reads no service request, and writes nothing else.
 */
const PERMISSIONS = ['plugin::communes-requests.service-request.create', 'plugin::communes-requests.service-type.find'];

/**
 * The town's create-only API token, as its first start wrote it into the data folder, or
 * undefined before that. The gateway's registry entry takes it as `writeToken`.
 * @param {string} dataDir
 * @returns {string | undefined}
 */
function readServiceRequestToken(dataDir) {
  const file = join(dataDir, TOKEN_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * Makes, once per database, a custom Strapi API token allowed only to create service
 * requests, and keeps its key in the data folder beside the town's other generated secrets
 * (never in git). Strapi stores only a hash of the key: when the file is lost, or the
 * database is new, the token is regenerated and the file rewritten.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @param {string} dataDir
 */
async function ensureServiceRequestToken(strapi, dataDir) {
  if (!strapi.plugin('communes-requests')) return;
  const tokens = strapi.service('admin::api-token');
  const existing = await tokens.getByName(TOKEN_NAME);
  const saved = readServiceRequestToken(dataDir);
  if (existing && saved && (await tokens.getByAccessKey(tokens.hash(saved)))?.id === existing.id) return;
  const { accessKey } = existing
    ? await tokens.regenerate(existing.id)
    : await tokens.create({
        name: TOKEN_NAME,
        description: "The Open311 gateway's: creates citizens' service requests, nothing else.",
        type: 'custom',
        lifespan: null,
        permissions: PERMISSIONS,
      });
  writeFileSync(join(dataDir, TOKEN_FILE), `${accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`[communes] API token "${TOKEN_NAME}" written to ${join(dataDir, TOKEN_FILE)}`);
}

module.exports = { ensureServiceRequestToken, readServiceRequestToken, SERVICE_REQUEST_TOKEN_PERMISSIONS: PERMISSIONS };
