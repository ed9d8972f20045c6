// @ts-check
'use strict';

const { loadTownSettings } = require('../lib/town-settings');

module.exports = () => ({
  'users-permissions': { config: { jwtSecret: loadTownSettings().secrets.jwtSecret } },
});
