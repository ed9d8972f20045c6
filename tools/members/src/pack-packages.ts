import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Packs workspace packages with `npm pack` into `<appDir>/vendor`, as they would be published,
 * and answers the app's dependency on each (`file:vendor/<tarball>`). Until the packages are
 * on a registry, this is how a member gets them; the app then installs them as any package.
 */
export async function packWorkspacePackages(names: string[], appDir: string): Promise<Record<string, string>> {
  const vendor = join(appDir, 'vendor');
  mkdirSync(vendor, { recursive: true });
  const specs: Record<string, string> = {};
  for (const name of names) {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', vendor], {
      cwd: dirname(require.resolve(`${name}/package.json`)),
      maxBuffer: 16 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    specs[name] = `file:vendor/${packed!.filename}`;
  }
  return specs;
}
