'use strict';

const { createDomainPlugin } = require('@communes/strapi-kit');

module.exports = createDomainPlugin({ pluginDir: __dirname });
