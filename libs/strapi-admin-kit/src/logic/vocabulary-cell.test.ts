import { describe, expect, it } from 'vitest';
import { cellCodes, vocabularyColumn } from './vocabulary-cell';

const vocabulary = { name: 'PaperType', codes: [{ code: 'decision', labels: { en: 'Decision', fr: 'Décision' } }] };

describe('list view columns of vocabulary codes', () => {
  it("recognizes this plugin's vocabulary and vocabulary-list fields that carry their vocabulary", () => {
    const header = (customField?: string, options: unknown = { vocabulary }) => ({
      name: 'paperType',
      attribute: { customField, options },
    });
    expect(vocabularyColumn(header('plugin::communes-council.vocabulary'), 'communes-council')).toBe(vocabulary);
    expect(vocabularyColumn(header('plugin::communes-council.vocabulary-list'), 'communes-council')).toBe(vocabulary);
    expect(vocabularyColumn(header('plugin::communes-council.struct'), 'communes-council')).toBeUndefined();
    expect(vocabularyColumn(header('plugin::communes-news.vocabulary'), 'communes-council')).toBeUndefined();
    expect(vocabularyColumn(header('plugin::communes-council.vocabulary', {}), 'communes-council')).toBeUndefined();
    expect(vocabularyColumn({ name: 'status' }, 'communes-council')).toBeUndefined();
  });

  it('reads one code or a list of codes, and nothing else', () => {
    expect(cellCodes('decision')).toEqual(['decision']);
    expect(cellCodes(['sports', 'culture'])).toEqual(['sports', 'culture']);
    expect(cellCodes(null)).toEqual([]);
    expect(cellCodes('')).toEqual([]);
    expect(cellCodes([1, 'x'])).toEqual(['x']);
  });
});
