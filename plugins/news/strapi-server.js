'use strict';

const { join } = require('node:path');
const { createDomainPlugin } = require('@communes/strapi-kit');

module.exports = createDomainPlugin({ contentTypesDir: join(__dirname, 'server', 'content-types') });
