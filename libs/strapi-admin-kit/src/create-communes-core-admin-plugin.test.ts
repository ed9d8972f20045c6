import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARING_ACTIONS } from '@communes/strapi-kit';
import { describe, expect, it, vi } from 'vitest';
import { createCommunesCoreAdminPlugin } from './create-communes-core-admin-plugin';
import { SHARING_PERMISSIONS } from './settings/sharing-api';

vi.mock('@strapi/strapi/admin', () => ({}));

describe("the core plugin's admin entry", () => {
  it('adds Settings › Communes › Sharing, shown to the roles that may read it', () => {
    const plugins: unknown[] = [];
    const links: { section: { id: string }; link: { to: string; permissions: unknown[]; Component: unknown } }[] = [];
    createCommunesCoreAdminPlugin().register({
      registerPlugin: (plugin) => plugins.push(plugin),
      addSettingsLink: (section, link) => links.push({ section, link }),
    });
    expect(plugins).toEqual([{ id: 'communes-core', name: 'Communes: core' }]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ section: { id: 'communes' }, link: { to: 'communes/sharing' } });
    expect(links[0]!.link.permissions).toEqual([{ action: SHARING_ACTIONS.read, subject: null }]);
    expect(typeof links[0]!.link.Component).toBe('function');
  });

  it('asks for the actions the server registers and guards its routes with', () => {
    expect(SHARING_PERMISSIONS.read[0]!.action).toBe(SHARING_ACTIONS.read);
    expect(SHARING_PERMISSIONS.update[0]!.action).toBe(SHARING_ACTIONS.update);
  });

  it('names the settings link in the admin’s language', async () => {
    const trads = await createCommunesCoreAdminPlugin().registerTrads({ locales: ['fr', 'nl', 'en', 'de'] });
    expect(trads.map(({ locale, data }) => [locale, data['communes-core.settings.sharing']])).toEqual([
      ['fr', 'Partage entre membres'],
      ['nl', 'Delen tussen leden'],
      ['en', 'Sharing between members'],
      ['de', 'Teilen zwischen Mitgliedern'],
    ]);
  });

  it('is what the core plugin ships as its ./strapi-admin entry', () => {
    const dir = join(__dirname, '..', '..', '..', 'plugins', 'core');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.exports['./strapi-admin']).toBe('./strapi-admin.js');
    expect(pkg.files).toContain('strapi-admin.js');
    expect(readFileSync(join(dir, 'strapi-admin.js'), 'utf8')).toContain('createCommunesCoreAdminPlugin(');
  });
});
