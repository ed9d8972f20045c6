'use strict';

const { loadTownSettings } = require('../lib/town-settings');
const { ensureServiceRequestToken } = require('../lib/service-request-token');

module.exports = {
  register() {},
  /** @param {{ strapi: import('@strapi/strapi').Core.Strapi }} context */
  async bootstrap({ strapi }) {
    // The gateway's Open311 endpoint files citizens' requests with this create-only token.
    await ensureServiceRequestToken(strapi, loadTownSettings().dataDir);
  },
};
