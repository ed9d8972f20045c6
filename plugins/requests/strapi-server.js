'use strict';

const { createDomainPlugin } = require('@communes/strapi-kit');

// Citizens' requests arrive through the gateway's Open311 endpoint, with the town's
// create-only API token: the create route is never public.
module.exports = createDomainPlugin({ pluginDir: __dirname, creatable: ['service-request'] });
