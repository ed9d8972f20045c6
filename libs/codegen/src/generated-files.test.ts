import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { communesModel, DOMAIN_DESCRIPTIONS, DOMAINS } from '@communes/domain';
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

  it("cover every content type, the plugins' READMEs, the entry types, the SDL and the gateway types", () => {
    const paths = toGeneratedFiles(communesModel).map((f) => f.path);
    expect(paths).toContain('plugins/council/server/content-types/agenda-item/schema.json');
    expect(paths.filter((p) => p.endsWith('/README.md'))).toEqual(DOMAINS.map((domain) => `plugins/${domain}/README.md`));
    expect(paths.filter((p) => p.endsWith('schema.json'))).toHaveLength(communesModel.contentTypes.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        'libs/domain/src/generated/entries.ts',
        'apps/gateway/src/schema/generated/domain.graphql',
        'apps/gateway/src/schema/generated/graphql-types.ts',
      ]),
    );
  });

  it("keep each plugin's package.json describing it as the domain does (npm shows it, Strapi too)", () => {
    const root = findWorkspaceRoot(__dirname);
    for (const domain of DOMAINS) {
      const manifest = JSON.parse(readFileSync(join(root, 'plugins', domain, 'package.json'), 'utf8')) as {
        description: string;
        strapi: { description: string };
      };
      expect([manifest.description, manifest.strapi.description], domain).toEqual([
        DOMAIN_DESCRIPTIONS[domain],
        DOMAIN_DESCRIPTIONS[domain],
      ]);
    }
  });
});
