import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs a script of `tools/town-e2e/fixtures` with a town's environment, in a child process
 * (it loads the town's Strapi, which is one per process), and parses the JSON it prints.
 */
export function runTownFixture<T>(script: string, env: Record<string, string>): Promise<T> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'fixtures', script)], {
    env: { ...process.env, ...env, TOWN_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0) {
        try {
          return resolve(JSON.parse(last) as T);
        } catch {
          // Falls through to the error below, with the output.
        }
      }
      reject(new Error(`${script} exited with ${code}:\n${(stdout + stderr).slice(-4000)}`));
    });
  });
}
