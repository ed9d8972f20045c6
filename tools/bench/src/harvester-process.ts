import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { residentMb } from './gateway-process';

/**
 * The harvester as production runs it, in its own process (`apps/harvester`'s main), over
 * `towns` into a PostgreSQL index: how long its first harvest takes, and its resident memory
 * at rest and at most meanwhile.
 */
export async function measureHarvesterProcess(
  dir: string,
  towns: readonly { code: string; url: string }[],
  index: { url: string; schema: string },
): Promise<{ ms: number; idleMb: number; peakMb: number; afterMb: number }> {
  const registry = join(dir, `harvester-towns-${Date.now()}.json`);
  writeFileSync(registry, JSON.stringify({ towns }));
  const child = spawn(process.execPath, [require.resolve('@communes/harvester/dist/main.js')], {
    env: {
      ...process.env,
      HARVESTER_REGISTRY: registry,
      INDEX_DATABASE_URL: index.url,
      INDEX_SCHEMA: index.schema,
      HARVESTER_INTERVAL_MS: '3600000',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"event":"listening","url":"(http[^"]+)"/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`The harvester exited (${code}):\n${output.slice(-2000)}`)));
    });
    const started = performance.now();
    const idleMb = residentMb(child.pid!);
    let peakMb = idleMb;
    for (;;) {
      peakMb = Math.max(peakMb, residentMb(child.pid!));
      const status = (await (await fetch(`${url}/status`)).json()) as { towns: { lastSuccess: string | null; running: boolean }[] };
      if (status.towns.every((t) => t.lastSuccess && !t.running)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ms = Math.round(performance.now() - started);
    return { ms, idleMb, peakMb, afterMb: residentMb(child.pid!) };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}
