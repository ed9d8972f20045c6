// @ts-check
'use strict';

const { loadTownSettings } = require('../lib/town-settings');

module.exports = () => {
  const { secrets } = loadTownSettings();
  return {
    auth: { secret: secrets.adminJwtSecret },
    apiToken: { salt: secrets.apiTokenSalt },
    transfer: { token: { salt: secrets.transferTokenSalt } },
    secrets: { encryptionKey: secrets.encryptionKey },
    flags: { nps: false, promoteEE: false },
  };
};
