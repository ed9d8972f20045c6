// @ts-check
'use strict';

const { randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

/**
 * @typedef {object} TownSecrets
 * @property {string[]} appKeys
 * @property {string} adminJwtSecret
 * @property {string} apiTokenSalt
 * @property {string} transferTokenSalt
 * @property {string} encryptionKey
 * @property {string} jwtSecret
 *
 * @typedef {object} TownSettings
 * @property {string} code      Short town code, e.g. "seneffe".
 * @property {string} name      The town's name as people write it.
 * @property {string[]} locales The locales it publishes in, default first.
 * @property {string[] | undefined} plugins  The domains whose plugins it enables (TOWN_PLUGINS); all installed when unset.
 * @property {string[]} subscriptions  Channels and members whose entries its listings may include (TOWN_SUBSCRIPTIONS).
 * @property {string | undefined} networkUrl  The network's gateway, where the admin reads the members to offer by name (TOWN_NETWORK_URL).
 * @property {string} host
 * @property {number} port      0 picks a free port.
 * @property {string} dataDir   SQLite file, uploads and secrets live here.
 * @property {string | undefined} databaseUrl  PostgreSQL when set; SQLite otherwise.
 * @property {boolean} publicRead  Give the Public role read access on first start.
 * @property {boolean} graphql  Serve Strapi's own GraphQL plugin at /graphql (off by default).
 * @property {string[]} corsOrigins  Origins whose pages may read the API from a browser; `*` any.
 * @property {FirstAdminSettings} firstAdmin  The super admin to create when the town has none.
 * @property {{ url: string, token: string } | undefined} notify  The regional harvester to notify when the change feed moves.
 * @property {TownSecrets} secrets
 *
 * @typedef {object} FirstAdminSettings
 * @property {string | undefined} email         TOWN_ADMIN_EMAIL
 * @property {string | undefined} passwordFile  TOWN_ADMIN_PASSWORD_FILE (preferred: a secret file)
 * @property {string | undefined} password      TOWN_ADMIN_PASSWORD
 */

const APP_ROOT = resolve(__dirname, '..');

/**
 * A member's own app (made by `npm run member:new`) names its member in `member.json` beside
 * `package.json`: its identity travels with the app, the environment may still override it.
 * The reference town has no such file: one app, many towns, each named by the environment.
 * @returns {Partial<Record<'TOWN_CODE' | 'TOWN_NAME' | 'TOWN_LOCALES' | 'TOWN_SUBSCRIPTIONS' | 'TOWN_NETWORK_URL' | 'PORT', string>>}
 */
function readMemberFile() {
  const file = join(APP_ROOT, 'member.json');
  if (!existsSync(file)) return {};
  const member = JSON.parse(readFileSync(file, 'utf8'));
  return {
    TOWN_CODE: member.code,
    TOWN_NAME: member.name,
    TOWN_LOCALES: Array.isArray(member.locales) ? member.locales.join(',') : undefined,
    TOWN_SUBSCRIPTIONS: Array.isArray(member.subscriptions) ? member.subscriptions.join(',') : undefined,
    TOWN_NETWORK_URL: typeof member.network === 'string' ? member.network : undefined,
    PORT: member.port === undefined ? undefined : String(member.port),
  };
}
const MEMBER_DEFAULTS = readMemberFile();

/** @param {number} bytes */
const secret = (bytes = 32) => randomBytes(bytes).toString('base64');

/**
 * A town's secrets, made at its first start and kept in its data folder: never in git,
 * never shared between towns.
 * @param {string} dataDir
 * @returns {TownSecrets}
 */
function loadOrCreateSecrets(dataDir) {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  /** @type {TownSecrets} */
  const secrets = {
    appKeys: [secret(), secret(), secret(), secret()],
    adminJwtSecret: secret(),
    apiTokenSalt: secret(),
    transferTokenSalt: secret(),
    encryptionKey: secret(),
    jwtSecret: secret(),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}

/** @param {string} text */
const isOrigin = (text) => {
  try {
    const url = new URL(text);
    return ['http:', 'https:'].includes(url.protocol) && url.origin === text;
  } catch {
    return false;
  }
};

/**
 * TOWN_CORS_ORIGINS: a comma-separated allow-list of origins (scheme, host and port), or `*`
 * written out; none by default, so that no other site's page reads the town from a browser.
 * @param {string | undefined} value
 * @returns {string[]}
 */
function parseCorsOrigins(value) {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const bad = origins.find((origin) => origin !== '*' && !isOrigin(origin));
  if (bad !== undefined)
    throw new Error(
      `TOWN_CORS_ORIGINS: "${bad}" is not an origin such as https://www.seneffe.be (scheme, host and port, no path or trailing slash), nor *.`,
    );
  return origins;
}

/**
 * TOWN_PLUGINS: the domains whose plugins a town enables, comma-separated (a police zone
 * served by the reference town: `news,alerts`); unset, every installed one.
 * @param {string | undefined} value
 * @returns {string[] | undefined}
 */
function parsePlugins(value) {
  if (value === undefined || value.trim() === '') return undefined;
  const { DOMAINS } = require('@communes/domain');
  const domains = value
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = domains.filter((d) => !(/** @type {readonly string[]} */ (DOMAINS).includes(d)));
  if (unknown.length) throw new Error(`TOWN_PLUGINS: no plugin "${unknown.join('", "')}"; the plugins are ${DOMAINS.join(', ')}.`);
  return domains;
}

/**
 * TOWN_SUBSCRIPTIONS: channels (`wallonia`) and members (`member:seneffe`) whose entries the
 * town's listings include when a reader asks for shared entries, comma-separated.
 * @param {string | undefined} value
 * @returns {string[]}
 */
function parseSubscriptions(value) {
  const { subscriptionsProblem } = require('@communes/domain');
  const subscriptions = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  const problem = subscriptionsProblem(subscriptions);
  if (problem) throw new Error(`TOWN_SUBSCRIPTIONS: ${problem}.`);
  return subscriptions;
}

const SETTINGS_ENV = [
  'TOWN_CODE',
  'TOWN_NAME',
  'TOWN_LOCALES',
  'TOWN_PLUGINS',
  'TOWN_SUBSCRIPTIONS',
  'TOWN_NETWORK_URL',
  'HOST',
  'PORT',
  'TOWN_DATA_DIR',
  'DATABASE_URL',
  'TOWN_PUBLIC_READ',
  'TOWN_GRAPHQL',
  'TOWN_CORS_ORIGINS',
  'TOWN_ADMIN_EMAIL',
  'TOWN_ADMIN_PASSWORD_FILE',
  'TOWN_ADMIN_PASSWORD',
  'TOWN_HARVESTER_NOTIFY_URL',
  'TOWN_HARVESTER_NOTIFY_TOKEN_FILE',
];

/** @type {{ key: string, settings: TownSettings } | undefined} */
let last;

/**
 * Reads a town's identity from the environment, so that one app serves many towns:
 * TOWN_CODE, TOWN_NAME, TOWN_LOCALES (comma-separated, default first), TOWN_PLUGINS,
 * TOWN_SUBSCRIPTIONS (channels and member:<code>, comma-separated), TOWN_NETWORK_URL, HOST, PORT,
 * TOWN_DATA_DIR, DATABASE_URL, TOWN_PUBLIC_READ (default true), TOWN_GRAPHQL (default
 * false), TOWN_CORS_ORIGINS (default none) and the first admin's TOWN_ADMIN_EMAIL,
 * TOWN_ADMIN_PASSWORD_FILE or TOWN_ADMIN_PASSWORD, and the harvester to notify of changes:
 * TOWN_HARVESTER_NOTIFY_URL with the secret in TOWN_HARVESTER_NOTIFY_TOKEN_FILE. Each of Strapi's config
 * files asks for it: the secrets file and the data folder are touched once per identity.
 * @param {NodeJS.ProcessEnv} env
 * @returns {TownSettings}
 */
function loadTownSettings(env = process.env) {
  env = { ...MEMBER_DEFAULTS, ...definedOnly(env) };
  const key = JSON.stringify(SETTINGS_ENV.map((name) => env[name]));
  if (last?.key !== key) last = { key, settings: readTownSettings(env) };
  return last.settings;
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
const definedOnly = (env) => Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {TownSettings}
 */
function readTownSettings(env) {
  const code = env.TOWN_CODE ?? 'town';
  if (!/^[a-z][a-z0-9-]{1,62}$/.test(code)) {
    throw new Error(`TOWN_CODE "${code}" is not a lowercase code such as "seneffe".`);
  }
  const port = Number(env.PORT ?? 1337);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${env.PORT}" is not a port number.`);
  const dataDir = resolve(env.TOWN_DATA_DIR ?? join(APP_ROOT, 'data', code));
  // The local upload provider refuses to start without this folder.
  mkdirSync(join(dataDir, 'public', 'uploads'), { recursive: true });
  return {
    code,
    name: env.TOWN_NAME ?? code,
    locales: (env.TOWN_LOCALES ?? 'fr')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    plugins: parsePlugins(env.TOWN_PLUGINS),
    subscriptions: parseSubscriptions(env.TOWN_SUBSCRIPTIONS),
    networkUrl: env.TOWN_NETWORK_URL || undefined,
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    publicRead: env.TOWN_PUBLIC_READ !== 'false',
    graphql: env.TOWN_GRAPHQL === 'true',
    corsOrigins: parseCorsOrigins(env.TOWN_CORS_ORIGINS),
    firstAdmin: {
      email: env.TOWN_ADMIN_EMAIL || undefined,
      passwordFile: env.TOWN_ADMIN_PASSWORD_FILE || undefined,
      password: env.TOWN_ADMIN_PASSWORD || undefined,
    },
    notify: env.TOWN_HARVESTER_NOTIFY_URL
      ? { url: env.TOWN_HARVESTER_NOTIFY_URL, token: readFileSync(String(env.TOWN_HARVESTER_NOTIFY_TOKEN_FILE), 'utf8').trim() }
      : undefined,
    secrets: loadOrCreateSecrets(dataDir),
  };
}

module.exports = { loadTownSettings, APP_ROOT };
