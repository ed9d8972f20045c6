/** What a town can set under `config/plugins.js` → `'communes-<domain>': { config: {...} }`. */
export interface DomainPluginConfig {
  /**
   * Give the Public role read access (find, findOne) to the plugin's content types on the
   * town's first start. Default true; set false for a town that opens its API by hand.
   */
  publicRead: boolean;
}

export const defaultDomainPluginConfig: DomainPluginConfig = { publicRead: true };

/** Strapi calls this at start-up; a bad value stops the start with this message. */
export function validateDomainPluginConfig(config: unknown): void {
  if (typeof config !== 'object' || config === null) throw new Error('config must be an object.');
  const { publicRead, ...rest } = config as Record<string, unknown>;
  if (typeof publicRead !== 'boolean') throw new Error(`publicRead must be true or false, got ${JSON.stringify(publicRead)}.`);
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new Error(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (expected: publicRead).`);
}
