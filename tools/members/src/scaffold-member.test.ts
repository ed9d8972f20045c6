import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communesPackages, ensureNewFolder, referenceTownDir, scaffoldMember } from './scaffold-member';

const options = {
  action: 'add' as const,
  code: 'cpas-fleurus',
  name: 'CPAS de Fleurus',
  kind: 'social-welfare-centre' as const,
  locales: ['fr'],
  domains: ['services' as const, 'news' as const],
  groups: { province: 'hainaut' },
  subscriptions: ['hainaut', 'member:fleurus'],
  networkUrl: 'http://127.0.0.1:4000/graphql',
  registryFile: '/unused',
  start: false,
  install: false,
  seed: false,
  port: 1345,
};

describe("a member's app", () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'communes-scaffold-')), 'cpas-fleurus');
  const packages = Object.fromEntries(communesPackages(options.domains).map((name) => [name, `file:vendor/${name.replace('/', '-')}.tgz`]));
  scaffoldMember({ ...options, dir }, packages);
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('pins Strapi as the reference town does, with the Communes packages its member chose', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const town = JSON.parse(readFileSync(join(referenceTownDir(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(dependencies['@strapi/strapi']).toBe(town.dependencies['@strapi/strapi']);
    expect(dependencies['@strapi/strapi']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dependencies['better-sqlite3']).toBe(town.dependencies['better-sqlite3']);
    expect(Object.keys(dependencies).filter((name) => name.startsWith('@communes/'))).toEqual([
      '@communes/domain',
      '@communes/strapi-kit',
      '@communes/strapi-admin-kit',
      '@communes/strapi-plugin-core',
      '@communes/strapi-plugin-services',
      '@communes/strapi-plugin-news',
    ]);
  });

  it('names its member in member.json, which the town settings read', () => {
    expect(JSON.parse(read('member.json'))).toEqual({
      code: 'cpas-fleurus',
      name: 'CPAS de Fleurus',
      kind: 'social-welfare-centre',
      locales: ['fr'],
      port: 1345,
      groups: { province: 'hainaut' },
      subscriptions: ['hainaut', 'member:fleurus'],
      network: 'http://127.0.0.1:4000/graphql',
    });
    expect(read('lib/town-settings.js')).toContain("join(APP_ROOT, 'member.json')");
  });

  it("carries the reference town's runtime, not the workspace's test helpers, and no secret", () => {
    for (const file of ['bin/start-town.js', 'config/plugins.js', 'lib/first-admin.js', 'src/index.js', 'src/admin/app.mjs'])
      expect(existsSync(join(dir, file))).toBe(true);
    for (const file of ['lib/index.js', 'lib/temporary-postgres-database.js', 'lib/start-town-process.js'])
      expect(existsSync(join(dir, file))).toBe(false);
    expect(existsSync(join(dir, 'data'))).toBe(false);
    expect(read('.gitignore').split('\n')).toEqual(expect.arrayContaining(['data/', 'node_modules/', '.env']));
  });

  it('is made in a new or empty folder only', () => {
    expect(() => ensureNewFolder(join(dir, 'does-not-exist'))).not.toThrow();
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    expect(() => ensureNewFolder(dir)).toThrow(/is not empty/);
  });
});
