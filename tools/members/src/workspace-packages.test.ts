import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFolderFrom, whyNotWorkspacePackages } from './workspace-packages';

/** A workspace: node_modules with Strapi at 5.54.0, a plugin linked from its own folder, and an app folder below. */
function workspace() {
  // Its real path: the lookup answers real paths, and a temporary folder may be under a symlink.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'communes-workspace-')));
  const write = (folder: string, name: string, version: string) => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, version }));
  };
  write(join(root, 'node_modules', '@strapi', 'strapi'), '@strapi/strapi', '5.54.0');
  write(join(root, 'plugins', 'news'), '@communes/strapi-plugin-news', '0.1.0');
  mkdirSync(join(root, 'node_modules', '@communes'));
  symlinkSync(join(root, 'plugins', 'news'), join(root, 'node_modules', '@communes', 'strapi-plugin-news'));
  write(join(root, 'plugins', 'other-news'), '@communes/strapi-plugin-news', '0.1.0');
  const app = join(root, '.data', 'members', 'fleurus');
  mkdirSync(app, { recursive: true });
  return { root, app };
}

describe('running a member on the workspace’s packages', () => {
  it('finds a package on the way up from the app, as Node does', () => {
    const { root, app } = workspace();
    expect(packageFolderFrom(app, '@strapi/strapi')).toBe(join(root, 'node_modules', '@strapi', 'strapi'));
    expect(packageFolderFrom(app, '@communes/strapi-plugin-news')).toBe(join(root, 'plugins', 'news'));
    expect(packageFolderFrom(app, '@communes/strapi-plugin-nowhere')).toBeUndefined();
  });

  it('runs it there when every pin is met: the very folder packed, the exact version', () => {
    const { root, app } = workspace();
    const packedFrom = () => join(root, 'plugins', 'news');
    expect(
      whyNotWorkspacePackages(
        app,
        { '@strapi/strapi': '5.54.0', '@communes/strapi-plugin-news': 'file:vendor/news-0.1.0.tgz' },
        packedFrom,
      ),
    ).toBeUndefined();
  });

  it('installs instead when a version differs, a package is missing or another folder was packed', () => {
    const { root, app } = workspace();
    const packedFrom = () => join(root, 'plugins', 'news');
    expect(whyNotWorkspacePackages(app, { '@strapi/strapi': '5.55.0' }, packedFrom)).toBe(
      `@strapi/strapi above ${app} is 5.54.0, not 5.55.0`,
    );
    expect(whyNotWorkspacePackages(app, { pg: '8.23.1' }, packedFrom)).toBe(`pg is not installed above ${app}`);
    expect(
      whyNotWorkspacePackages(app, { '@communes/strapi-plugin-news': 'file:vendor/news-0.1.0.tgz' }, () =>
        join(root, 'plugins', 'other-news'),
      ),
    ).toBe(`@communes/strapi-plugin-news above ${app} is not the package packed for it`);
  });

  it('installs an app made outside any workspace', () => {
    const app = mkdtempSync(join(tmpdir(), 'communes-alone-'));
    expect(whyNotWorkspacePackages(app, { '@strapi/strapi': '5.54.0' }, () => undefined)).toBe(
      `@strapi/strapi is not installed above ${app}`,
    );
  });
});
