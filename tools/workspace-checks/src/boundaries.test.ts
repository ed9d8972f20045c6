import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrowsOf, mayDependOn } from './arrows';
import { importsOf, isTestCode, packageOf, ROOT, runtimeImportsOf, sourceFiles, workspacePackages } from './workspace';

const violations = (dir: string, banned: (specifier: string) => boolean): string[] =>
  sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter(banned)
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );

describe('module boundaries', () => {
  it('keeps libs/domain free of Strapi, Apollo, GraphQL and any other package', () => {
    expect(violations('libs/domain', (spec) => !spec.startsWith('.') && !spec.startsWith('node:') && spec !== 'vitest')).toEqual([]);
  });

  it('keeps apps/gateway off the plugins and Strapi: it speaks to towns over HTTP only', () => {
    expect(violations('apps/gateway', (spec) => spec.startsWith('@communes/strapi-') || spec.startsWith('@strapi/'))).toEqual([]);
  });

  it('keeps plugins and libraries off the apps and tools', () => {
    for (const dir of ['libs/codegen', 'libs/strapi-kit', 'plugins']) {
      expect(
        violations(dir, (spec) => ['@communes/town', '@communes/gateway'].includes(spec) || spec.startsWith('@communes/tool')),
      ).toEqual([]);
    }
  });
});

describe("the README's arrows, at run time", () => {
  const ours = new Set(workspacePackages().map((p) => p.manifest.name));
  const arrowed = workspacePackages().filter((p) => arrowsOf(p.manifest.name) !== undefined);
  const allowed = (name: string) => arrowsOf(name)!.join(', ') || 'nothing of ours';
  /** Every import of another package of ours in code outside tests: who imports, where, what. */
  const imports = arrowed.flatMap(({ dir, manifest }) =>
    sourceFiles(dir)
      .filter((file) => !isTestCode(file))
      .flatMap((file) => runtimeImportsOf(file).map((spec) => ({ manifest, file: relative(ROOT, file), name: packageOf(spec)! })))
      .filter(({ name }) => name !== manifest.name && ours.has(name)),
  );

  it('lets code outside tests import only the packages of ours its arrows allow (the gateway: the domain, never codegen, the fake town or a plugin)', () => {
    const crossings = imports.filter(({ manifest, name }) => !mayDependOn(manifest.name, name));
    expect(
      crossings.map(({ manifest, file, name }) => `${file} imports ${name}; ${manifest.name} may import ${allowed(manifest.name)}`),
    ).toEqual([]);
  });

  it('has each package list what its code imports of ours under dependencies, as installs need', () => {
    const unlisted = imports.filter(({ manifest, name }) => !manifest.dependencies?.[name]);
    expect(
      unlisted.map(
        ({ manifest, file, name }) => `${file} imports ${name}, which ${manifest.name} lists only for development, or not at all`,
      ),
    ).toEqual([]);
  });

  it('lists under dependencies only what the arrows allow: codegen and the fake town are for tests', () => {
    const crossings = arrowed.flatMap(({ manifest }) =>
      Object.keys(manifest.dependencies ?? {})
        .filter((name) => ours.has(name) && !mayDependOn(manifest.name, name))
        .map((name) => `${manifest.name} depends on ${name}; it may depend on ${allowed(manifest.name)}`),
    );
    expect(crossings).toEqual([]);
  });

  it('publishes no package that needs an unpublished one of ours', () => {
    const unpublished = new Set(
      workspacePackages()
        .filter((p) => p.manifest.private)
        .map((p) => p.manifest.name),
    );
    const needs = workspacePackages()
      .filter((p) => !p.manifest.private)
      .flatMap(({ manifest }) =>
        Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
          .filter((name) => unpublished.has(name))
          .map((name) => `${manifest.name} → ${name}`),
      );
    expect(needs).toEqual([]);
  });
});

describe('house rules', () => {
  it('gives every package a README', () => {
    for (const { dir } of workspacePackages()) expect(existsSync(join(ROOT, dir, 'README.md')), dir).toBe(true);
  });

  it('lands no focused test', () => {
    const focused = ['libs', 'plugins', 'apps', 'tools'].flatMap((dir) =>
      sourceFiles(dir).filter((file) => /\b(it|test|describe)\.only\(/.test(readFileSync(file, 'utf8'))),
    );
    expect(focused.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
