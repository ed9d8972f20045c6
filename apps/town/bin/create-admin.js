#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Creates an admin of a town, on the server: the first super admin for a town started without
 * TOWN_ADMIN_EMAIL (nobody can register one over the network), or another admin later, a super
 * admin or an editor (`--role editor`). The town is the one its environment names (TOWN_CODE,
 * TOWN_DATA_DIR, DATABASE_URL), as for `npm start`; it may be running.
 */
const { parseArgs } = require('node:util');

const USAGE = `Usage: npm run admin:create -w @communes/town -- --email <e-mail> [--role super-admin|editor]
                                                  [--firstname <name>] [--lastname <name>]
                                                  [--password-file <file> | --password-stdin]

  --email           the admin's e-mail, which is also their login
  --role            super-admin (the default) or editor: an editor enters and publishes the
                    Communes content and uses the media library, and sees no settings
                    (the town's first admin is always a super admin)
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
      role: { type: 'string', default: 'super-admin' },
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
  const { ADMIN_ROLES, adminPasswordProblem, createAdmin, generateAdminPassword } = require('../lib/first-admin');
  const role = /** @type {import('../lib/first-admin').AdminRole} */ (values.role);
  if (!ADMIN_ROLES.includes(role)) {
    console.error(`--role must be ${ADMIN_ROLES.join(' or ')}, not "${values.role}".`);
    return 2;
  }
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
    const input = { email: values.email, password, firstname: values.firstname, lastname: values.lastname };
    const admin = await createAdmin(strapi, input, role);
    const what = role === 'editor' ? 'Editor' : 'Super admin';
    process.stdout.write(`${what} ${admin.email} created for the town "${loadTownSettings().code}".\n`);
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
