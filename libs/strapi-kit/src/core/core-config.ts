import { subscriptionsProblem } from '@communes/domain';

/** `config/plugins.js` → `'communes-core': { config: {...} }`. */
export interface CoreConfig {
  town: {
    /** Short lowercase code, unique in a region, e.g. "seneffe". */
    code: string;
    name: string;
  };
  /**
   * The locales the town publishes in, default first. Empty leaves Strapi's i18n locales as
   * they are.
   */
  locales: string[];
  /**
   * Whether the town's visitors may have users-permissions accounts. false (the default):
   * on first start, self-registration is switched off and the Public role loses the login,
   * registration, password and e-mail routes, once (the admin panel can reopen them).
   */
  publicAccounts: boolean;
  /**
   * Whether to serve Strapi's admin API when this server serves no admin panel (a panel
   * deployed elsewhere). false (the default): without the panel, every admin route is a 404.
   */
  adminApiWithoutPanel: boolean;
  /**
   * The regional harvester to notify when the change feed moves (`url`: its notification
   * endpoint for this town, `token`: the secret it expects). Unset: the harvester polls.
   */
  notify?: { url: string; token: string };
  /**
   * What the town's listings include beside its own entries, when a reader asks for them
   * (the gateway's `shared`): channels (`wallonia`) and other members (`member:seneffe`).
   * Served in the manifest: they are the town's public choice, like its name. The operator's
   * default: once saved in the admin panel (Settings › Communes › Sharing) the panel's win,
   * until it goes back to these.
   */
  subscriptions: string[];
  /**
   * The network's gateway (`url`: its GraphQL endpoint), where the admin's inputs read the
   * members to offer by name when an editor shares with one. Unset: identifiers are typed.
   */
  network?: { url: string };
}

export const defaultCoreConfig: CoreConfig = {
  town: { code: 'town', name: 'Town' },
  locales: [],
  publicAccounts: false,
  adminApiWithoutPanel: false,
  subscriptions: [],
};

const TOWN_CODE = /^[a-z][a-z0-9-]{1,62}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Where the town itself sends requests (the harvester, the gateway): http(s) only, never a file or another scheme. */
const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);

export function validateCoreConfig(config: unknown): void {
  const { town, locales, publicAccounts, adminApiWithoutPanel, notify, subscriptions, network } = (config ?? {}) as Partial<CoreConfig>;
  if (!town || typeof town.code !== 'string' || !TOWN_CODE.test(town.code)) {
    throw new Error(`town.code must be a lowercase code such as "seneffe", got ${JSON.stringify(town?.code)}.`);
  }
  if (typeof town.name !== 'string' || town.name.trim() === '') throw new Error("town.name must be the town's name.");
  if (!Array.isArray(locales) || locales.some((l) => typeof l !== 'string' || !LOCALE.test(l))) {
    throw new Error(`locales must be a list of locale codes such as ["de", "fr"], got ${JSON.stringify(locales)}.`);
  }
  if (new Set(locales).size !== locales.length) throw new Error(`locales lists a locale twice: ${JSON.stringify(locales)}.`);
  if (notify !== undefined) {
    if (!isHttpUrl(notify?.url))
      throw new Error(`notify.url must be the harvester's http(s) notification URL, got ${JSON.stringify(notify?.url)}.`);
    if (typeof notify.token !== 'string' || notify.token.length < 16)
      throw new Error('notify.token must be a secret of 16 characters or more.');
  }
  if (network !== undefined && !isHttpUrl(network?.url))
    throw new Error(`network.url must be the gateway's http(s) GraphQL URL, got ${JSON.stringify(network?.url)}.`);
  const subscriptionProblem = subscriptions === undefined ? undefined : subscriptionsProblem(subscriptions);
  if (subscriptionProblem) throw new Error(`subscriptions: ${subscriptionProblem}.`);
  for (const [name, value] of Object.entries({ publicAccounts, adminApiWithoutPanel })) {
    if (value !== undefined && typeof value !== 'boolean') throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}.`);
  }
}
