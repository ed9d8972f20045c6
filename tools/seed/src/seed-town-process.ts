import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * A script for `startTownProcess` (\`@communes/town\`): a demo member seeded, then served from
 * the same process (args: --town <code> --scale <n>).
 */
export const SEED_THEN_SERVE_SCRIPT = join(__dirname, 'bin', 'seed-then-serve.js');

export interface SeedProcessOptions {
  town: string;
  scale?: number;
  dataDir?: string;
  databaseUrl?: string;
  /** More command-line arguments, e.g. ["--name", "Liège", "--locales", "fr"] for a town outside the demo. */
  args?: string[];
}

/**
 * Runs the seeder CLI in a child process, since it loads the town's Strapi, which is one per
 * process. Resolves with its output when it exits 0; rejects with its output otherwise.
 */
export function seedTownInChildProcess({ town, scale = 1, dataDir, databaseUrl, args = [] }: SeedProcessOptions): Promise<string> {
  const argv = [join(__dirname, 'bin', 'seed.js'), '--town', town, '--scale', String(scale), ...args];
  if (dataDir) argv.push('--data-dir', dataDir);
  if (databaseUrl) argv.push('--database-url', databaseUrl);
  const child = spawn(process.execPath, argv, { env: { ...process.env, TOWN_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`The seeder exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}
