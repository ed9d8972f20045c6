import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { APP_ROOT } from '@communes/town';

export class CreateAdminError extends Error {
  readonly code = 'CREATE_ADMIN_FAILED';
}

export interface TownAccount {
  email: string;
  password: string;
}

/**
 * Runs the town's `bin/create-admin.js` as an operator does (`npm run admin:create -w
 * @communes/town -- --email ... --role editor --password-file ...`), on the town its environment
 * names, before the town serves anyone.
 */
export function createAdminAccount(
  env: Record<string, string | undefined>,
  { email, passwordFile, role }: { email: string; passwordFile: string; role: 'super-admin' | 'editor' },
): Promise<void> {
  const child = spawn(
    process.execPath,
    [join(APP_ROOT, 'bin', 'create-admin.js'), '--email', email, '--role', role, '--password-file', passwordFile],
    { cwd: APP_ROOT, env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new CreateAdminError(`create-admin.js --role ${role} exited with ${code}:\n${output.slice(-3000)}`)),
    );
  });
}
