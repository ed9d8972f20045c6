import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of a package of this workspace, as `npm pack` packs it. */
export const workspaceFolderOf = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/**
 * Where Node would load a package from for an app in `appDir` that has no node_modules of its
 * own: the first `node_modules/<name>` on the way up (Node's own lookup; a package's `exports`
 * do not hide its folder, as they hide its package.json from require.resolve).
 */
export function packageFolderFrom(appDir: string, name: string): string | undefined {
  for (let dir = appDir; ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', name);
    if (existsSync(join(folder, 'package.json'))) return realpathSync(folder);
    if (dirname(dir) === dir) return undefined;
  }
}

const versionOf = (folder: string): string =>
  (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Why the app in `appDir` cannot run on the packages installed above it (the workspace's),
 * or undefined when it can: each dependency must be found there, a packed one (`file:`) as the
 * very folder it was packed from, another at exactly its pinned version. An app made inside the
 * workspace then needs no `npm install` of its own, which writes a gigabyte of node_modules
 * the workspace holds already.
 */
export function whyNotWorkspacePackages(
  appDir: string,
  dependencies: Readonly<Record<string, string>>,
  /** The folder a packed dependency was packed from. */
  packedFrom: (name: string) => string | undefined = workspaceFolderOf,
): string | undefined {
  for (const [name, spec] of Object.entries(dependencies)) {
    const found = packageFolderFrom(appDir, name);
    if (!found) return `${name} is not installed above ${appDir}`;
    if (spec.startsWith('file:')) {
      const packed = packedFrom(name);
      if (!packed || realpathSync(packed) !== found) return `${name} above ${appDir} is not the package packed for it`;
    } else {
      const version = versionOf(found);
      if (version !== spec) return `${name} above ${appDir} is ${version}, not ${spec}`;
    }
  }
  return undefined;
}
