#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Creates a super admin of a town, on the server: the first one for a town started without
 * TOWN_ADMIN_EMAIL (nobody can register one over the network), or another one later. The
 * town is the one its environment names (TOWN_CODE, TOWN_DATA_DIR, DATABASE_URL), as for
 * `npm start`; it may be running.
 */
const { parseArgs } = require('node:util');

const USAGE = `Usage: npm run admin:create -w @communes/town -- --email <e-mail> [--firstname <name>] [--lastname <name>]
                                                  [--password-file <file> | --password-stdin]

  --email           the admin's e-mail, which is also their login
  --firstname       default "Admin"
  --password-file   read the password from a file (its last line break is dropped)
  --password-stdin  read the password from standard input
                    without either, a password is generated and printed once

Strapi's rules apply: 8 to 72 bytes, a lowercase letter, an uppercase letter and a digit.
The town is the one TOWN_CODE, TOWN_DATA_DIR and DATABASE_URL name, as for npm start.`;

/** @param {NodeJS.ReadableStream} stream */
async function readAll(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text.replace(/\r?\n$/, '');
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      firstname: { type: 'string' },
      lastname: { type: 'string' },
      'password-file': { type: 'string' },
      'password-stdin': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.email || (values['password-file'] && values['password-stdin'])) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const { readFileSync } = require('node:fs');
  const { adminPasswordProblem, createSuperAdmin, generateAdminPassword } = require('../lib/first-admin');
  const generated = !values['password-file'] && !values['password-stdin'];
  const password = values['password-file']
    ? readFileSync(values['password-file'], 'utf8').replace(/\r?\n$/, '')
    : values['password-stdin']
      ? await readAll(process.stdin)
      : generateAdminPassword();
  // Checked before Strapi loads, which takes seconds.
  const problem = adminPasswordProblem(password);
  if (problem) {
    console.error(`${problem}.`);
    return 1;
  }

  process.env.TOWN_LOG_LEVEL ??= 'error';
  const { loadTown, stopTown } = require('../lib/load-town');
  const { loadTownSettings } = require('../lib/town-settings');
  const strapi = await loadTown();
  try {
    const admin = await createSuperAdmin(strapi, { email: values.email, password, firstname: values.firstname, lastname: values.lastname });
    process.stdout.write(`Super admin ${admin.email} created for the town "${loadTownSettings().code}".\n`);
    if (generated) process.stdout.write(`Password (shown once, keep it now): ${password}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await stopTown(strapi);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
