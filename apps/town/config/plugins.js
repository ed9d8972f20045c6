// @ts-check
'use strict';

const { DOMAINS, toPluginName } = require('@communes/domain');
const { loadTownSettings } = require('../lib/town-settings');

module.exports = () => {
  const town = loadTownSettings();
  // TOWN_PUBLIC_READ=false: the town opens its API to the public by hand, in the admin panel.
  const domainConfig = { config: { publicRead: town.publicRead } };
  return {
    // Installed for the benchmarks' baseline (a town without Communes would use it); a town
    // federated by the gateway has no need of a second read API, so it stays off by default.
    graphql: { enabled: town.graphql, config: { defaultLimit: 20, maxLimit: 100, landingPage: false } },
    'users-permissions': { config: { jwtSecret: town.secrets.jwtSecret } },
    'communes-core': {
      config: { town: { code: town.code, name: town.name }, locales: town.locales, ...(town.notify ? { notify: town.notify } : {}) },
    },
    // Every domain the model has: the reference town installs every plugin.
    ...Object.fromEntries(DOMAINS.map((domain) => [toPluginName(domain), domainConfig])),
  };
};
