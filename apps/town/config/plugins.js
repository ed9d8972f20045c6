// @ts-check
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { DOMAINS, toPluginName, toPluginPackageName } = require('@communes/domain');
const { APP_ROOT, loadTownSettings } = require('../lib/town-settings');

/**
 * The app's dependencies, where Strapi finds its plugins: the reference town has every
 * Communes plugin, a member's own app (`npm run member:new`) those its operator chose.
 * Resolving a package instead would also find the workspace's, above a member's folder.
 */
const dependencies = Object.keys(JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')).dependencies ?? {});
/** @param {string} name */
const isInstalled = (name) => dependencies.includes(name);

module.exports = () => {
  const town = loadTownSettings();
  // TOWN_PUBLIC_READ=false: the town opens its API to the public by hand, in the admin panel.
  const domainConfig = { config: { publicRead: town.publicRead } };
  return {
    // Installed for the benchmarks' baseline (a town without Communes would use it); a town
    // federated by the gateway has no need of a second read API, so it stays off by default.
    ...(isInstalled('@strapi/plugin-graphql') && {
      graphql: { enabled: town.graphql, config: { defaultLimit: 20, maxLimit: 100, landingPage: false } },
    }),
    'users-permissions': { config: { jwtSecret: town.secrets.jwtSecret } },
    'communes-core': {
      config: {
        town: { code: town.code, name: town.name },
        locales: town.locales,
        subscriptions: town.subscriptions,
        ...(town.networkUrl ? { network: { url: town.networkUrl } } : {}),
        ...(town.notify ? { notify: town.notify } : {}),
      },
    },
    // An installed plugin the town does not enable (TOWN_PLUGINS) is not loaded: no content type, no route.
    ...Object.fromEntries(
      DOMAINS.filter((domain) => isInstalled(toPluginPackageName(domain))).map((domain) => [
        toPluginName(domain),
        town.plugins && !town.plugins.includes(domain) ? { enabled: false } : domainConfig,
      ]),
    ),
  };
};
