import { readFileSync } from 'node:fs';
import type { TownSource } from './town-source';

const CODE = /^[a-z][a-z0-9-]{1,62}$/;

/**
 * The towns of a registry file, the gateway's (`{ "towns": [{ "code", "url", "token"? }] }`):
 * what the harvester needs of it, checked, with the path of what is wrong.
 */
export function loadTownSources(file: string): TownSource[] {
  const registry = JSON.parse(readFileSync(file, 'utf8')) as { towns?: unknown };
  if (!Array.isArray(registry.towns)) throw new Error(`${file}: towns must be a list.`);
  return registry.towns.map((town: Record<string, unknown>, i): TownSource => {
    const at = `${file}: towns[${i}]`;
    if (typeof town?.code !== 'string' || !CODE.test(town.code)) throw new Error(`${at}.code must be a lowercase town code.`);
    if (typeof town.url !== 'string' || !/^https?:\/\/[^/]+$/.test(town.url.replace(/\/$/, '')))
      throw new Error(`${at}.url must be the town's http(s) origin.`);
    if (town.token !== undefined && typeof town.token !== 'string') throw new Error(`${at}.token must be a string.`);
    return { code: town.code, url: town.url.replace(/\/$/, ''), ...(town.token ? { token: town.token as string } : {}) };
  });
}
