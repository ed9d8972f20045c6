// @ts-check
'use strict';

const { loadTownSettings } = require('../lib/town-settings');

module.exports = () => {
  const town = loadTownSettings();
  return {
    'users-permissions': { config: { jwtSecret: town.secrets.jwtSecret } },
    'communes-core': { config: { town: { code: town.code, name: town.name }, locales: town.locales } },
  };
};
