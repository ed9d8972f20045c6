import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentTypes } from './load-content-types';

const folderWith = (schemas: Record<string, unknown>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'strapi-kit-'));
  for (const [name, schema] of Object.entries(schemas)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'schema.json'), JSON.stringify(schema));
  }
  return dir;
};

describe('loadContentTypes', () => {
  it('keys each schema by its folder, which is its singular name', () => {
    const dir = folderWith({ meeting: { info: { singularName: 'meeting' } }, paper: { info: { singularName: 'paper' } } });
    expect(Object.keys(loadContentTypes(dir))).toEqual(['meeting', 'paper']);
    expect(loadContentTypes(dir).meeting?.schema.info.singularName).toBe('meeting');
  });

  it('refuses a schema whose singular name differs from its folder', () => {
    const dir = folderWith({ meeting: { info: { singularName: 'sitting' } } });
    expect(() => loadContentTypes(dir)).toThrow(/info\.singularName is "sitting", expected "meeting"/);
  });

  it('says to run the generator when there is nothing to load', () => {
    expect(() => loadContentTypes(join(tmpdir(), 'does-not-exist-communes'))).toThrow(/run npm run generate/);
    expect(() => loadContentTypes(folderWith({}))).toThrow(/run npm run generate/);
  });
});
