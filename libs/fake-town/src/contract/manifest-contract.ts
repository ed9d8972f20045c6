import { toPluginManifest } from '@communes/codegen';
import { communesModel, DOMAINS, toPluginName, toPluginPackageName, type Domain } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import type { ContractContext } from './contract-context';

interface Manifest {
  plugins: {
    domain: Domain;
    pluginName: string;
    packageName: string;
    version: string;
    modelFingerprint: string;
    contentTypes: unknown[];
  }[];
  core: { packageName: string; version: string };
}

const SEMVER = /^\d+\.\d+\.\d+/;

/** The capability manifest the gateway reads first: who the town is, its locales, its plugins' model versions. */
export function defineManifestContract({ client, fixture }: ContractContext) {
  describe('manifest', () => {
    it("names the town, its locales (the default first) and Strapi's major version only", async () => {
      const { status, body } = await client.get<never>('/communes-core/manifest');
      expect(status).toBe(200);
      expect(body).toMatchObject({
        manifestVersion: 1,
        town: { code: fixture.town.code, name: fixture.town.name },
        locales: fixture.town.locales,
        defaultLocale: fixture.town.locales[0],
        strapiVersion: '5',
      });
    });

    it('lists each domain plugin once, by plugin name, with what the model says of it', async () => {
      const manifest = (await client.get<never>('/communes-core/manifest')).body as unknown as Manifest;
      expect(manifest.core).toMatchObject({ packageName: '@communes/strapi-plugin-core', version: expect.stringMatching(SEMVER) });
      expect(manifest.plugins.map((p) => p.pluginName)).toEqual([...DOMAINS].map(toPluginName).sort());
      for (const plugin of manifest.plugins) {
        const expected = toPluginManifest(communesModel, plugin.domain);
        expect(plugin, plugin.domain).toEqual({
          ...expected,
          packageName: toPluginPackageName(plugin.domain),
          version: expect.stringMatching(SEMVER),
        });
      }
    });
  });
}
