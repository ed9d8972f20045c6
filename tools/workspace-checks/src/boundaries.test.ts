import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, ROOT, sourceFiles, workspacePackages } from './workspace';

const violations = (dir: string, banned: (specifier: string) => boolean): string[] =>
  sourceFiles(dir).flatMap((file) => importsOf(file).filter(banned).map((spec) => `${relative(ROOT, file)} imports ${spec}`));

describe('module boundaries', () => {
  it('keeps libs/domain free of Strapi, Apollo, GraphQL and any other package', () => {
    expect(violations('libs/domain', (spec) => !spec.startsWith('.') && !spec.startsWith('node:') && spec !== 'vitest')).toEqual([]);
  });

  it('keeps apps/gateway off the plugins and Strapi: it speaks to towns over HTTP only', () => {
    expect(violations('apps/gateway', (spec) => spec.startsWith('@communes/strapi-') || spec.startsWith('@strapi/'))).toEqual([]);
  });

  it('keeps plugins and libraries off the apps and tools', () => {
    for (const dir of ['libs/codegen', 'libs/strapi-kit', 'plugins']) {
      expect(violations(dir, (spec) => ['@communes/town', '@communes/gateway'].includes(spec) || spec.startsWith('@communes/tool'))).toEqual([]);
    }
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
