import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import { referenceTownDir } from './scaffold-member';

const run = promisify(execFile);
const NATIVE = { name: 'better-sqlite3', binary: 'build/Release/better_sqlite3.node' };

const versionIn = (dir: string): string => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * `npm install` in a member's app, from npm's cache where it can. Without install scripts:
 * the one the app allows, better-sqlite3's, compiles SQLite from source where no prebuilt
 * binary can be downloaded (100 s on 2 cores); the workspace compiled the same version for
 * this Node and machine already, so its binary is taken from there. Another version is
 * compiled (`npm rebuild`).
 */
export async function installMember(appDir: string): Promise<void> {
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: appDir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const workspaceCopy = dirname(require.resolve(`${NATIVE.name}/package.json`, { paths: [referenceTownDir()] }));
  const appCopy = join(appDir, 'node_modules', NATIVE.name);
  if (versionIn(workspaceCopy) !== versionIn(appCopy)) {
    await run('npm', ['rebuild', NATIVE.name], { cwd: appDir, maxBuffer: 64 * 1024 * 1024 });
    return;
  }
  mkdirSync(dirname(join(appCopy, NATIVE.binary)), { recursive: true });
  copyFileSync(join(workspaceCopy, NATIVE.binary), join(appCopy, NATIVE.binary));
}
