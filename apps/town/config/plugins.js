// @ts-check
'use strict';

const { loadTownSettings } = require('../lib/town-settings');

const DOMAINS = ['council', 'services', 'agenda', 'news', 'directory', 'urbanism', 'requests', 'alerts'];

module.exports = () => {
  const town = loadTownSettings();
  // TOWN_PUBLIC_READ=false: the town opens its API to the public by hand, in the admin panel.
  const domainConfig = { config: { publicRead: town.publicRead } };
  return {
    'users-permissions': { config: { jwtSecret: town.secrets.jwtSecret } },
    'communes-core': { config: { town: { code: town.code, name: town.name }, locales: town.locales } },
    ...Object.fromEntries(DOMAINS.map((domain) => [`communes-${domain}`, domainConfig])),
  };
};
