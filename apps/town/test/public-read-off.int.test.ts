import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTownInProcess, type InProcessTown } from './start-town-in-process';

describe('a town that opens its API by hand (TOWN_PUBLIC_READ=false)', () => {
  let town: InProcessTown;

  beforeAll(async () => {
    process.env.TOWN_PUBLIC_READ = 'false';
    town = await startTownInProcess({ locales: ['fr'] });
  });

  afterAll(async () => {
    delete process.env.TOWN_PUBLIC_READ;
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
});
