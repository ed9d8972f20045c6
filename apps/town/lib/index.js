'use strict';

module.exports = {
  ...require('./town-settings'),
  ...require('./load-town'),
  ...require('./serve-town'),
  ...require('./start-town-process'),
  ...require('./temporary-postgres-database'),
  ...require('./service-request-token'),
};
