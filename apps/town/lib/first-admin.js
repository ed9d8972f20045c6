// @ts-check
'use strict';

const { randomBytes } = require('node:crypto');
const { readFileSync } = require('node:fs');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Strapi's rules for an admin password (8 to 72 bytes, a lowercase letter, an uppercase
 * letter, a digit), as its registration form and `admin:create-user` apply them: the
 * services that create admins do not, and Strapi exports no validator to reuse.
 * @param {string} password
 * @returns {string | undefined} what is wrong, or undefined
 */
function adminPasswordProblem(password) {
  if (password.length < 8) return 'the password must be at least 8 characters long';
  if (Buffer.byteLength(password) > 72) return 'the password must be at most 72 bytes long';
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password))
    return 'the password must contain a lowercase letter, an uppercase letter and a digit';
  return undefined;
}

/** A password that passes Strapi's rules: 24 random URL-safe characters. */
function generateAdminPassword() {
  for (;;) {
    const password = randomBytes(18).toString('base64url');
    if (!adminPasswordProblem(password)) return password;
  }
}

/**
 * @typedef {object} AdminInput
 * @property {string} email
 * @property {string} password
 * @property {string} [firstname]
 * @property {string} [lastname]
 */

/**
 * Creates a super admin with Strapi's own services: the first one through
 * `createFirstAdmin` (which locks, so that two processes starting at once make one), any
 * later one as `strapi admin:create-user` does. Throws with a readable message when the
 * input breaks Strapi's rules or the e-mail is taken.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @param {AdminInput} input
 */
async function createSuperAdmin(strapi, { email, password, firstname = 'Admin', lastname }) {
  // Strapi's login lowercases the e-mail it is given.
  const address = email.trim().toLowerCase();
  if (!EMAIL.test(address)) throw new Error(`"${email}" is not an e-mail address.`);
  const problem = adminPasswordProblem(password);
  if (problem) throw new Error(`Admin ${address}: ${problem}.`);
  const users = strapi.service('admin::user');
  if (await users.exists({ email: address })) throw new Error(`An admin with the e-mail ${address} already exists.`);
  const attributes = { email: address, password, firstname, lastname };
  if (!(await users.exists())) return users.createFirstAdmin(attributes);
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  return users.create({ ...attributes, isActive: true, registrationToken: null, roles: [superAdmin.id] });
}

/**
 * The first admin's password: from TOWN_ADMIN_PASSWORD_FILE (a secret file, preferred: it
 * stays out of the process environment and of `ps`), else TOWN_ADMIN_PASSWORD.
 * @param {import('./town-settings').FirstAdminSettings} settings
 */
function readFirstAdminPassword({ passwordFile, password }) {
  if (passwordFile) return readFileSync(passwordFile, 'utf8').replace(/\r?\n$/, '');
  if (password) return password;
  throw new Error(
    'TOWN_ADMIN_EMAIL is set, but neither TOWN_ADMIN_PASSWORD_FILE nor TOWN_ADMIN_PASSWORD is: the first admin needs a password.',
  );
}

/**
 * At start: a town without an admin gets the one its operator configured
 * (TOWN_ADMIN_EMAIL with TOWN_ADMIN_PASSWORD_FILE); a town that has one is left alone, so
 * that the variables never reset a password. Without them the town stays without an admin,
 * which is safe: nobody can register one over the network.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @param {import('./town-settings').FirstAdminSettings} settings
 */
async function ensureFirstAdmin(strapi, settings) {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  if (!settings.email) {
    strapi.log.info(
      '[communes] This town has no admin yet: set TOWN_ADMIN_EMAIL and TOWN_ADMIN_PASSWORD_FILE, or run `npm run admin:create -w @communes/town -- --email <e-mail>`.',
    );
    return;
  }
  try {
    await createSuperAdmin(strapi, { email: settings.email, password: readFirstAdminPassword(settings) });
  } catch (error) {
    // Another process starting on the same database may have made it first.
    if (await users.exists()) return;
    throw error;
  }
  strapi.log.info(`[communes] First admin ${settings.email.trim().toLowerCase()} created.`);
}

module.exports = { ensureFirstAdmin, createSuperAdmin, adminPasswordProblem, generateAdminPassword };
