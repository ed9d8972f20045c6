import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropPostgresDatabases } from '@communes/town';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Where this run keeps the towns it seeded, for the next suite that needs the same town
     * at the same scale: a folder, and the name prefix of its PostgreSQL template databases.
     */
    seedCache: { dir: string; postgresTemplatePrefix: string };
  }
}

/** One folder and one template prefix per run: a seed is only ever shared within the run that made it, from the code under test. */
export default function setup(project: { provide(key: 'seedCache', value: { dir: string; postgresTemplatePrefix: string }): void }) {
  const dir = mkdtempSync(join(tmpdir(), 'communes-seed-cache-'));
  const postgresTemplatePrefix = `communes_seed_${randomBytes(4).toString('hex')}_`;
  project.provide('seedCache', { dir, postgresTemplatePrefix });
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    // A run of SQLite suites alone on a machine without PostgreSQL made no template.
    await dropPostgresDatabases(postgresTemplatePrefix).catch((error: { code?: string }) => {
      if (error.code !== 'ECONNREFUSED') throw error;
    });
  };
}
