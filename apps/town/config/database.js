// @ts-check
'use strict';

const { join } = require('node:path');
const { loadTownSettings } = require('../lib/town-settings');

/** SQLite in the town's data folder by default; PostgreSQL when DATABASE_URL is set. */
module.exports = () => {
  const town = loadTownSettings();
  if (town.databaseUrl) {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: town.databaseUrl },
        pool: { min: 0, max: 10 },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: join(town.dataDir, 'town.db') },
      useNullAsDefault: true,
    },
  };
};
