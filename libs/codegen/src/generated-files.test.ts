import { communesModel } from '@communes/domain';
import { describe, expect, it } from 'vitest';
import { toGeneratedFiles } from './generated-files';
import { findWorkspaceRoot } from './workspace-root';
import { findDrift } from './write-generated-files';

describe('committed generated files', () => {
  it('are exactly what the model generates (otherwise: npm run generate)', () => {
    const { stale, orphaned } = findDrift(findWorkspaceRoot(__dirname), toGeneratedFiles(communesModel));
    expect(stale, 'Generated files are not up to date: run npm run generate, then commit them.').toEqual([]);
    expect(orphaned, 'Schemas of content types that no longer exist: run npm run generate.').toEqual([]);
  });

  it('cover every content type, the entry types, the SDL and the gateway types', () => {
    const paths = toGeneratedFiles(communesModel).map((f) => f.path);
    expect(paths).toContain('plugins/council/server/content-types/agenda-item/schema.json');
    expect(paths.filter((p) => p.endsWith('schema.json'))).toHaveLength(communesModel.contentTypes.length);
    expect(paths).toEqual(expect.arrayContaining(['libs/domain/src/generated/entries.ts', 'apps/gateway/src/schema/generated/domain.graphql', 'apps/gateway/src/schema/generated/graphql-types.ts']));
  });
});
