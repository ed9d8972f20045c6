import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { RegisteredTown } from '@communes/gateway';
import { seedTownInChildProcess } from '@communes/seed';
import { readServiceRequestToken, startTownProcess } from '@communes/town';
import { installMember } from './install-member';
import type { NewMemberOptions } from './member-options';
import { packWorkspacePackages } from './pack-packages';
import { addToRegistry, isRegistered, portsInRegistry } from './registry-edit';
import { communesPackages, ensureNewFolder, scaffoldMember } from './scaffold-member';
import { whyNotWorkspacePackages } from './workspace-packages';

// Past the demo's members (1337 to 1341 by default), which may start after this one.
const FIRST_PORT = 1350;

const isFree = (port: number) =>
  new Promise<boolean>((done) => {
    const server = createServer()
      .once('error', () => done(false))
      .listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });

/** The first port from 1350 that no registered member uses and nothing listens on. */
async function choosePort(registryFile: string): Promise<number> {
  const taken = new Set(portsInRegistry(registryFile));
  for (let port = FIRST_PORT; port < FIRST_PORT + 1000; port++) if (!taken.has(port) && (await isFree(port))) return port;
  throw new Error(`No free port from ${FIRST_PORT}: give one with --port.`);
}

export interface AddedMember {
  dir: string;
  entry: RegisteredTown;
  /** The key Open311 clients present to file requests with this member (none without the requests plugin). */
  open311ApiKey?: string;
  /** Running when `start` was asked; stopped otherwise. */
  process?: Awaited<ReturnType<typeof startTownProcess>>;
}

/**
 * A new member, end to end: its app made and installed, started once (which makes its
 * secrets, its public read access and its create-only Open311 token), then added to the
 * registry, which a running gateway reloads. `log` tells the operator each step.
 */
export async function addMember(options: NewMemberOptions, log: (line: string) => void): Promise<AddedMember> {
  const dir = resolve(options.dir);
  if (isRegistered(options.registryFile, options.code))
    throw new Error(`${options.registryFile} already lists "${options.code}": take it out first (--remove), or choose another --code.`);
  const port = options.port ?? (await choosePort(options.registryFile));
  ensureNewFolder(dir);
  log(`Packing the Communes packages into ${join(dir, 'vendor')}...`);
  const packages = await packWorkspacePackages(communesPackages(options.domains), dir);
  const member = scaffoldMember({ ...options, dir, port }, packages);
  const notShared = options.install ? '--install asked for it' : whyNotWorkspacePackages(dir, member.dependencies);
  if (notShared) {
    log(`Installing (npm install, from the cache where it can: ${notShared})...`);
    await installMember(dir);
  } else log('No install: the workspace around it holds every package it pins (npm install there gives it its own).');
  if (options.seed) {
    log('Seeding a town-year of content in its plugins...');
    await seedTownInChildProcess({
      town: options.code,
      dataDir: member.dataDir,
      args: [
        ...['--name', options.name, '--locales', options.locales.join(','), '--plugins', options.domains.join(',')],
        ...Object.entries(options.groups).flatMap(([kind, code]) => ['--group', `${kind}:${code}`]),
      ],
    });
  }
  log('Starting it once (its secrets and tokens are made now, in its data folder)...');
  const running = await startTownProcess({ appDir: dir, env: { PORT: String(port), TOWN_LOG_LEVEL: 'warn' } });
  const writeToken = readServiceRequestToken(member.dataDir);
  const open311ApiKey = writeToken ? randomBytes(24).toString('hex') : undefined;
  if (open311ApiKey) writeFileSync(join(member.dataDir, 'open311-api-key'), `${open311ApiKey}\n`, { mode: 0o600 });
  const entry: RegisteredTown = {
    code: options.code,
    name: options.name,
    kind: options.kind,
    url: running.url,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(writeToken ? { writeToken } : {}),
    ...(open311ApiKey ? { open311ApiKeys: [open311ApiKey] } : {}),
    locales: options.locales,
    groups: options.groups,
  };
  try {
    addToRegistry(options.registryFile, entry);
  } catch (error) {
    // The registry changed meanwhile (another member took the code): nothing left running.
    await running.stop();
    throw error;
  }
  if (options.start) return { dir, entry, open311ApiKey, process: running };
  await running.stop();
  return { dir, entry, open311ApiKey };
}
