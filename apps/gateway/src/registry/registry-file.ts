import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { RegistryError, validateRegistry, type TownRegistry } from './town-registry';

export function loadRegistryFile(path: string): TownRegistry {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RegistryError(path, [`cannot be read: ${(error as Error).message}`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new RegistryError(path, [`is not JSON: ${(error as Error).message}`]);
  }
  return validateRegistry(parsed, path);
}

export interface RegistrySource {
  current(): TownRegistry;
  close(): void;
}

/**
 * The registry, reloaded when its file changes: a valid new version replaces the old at once;
 * an invalid one is reported and the last valid version stays in force.
 */
export function watchRegistryFile(path: string, onEvent: (event: { reloaded?: TownRegistry; error?: Error }) => void): RegistrySource {
  let registry = loadRegistryFile(path);
  let timer: NodeJS.Timeout | undefined;
  // Watch the folder: editors and `mv` replace the file, which ends a watch on the file itself.
  const watcher: FSWatcher = watch(dirname(path), (_, file) => {
    if (file !== null && file !== basename(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        registry = loadRegistryFile(path);
        onEvent({ reloaded: registry });
      } catch (error) {
        onEvent({ error: error as Error });
      }
    }, 50);
  });
  return {
    current: () => registry,
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
