#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Serves a town: its identity from the environment (see README), headless unless
 * TOWN_ADMIN_PANEL=true (after `npm run admin:build`).
 */
const { loadTown } = require('../lib/load-town');
const { serveTown } = require('../lib/serve-town');

loadTown({ adminPanel: process.env.TOWN_ADMIN_PANEL === 'true' })
  .then(serveTown)
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
