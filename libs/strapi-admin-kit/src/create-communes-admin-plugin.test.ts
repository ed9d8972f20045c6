import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMUNES_CUSTOM_FIELDS } from '@communes/strapi-kit';
import { describe, expect, it } from 'vitest';
import { createCommunesAdminPlugin } from './create-communes-admin-plugin';

const PLUGINS = join(__dirname, '..', '..', '..', 'plugins');

function registered(pluginId: string) {
  const plugins: unknown[] = [];
  const fields: Record<string, unknown>[] = [];
  createCommunesAdminPlugin(pluginId, 'Communes: services').register({
    registerPlugin: (plugin) => plugins.push(plugin),
    customFields: { register: (list) => fields.push(...list) },
  });
  return { plugins, fields };
}

describe('the admin entry of a Communes plugin', () => {
  it('registers the plugin and every input under its own name, with the type the server stores', () => {
    const { plugins, fields } = registered('communes-services');
    expect(plugins).toEqual([{ id: 'communes-services', name: 'Communes: services' }]);
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type]))).toEqual(COMMUNES_CUSTOM_FIELDS);
    expect(fields.every((f) => f.pluginId === 'communes-services')).toBe(true);
    expect(fields.every((f) => typeof (f.components as { Input: unknown }).Input === 'function')).toBe(true);
  });

  it('is what every domain plugin ships as its ./strapi-admin entry, under the name its server uses', () => {
    const domains = readdirSync(PLUGINS).filter((dir) => dir !== 'core');
    expect(domains.length).toBeGreaterThan(5);
    for (const dir of domains) {
      const pkg = JSON.parse(readFileSync(join(PLUGINS, dir, 'package.json'), 'utf8'));
      expect(pkg.exports['./strapi-admin'], dir).toBe('./strapi-admin.js');
      expect(pkg.files, dir).toContain('strapi-admin.js');
      const entry = readFileSync(join(PLUGINS, dir, 'strapi-admin.js'), 'utf8');
      expect(entry, dir).toContain(`createCommunesAdminPlugin('${pkg.strapi.name}'`);
    }
  });
});
