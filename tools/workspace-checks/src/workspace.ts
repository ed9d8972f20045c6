import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

export interface WorkspacePackage {
  dir: string;
  manifest: {
    name: string;
    private?: boolean;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
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

const specifiersIn = (text: string): string[] => [
  ...new Set([...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!)),
];

/** The module specifiers a source file imports or requires. */
export const importsOf = (file: string): string[] => specifiersIn(readFileSync(file, 'utf8'));

/** `import type …`, `export type … from`, and imports whose every name is a type: gone once compiled. */
const TYPE_ONLY =
  /(?:import|export)\s+type\s[^;]*?from\s*['"][^'"]+['"]|import\s*\{(?:\s*type\s+\w+(?:\s+as\s+\w+)?\s*,?)+\s*\}\s*from\s*['"][^'"]+['"]/g;

/** What a source file imports or requires when it runs: its type-only imports left out. */
export const runtimeImportsOf = (file: string): string[] => specifiersIn(readFileSync(file, 'utf8').replace(TYPE_ONLY, ''));

/** Tests, their helpers and fixtures, type declarations and configs: code that never ships. */
export const isTestCode = (file: string): boolean =>
  /\.test\.[cm]?[jt]s$|\.d\.ts$|(^|\/)vitest\.config\.[cm]?[jt]s$/.test(file) ||
  /(^|\/)(testing|test|fixtures)\//.test(relative(ROOT, file));

/** The package a module specifier names (`@communes/gateway/dist/main.js` → `@communes/gateway`), or undefined for a relative or built-in one. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export interface LockedPackage {
  path: string;
  name: string;
  version: string;
}

/** Every package npm installed, from package-lock.json. */
export function lockedPackages(): LockedPackage[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; link?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && !entry.link && entry.version)
    .map(([path, entry]) => ({
      path,
      name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
      version: entry.version!,
    }));
}
