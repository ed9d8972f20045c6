import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps the SQLite towns it seeded, for the next suite that needs the same town at the same scale. */
    seedCache: string;
  }
}

/** One folder per run: a seed is only ever shared within the run that made it, from the code under test. */
export default function setup(project: { provide(key: 'seedCache', value: string): void }) {
  const dir = mkdtempSync(join(tmpdir(), 'communes-seed-cache-'));
  project.provide('seedCache', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
