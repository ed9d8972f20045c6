import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDrift, writeGeneratedFiles } from './write-generated-files';

const files = [
  { path: 'plugins/council/server/content-types/meeting/schema.json', content: '{"a":1}\n' },
  { path: 'apps/gateway/src/schema/generated/domain.graphql', content: 'type A { a: Int }\n' },
];

describe('findDrift and writeGeneratedFiles', () => {
  it('reports missing and changed files, writes them, then reports nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'codegen-'));
    mkdirSync(join(root, 'apps/gateway/src/schema/generated'), { recursive: true });
    writeFileSync(join(root, 'apps/gateway/src/schema/generated/domain.graphql'), 'hand edited\n');
    expect(findDrift(root, files).stale).toEqual(files.map((f) => f.path));
    writeGeneratedFiles(root, files);
    expect(readFileSync(join(root, files[0]!.path), 'utf8')).toBe('{"a":1}\n');
    expect(findDrift(root, files)).toEqual({ stale: [], orphaned: [] });
  });

  it('removes the schema folder of a content type that is gone from the model', () => {
    const root = mkdtempSync(join(tmpdir(), 'codegen-'));
    writeGeneratedFiles(root, files);
    mkdirSync(join(root, 'plugins/council/server/content-types/sitting'), { recursive: true });
    expect(findDrift(root, files).orphaned).toEqual(['plugins/council/server/content-types/sitting']);
    writeGeneratedFiles(root, files);
    expect(existsSync(join(root, 'plugins/council/server/content-types/sitting'))).toBe(false);
    expect(existsSync(join(root, 'plugins/council/server/content-types/meeting/schema.json'))).toBe(true);
  });
});
