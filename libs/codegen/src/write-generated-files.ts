import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOMAINS } from '@communes/domain';
import { pluginContentTypesDir, type GeneratedFile } from './generated-files';

export interface DriftReport {
  /** Files whose content differs from what the model generates, or that are missing. */
  stale: string[];
  /** Generated schema folders that no content type produces any more. */
  orphaned: string[];
}

/** Compares the files on disk with what the model generates. */
export function findDrift(root: string, files: readonly GeneratedFile[]): DriftReport {
  const stale = files
    .filter((file) => {
      const path = join(root, file.path);
      return !existsSync(path) || readFileSync(path, 'utf8') !== file.content;
    })
    .map((file) => file.path);
  const expectedDirs = new Set(files.map((file) => dirname(file.path)));
  const orphaned = DOMAINS.flatMap((domain) => {
    const dir = pluginContentTypesDir(domain);
    if (!existsSync(join(root, dir))) return [];
    return readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !expectedDirs.has(`${dir}/${entry.name}`))
      .map((entry) => `${dir}/${entry.name}`);
  });
  return { stale, orphaned };
}

/** Writes the generated files and removes schema folders of content types that are gone. */
export function writeGeneratedFiles(root: string, files: readonly GeneratedFile[]): DriftReport {
  const drift = findDrift(root, files);
  for (const file of files.filter((f) => drift.stale.includes(f.path))) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
  }
  for (const dir of drift.orphaned) rmSync(join(root, dir), { recursive: true });
  return drift;
}
