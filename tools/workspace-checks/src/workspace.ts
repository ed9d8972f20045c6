import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

export interface WorkspacePackage {
  dir: string;
  manifest: { name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
}

/** The workspace's packages, as the root package.json's `workspaces` globs (`folder/*`) list them. */
export function workspacePackages(): WorkspacePackage[] {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
  return root.workspaces.flatMap((glob) => {
    const parent = join(ROOT, glob.replace(/\/\*$/, ''));
    if (!existsSync(parent)) return [];
    return readdirSync(parent)
      .map((name) => join(parent, name))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => ({ dir: relative(ROOT, dir), manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
  });
}

/** Every .ts and .js source file below `dir`, skipping dependencies, builds and generated data. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      if (['node_modules', 'dist', 'data', '.strapi', 'build'].includes(name)) continue;
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|mts|cjs)$/.test(name)) out.push(path);
    }
  };
  walk(join(ROOT, dir));
  return out;
}

/** The module specifiers a source file imports or requires. */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return [...new Set(specifiers)];
}

export interface LockedPackage {
  path: string;
  name: string;
  version: string;
}

/** Every package npm installed, from package-lock.json. */
export function lockedPackages(): LockedPackage[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; link?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && !entry.link && entry.version)
    .map(([path, entry]) => ({ path, name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version! }));
}
