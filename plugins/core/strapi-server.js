'use strict';

const { createCorePlugin } = require('@communes/strapi-kit');

module.exports = createCorePlugin({ pluginDir: __dirname });
