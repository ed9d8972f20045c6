import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

// One Strapi start for two settings a town makes by hand.
describe('a town that opens its API by hand (TOWN_PUBLIC_READ=false) and runs some plugins only (TOWN_PLUGINS)', () => {
  let town: InProcessTown;

  beforeAll(async () => {
    process.env.TOWN_PUBLIC_READ = 'false';
    process.env.TOWN_PLUGINS = 'news,alerts';
    town = await startTownInProcess({ locales: ['fr'] });
  });

  afterAll(async () => {
    delete process.env.TOWN_PUBLIC_READ;
    delete process.env.TOWN_PLUGINS;
    await town?.stop();
  });

  it('gives the Public role no access to Communes content', async () => {
    const role = await town.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, populate: ['permissions'] });
    expect(role).not.toBeNull();
    expect((role.permissions as { action: string }[]).filter((p) => p.action.includes('communes-'))).toEqual([]);
  });

  it('keeps only the locales it publishes in', async () => {
    const locales = (await town.strapi.plugin('i18n').service('locales').find()) as { code: string }[];
    expect(locales.map((l) => l.code)).toEqual(['fr']);
    expect(await town.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('fr');
  });

  it('loads only the plugins TOWN_PLUGINS names: the others have no content type, no route, no place in the manifest', async () => {
    const communes = Object.keys(town.strapi.contentTypes).filter((uid) => uid.startsWith('plugin::communes-'));
    expect([...new Set(communes.map((uid) => uid.split('.')[0]))].sort()).toEqual(['plugin::communes-alerts', 'plugin::communes-news']);
    expect(town.strapi.plugin('communes-council')).toBeUndefined();
    const manifest = { body: undefined as { plugins: { domain: string }[] } | undefined, set() {} };
    const controller = town.strapi.plugin('communes-core').controller('manifest') as unknown as {
      find(ctx: typeof manifest): Promise<void>;
    };
    await controller.find(manifest);
    expect(manifest.body!.plugins.map((p) => p.domain)).toEqual(['alerts', 'news']);
  });
});
