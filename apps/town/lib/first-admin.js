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
 * @property {string} [preferedLanguage] the admin panel's language for them (Strapi's spelling)
 */

/** The roles an operator gives from the command line: Strapi's super admin, or the editors' role. */
const ADMIN_ROLES = /** @type {const} */ (['super-admin', 'editor']);
/** @typedef {(typeof ADMIN_ROLES)[number]} AdminRole */

/** Strapi's code for the role the core plugin makes the editors' one (see strapi-kit's editor-role). */
const EDITOR_ROLE_CODE = 'strapi-editor';

/**
 * The town's main language, the first of TOWN_LOCALES (the core plugin's locales), for the
 * admin panel: Strapi's own languages include fr, nl and de, and the town's app offers them.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @returns {string | undefined}
 */
function townLanguage(strapi) {
  const core = /** @type {{ locales?: string[] } | undefined} */ (strapi.config.get('plugin::communes-core'));
  const first = core?.locales?.[0]?.slice(0, 2);
  return first && ['fr', 'nl', 'de', 'en'].includes(first) ? first : undefined;
}

/**
 * Creates an admin with Strapi's own services: the first one (always a super admin) through
 * `createFirstAdmin` (which locks, so that two processes starting at once make one), any
 * later one as `strapi admin:create-user` does, with the role asked for. Their admin panel
 * speaks the town's main language unless the input says otherwise. Throws with a readable
 * message when the input breaks Strapi's rules, the e-mail is taken or the role is missing.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @param {AdminInput} input
 * @param {AdminRole} [role]
 */
async function createAdmin(strapi, { email, password, firstname = 'Admin', lastname, preferedLanguage }, role = 'super-admin') {
  // Strapi's login lowercases the e-mail it is given.
  const address = email.trim().toLowerCase();
  if (!EMAIL.test(address)) throw new Error(`"${email}" is not an e-mail address.`);
  if (!ADMIN_ROLES.includes(role)) throw new Error(`Unknown role "${role}": expected ${ADMIN_ROLES.join(' or ')}.`);
  const problem = adminPasswordProblem(password);
  if (problem) throw new Error(`Admin ${address}: ${problem}.`);
  const users = strapi.service('admin::user');
  if (await users.exists({ email: address })) throw new Error(`An admin with the e-mail ${address} already exists.`);
  const language = preferedLanguage ?? townLanguage(strapi);
  const attributes = { email: address, password, firstname, lastname, ...(language ? { preferedLanguage: language } : {}) };
  if (!(await users.exists())) {
    if (role !== 'super-admin') throw new Error('The first admin of a town is a super admin: create it first, then the editors.');
    return users.createFirstAdmin(attributes);
  }
  const roleRow =
    role === 'super-admin'
      ? await strapi.service('admin::role').getSuperAdmin()
      : await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } });
  if (!roleRow) throw new Error(`This town has no ${role} role: is @communes/strapi-plugin-core installed?`);
  return users.create({ ...attributes, isActive: true, registrationToken: null, roles: [roleRow.id] });
}

/**
 * A super admin; see `createAdmin`.
 * @param {import('@strapi/strapi').Core.Strapi} strapi
 * @param {AdminInput} input
 */
function createSuperAdmin(strapi, input) {
  return createAdmin(strapi, input, 'super-admin');
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

module.exports = { ensureFirstAdmin, createAdmin, createSuperAdmin, adminPasswordProblem, generateAdminPassword, ADMIN_ROLES };
