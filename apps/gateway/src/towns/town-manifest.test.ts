import { describe, expect, it } from 'vitest';
import { toTownManifest } from './town-manifest';

const plugin = (more: Record<string, unknown>) => ({
  pluginName: 'communes-news',
  contentTypes: [{ kind: 'news-item', fields: ['headline'] }],
  packageName: '@communes/strapi-plugin-news',
  version: '0.1.0',
  domain: 'news',
  modelFingerprint: 'sha256:0123456789abcdef',
  ...more,
});

describe("a town's manifest", () => {
  it('passes on its plugins as the town names them', () => {
    const manifest = toTownManifest('fleurus', { locales: ['fr'], plugins: [plugin({})] });
    expect(manifest.plugins).toEqual([
      {
        pluginName: 'communes-news',
        packageName: '@communes/strapi-plugin-news',
        version: '0.1.0',
        domain: 'news',
        modelFingerprint: 'sha256:0123456789abcdef',
        kinds: ['news-item'],
      },
    ]);
  });

  it("passes on a hostile town's words on one line, bounded, and non-strings as nothing", () => {
    const manifest = toTownManifest('hostile', {
      locales: ['fr'],
      plugins: [plugin({ version: `9.9.9\n\u001b[31mRED${'x'.repeat(5000)}`, packageName: { toString: () => 'object' }, domain: 42 })],
    });
    const [shown] = manifest.plugins;
    expect(shown!.version).toMatch(/^9\.9\.9 \[31mREDx+$/);
    expect(shown!.version).toHaveLength(100);
    expect(shown!.packageName).toBe('');
    expect(shown!.domain).toBe('');
  });
});
