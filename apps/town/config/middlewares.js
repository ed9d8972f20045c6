// @ts-check
'use strict';

const { loadTownSettings } = require('../lib/town-settings');

/**
 * Strapi's default stack, less `strapi::poweredBy` (it names the software to every
 * visitor), and CORS from the town's allow-list: Strapi's default reflects any origin with
 * credentials. The public API needs no cookies, so credentials are never allowed.
 */
module.exports = () => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  { name: 'strapi::cors', config: { origin: loadTownSettings().corsOrigins, credentials: false } },
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
