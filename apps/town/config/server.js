// @ts-check
'use strict';

const { join } = require('node:path');
const { loadTownSettings } = require('../lib/town-settings');

module.exports = () => {
  const town = loadTownSettings();
  return {
    host: town.host,
    port: town.port,
    app: { keys: town.secrets.appKeys },
    dirs: { public: join(town.dataDir, 'public') },
  };
};
