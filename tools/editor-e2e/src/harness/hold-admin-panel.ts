import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_BUILD_LOCK, ARTIFACTS_DIR, WORKSPACE_ROOT } from './paths';

export interface AdminPanelHold {
  /** How long the build took, 0 when an existing build was reused. */
  buildMs: number;
  release(): Promise<void>;
}

/** The admin build failed, or never finished: its log is in the artifacts. */
export class AdminPanelBuildError extends Error {
  readonly code = 'ADMIN_PANEL_BUILD_FAILED';
}

const BUILT = 'admin-panel-ready';

/**
 * Builds apps/town's admin panel (`strapi build`) under the shared admin-build lock, then keeps
 * the lock until `release()`: another build would delete the files the town serves while the
 * browser loads them. With `reuse`, an existing build is kept as it is (for local runs).
 * The lock is held by a child process group of ours (flock, then sleep), ended on release.
 */
export function holdAdminPanel({ reuse = false, timeoutMs = 600_000 } = {}): Promise<AdminPanelHold> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const log = join(ARTIFACTS_DIR, 'admin-build.log');
  const reusable = reuse && existsSync(join(WORKSPACE_ROOT, 'apps', 'town', 'build', 'index.html'));
  const build = reusable ? 'true' : `npm run admin:build -w @communes/town > '${log}' 2>&1`;
  const started = Date.now();
  const child = spawn('flock', [ADMIN_BUILD_LOCK, 'sh', '-c', `${build} && echo ${BUILT} && exec sleep 86400`], {
    cwd: WORKSPACE_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  const release = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void release();
      reject(new AdminPanelBuildError(`The admin panel was not built within ${timeoutMs} ms: see ${log}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes(BUILT)) return;
      clearTimeout(timer);
      resolve({ buildMs: reusable ? 0 : Date.now() - started, release });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new AdminPanelBuildError(`The admin panel build exited with ${code}: see ${log}`));
    });
  });
}
