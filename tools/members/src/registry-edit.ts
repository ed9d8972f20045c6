import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadRegistryFile, type RegisteredTown, type TownRegistry, validateRegistry } from '@communes/gateway';

/** The registry as the gateway reads it; none yet is an empty one (the first member makes it). */
const readRegistry = (file: string): TownRegistry => (existsSync(file) ? loadRegistryFile(file) : { towns: [] });

/**
 * Writes the whole file at once (a new file renamed over the old), so that a gateway watching
 * it never reads half of it; mode 600: it holds write tokens and Open311 keys.
 */
function writeRegistry(file: string, registry: TownRegistry): void {
  validateRegistry(registry, file);
  mkdirSync(dirname(file), { recursive: true });
  const next = `${file}.${process.pid}.tmp`;
  writeFileSync(next, `${JSON.stringify(registry, null, 2)}\n`, { mode: 0o600 });
  renameSync(next, file);
}

/** Adds a member to a gateway registry file (made if missing); a code already listed is refused. */
export function addToRegistry(file: string, member: RegisteredTown): void {
  const registry = readRegistry(file);
  if (registry.towns.some((town) => town.code === member.code))
    throw new Error(`${file} already lists "${member.code}": remove it first (--remove), or choose another --code.`);
  writeRegistry(file, { towns: [...registry.towns, member] });
}

/** Takes a member out of a registry file; answers whether it was there. */
export function removeFromRegistry(file: string, code: string): boolean {
  const registry = readRegistry(file);
  const towns = registry.towns.filter((town) => town.code !== code);
  if (towns.length === registry.towns.length) return false;
  writeRegistry(file, { towns });
  return true;
}

/** The ports of the members a registry lists on this machine, so that a new one takes another. */
export function portsInRegistry(file: string): number[] {
  return readRegistry(file)
    .towns.map((town) => new URL(town.url))
    .filter((url) => ['127.0.0.1', 'localhost'].includes(url.hostname) && url.port !== '')
    .map((url) => Number(url.port));
}

/** Whether a registry file lists a member (checked before the long work of making one). */
export const isRegistered = (file: string, code: string): boolean => readRegistry(file).towns.some((town) => town.code === code);
