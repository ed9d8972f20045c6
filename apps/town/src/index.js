'use strict';

const { loadTownSettings } = require('../lib/town-settings');
const { ensureServiceRequestToken } = require('../lib/service-request-token');
const { ensureFirstAdmin } = require('../lib/first-admin');

module.exports = {
  register() {},
  /** @param {{ strapi: import('@strapi/strapi').Core.Strapi }} context */
  async bootstrap({ strapi }) {
    const town = loadTownSettings();
    // The first admin comes from the operator, never from the network (see the core plugin).
    await ensureFirstAdmin(strapi, town.firstAdmin);
    // The editors' admin role (Communes types and media library only), made once: after
    // Strapi's admin has made its own roles, which it does after the plugins' bootstrap.
    await strapi.plugin('communes-core')?.service('editor-role').ensure();
    // The gateway's Open311 endpoint files citizens' requests with this create-only token.
    await ensureServiceRequestToken(strapi, town.dataDir);
  },
};
