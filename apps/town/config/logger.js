// @ts-check
'use strict';

/** TOWN_LOG_LEVEL quiets a town in tests and benchmarks (error, warn, info, http, debug). */
module.exports = () => ({ level: process.env.TOWN_LOG_LEVEL ?? 'http' });
