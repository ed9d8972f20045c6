import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_NODE_FLAGS } from '@communes/gateway';

/**
 * A gateway in its own process, so that the load generator and the gateway do not share a
 * core's event loop, started with the flags `npm start` gives it (its heap limit), or `nodeFlags`.
 */
export async function startGatewayProcess(
  dir: string,
  towns: { code: string; url: string; locales?: string[]; groups?: Record<string, string> }[],
  env: Record<string, string> = {},
  nodeFlags: readonly string[] = GATEWAY_NODE_FLAGS,
) {
  const registryFile = join(dir, `towns-${Date.now()}.json`);
  writeFileSync(
    registryFile,
    JSON.stringify({ towns: towns.map((t) => ({ name: t.code, locales: ['fr'], groups: { region: 'bench' }, ...t })) }),
  );
  const main = require.resolve('@communes/gateway/dist/main.js');
  const child = spawn(process.execPath, [...nodeFlags, main], {
    env: { ...process.env, GATEWAY_REGISTRY: registryFile, PORT: '0', GATEWAY_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /\{"event":"listening","url":"(http[^"]+)"\}/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The gateway exited (${code}):\n${output}`)));
  });
  return {
    url,
    pid: child.pid!,
    // Once stopped, stopping again is nothing (a `finally` may stop what was stopped already).
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process, in MB (Linux). */
export function residentMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

/** CPU seconds a process has used (user + system), from /proc (Linux, 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
