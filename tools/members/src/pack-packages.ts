import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { workspaceFolderOf } from './workspace-packages';

const run = promisify(execFile);

/** `npm pack` of one package folder into `<appDir>/vendor`: the app's dependency spec on it (`file:vendor/<tarball>`). */
export async function packFolder(folder: string, appDir: string): Promise<string> {
  const vendor = join(appDir, 'vendor');
  mkdirSync(vendor, { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', vendor], { cwd: folder, maxBuffer: 16 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  return `file:vendor/${packed!.filename}`;
}

/**
 * Packs workspace packages with `npm pack` into `<appDir>/vendor`, as they would be published,
 * and answers the app's dependency on each (`file:vendor/<tarball>`). Until the packages are
 * on a registry, this is how a member gets them; the app then installs them as any package.
 */
export async function packWorkspacePackages(names: string[], appDir: string): Promise<Record<string, string>> {
  const specs: Record<string, string> = {};
  for (const name of names) specs[name] = await packFolder(workspaceFolderOf(name), appDir);
  return specs;
}
