import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTypeScript } from './compile-typescript';
import { startConformanceRegion } from './start-conformance-region';

const FIXTURES = join(__dirname, '..', 'fixtures', 'codegen');
const NODE_MODULES = join(__dirname, '..', '..', '..', 'node_modules');

describe('GraphQL Code Generator, client preset, with schema: the gateway URL', () => {
  let region: Awaited<ReturnType<typeof startConformanceRegion>>;
  let dir: string;
  beforeAll(async () => {
    region = await startConformanceRegion();
    dir = mkdtempSync(join(tmpdir(), 'frontend-codegen-'));
    // The generated code imports @graphql-typed-document-node/core, as in a front end's repository.
    symlinkSync(NODE_MODULES, join(dir, 'node_modules'), 'dir');
  });
  afterAll(async () => {
    await region?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('generates typed documents over HTTP, and tsc refuses wrong uses of them', async () => {
    const files: { filename: string }[] = await generate(
      {
        cwd: join(__dirname, '..'),
        schema: region.url,
        documents: [join(FIXTURES, 'operations.graphql')],
        // String unions for vocabularies, as most front ends prefer to TypeScript enums.
        generates: { [join(dir, 'gql/')]: { preset: 'client', config: { enumsAsTypes: true } } },
        silent: true,
      },
      true,
    );
    expect(files.map((f) => f.filename.slice(dir.length + 1)).sort()).toEqual([
      'gql/fragment-masking.ts',
      'gql/gql.ts',
      'gql/graphql.ts',
      'gql/index.ts',
    ]);
    expect(readFileSync(join(dir, 'gql/graphql.ts'), 'utf8')).toContain('EventsByCategoryDocument');
    copyFileSync(join(FIXTURES, 'use-typed-documents.ts'), join(dir, 'use-typed-documents.ts'));
    expect(compileTypeScript([join(dir, 'use-typed-documents.ts')])).toEqual([]);
  });
});
