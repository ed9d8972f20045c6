import { statSync } from 'node:fs';
import { loadTownSources } from './load-town-sources';
import type { TownSource } from './town-source';

/**
 * The towns of a registry file as it is now: read again whenever the file changes (its
 * modification time or size), so that a town added to the gateway's registry is harvested
 * without a restart. A change that does not read as a registry is refused: the towns from
 * before stay, and `refused` says why (once per change).
 */
export function watchTownSources(file: string, refused: (error: Error) => void = () => {}): () => TownSource[] {
  let towns = loadTownSources(file);
  let seen = stamp(file);
  return () => {
    let now: string;
    try {
      now = stamp(file);
    } catch {
      // Gone for a moment (an editor's save, a deploy): the towns from before, until it is back.
      return towns;
    }
    if (now === seen) return towns;
    seen = now;
    try {
      towns = loadTownSources(file);
    } catch (error) {
      refused(error as Error);
    }
    return towns;
  };
}

const stamp = (file: string): string => {
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
};
