import { describe, expect, it } from 'vitest';
import { lockedPackages, workspacePackages } from './workspace';

const STRAPI_VERSION = '5.54.0';
const locked = lockedPackages();
const manifests = workspacePackages().map((p) => p.manifest);

describe('dependency versions', () => {
  it('installs exactly one copy of graphql, version 16', () => {
    const copies = locked.filter((p) => p.name === 'graphql');
    expect(copies.map((c) => `${c.path}@${c.version}`)).toHaveLength(1);
    expect(copies[0]!.version).toMatch(/^16\./);
  });

  it('keeps nx and every @nx/* package on one version', () => {
    const versions = new Set(locked.filter((p) => p.name === 'nx' || p.name.startsWith('@nx/')).map((p) => p.version));
    expect([...versions]).toHaveLength(1);
  });

  it(`installs every Strapi 5 package at exactly ${STRAPI_VERSION} (5.55 does not install here)`, () => {
    const strapi5 = locked.filter((p) => p.name.startsWith('@strapi/') && p.version.startsWith('5.'));
    expect(strapi5.length).toBeGreaterThan(10);
    expect(strapi5.filter((p) => p.version !== STRAPI_VERSION).map((p) => `${p.path}@${p.version}`)).toEqual([]);
  });

  it(`pins every @strapi/* dependency a package declares to exactly ${STRAPI_VERSION}`, () => {
    for (const manifest of manifests) {
      for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (name.startsWith('@strapi/')) expect(range, `${manifest.name} → ${name}`).toBe(STRAPI_VERSION);
      }
    }
  });

  it('uses better-sqlite3 12 (13 crashes on Node 20)', () => {
    const copies = locked.filter((p) => p.name === 'better-sqlite3');
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(copy.version, copy.path).toMatch(/^12\./);
  });

  it('gives workspace packages the same version of a shared dependency', () => {
    const seen = new Map<string, string>();
    for (const manifest of manifests) {
      for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        const before = seen.get(name);
        if (before !== undefined) expect(range, `${manifest.name} → ${name}`).toBe(before);
        else seen.set(name, range);
      }
    }
  });
});
