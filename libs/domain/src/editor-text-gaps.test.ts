import { describe, expect, it } from 'vitest';
import { defineContentType } from './content-type';
import { findEditorTextGaps } from './editor-text-gaps';
import type { ValueType } from './field';
import { contentTypeDefinitions } from './model';

const words = (en: string) => ({ fr: `${en} (fr)`, nl: `${en} (nl)`, de: `${en} (de)`, en });

const place: ValueType = {
  name: 'Spot',
  description: 'A spot.',
  fields: { label: { kind: 'string', editor: { label: { fr: 'Libellé', nl: 'Label', de: 'Bezeichnung', en: '' } } } },
};

const sample = defineContentType({
  domain: 'news',
  names: { singular: 'note', plural: 'notes', display: 'Note' },
  description: 'A note.',
  editor: { name: words('Note') },
  fields: {
    title: { kind: 'string', editor: { label: words('Title') } },
    body: { kind: 'text', editor: { label: words('Body'), help: { fr: 'Le texte.', nl: 'De tekst.', en: 'The text.' } as never } },
    when: { kind: 'dateTime' },
    rule: { kind: 'string', editor: { label: words('Repeats'), help: { ...words('Repeats'), en: 'An RFC 5545 rule' } } },
    spot: { kind: 'struct', valueType: place, list: false, editor: { label: words('Spot') } },
    parent: { kind: 'relation', target: 'note', cardinality: 'manyToOne', inverse: 'children', editor: { label: words('Parent') } },
  },
  defaultOrder: [],
  uniqueKeys: [],
  indexes: [],
});

describe('editor texts', () => {
  it('are complete, in fr, nl, de and en, for every type and field Communes ships', () => {
    expect(findEditorTextGaps(contentTypeDefinitions)).toEqual([]);
  });

  it('names what is missing: a language, a field, a value-type field, an inverse side, and developer wording', () => {
    expect(findEditorTextGaps([sample])).toEqual([
      'note.body help: no de text',
      'note.when: no editor text',
      'note.rule help (en): developer wording in "An RFC 5545 rule"',
      'Spot.label label: no en text',
      'note.children (the inverse of note.parent): no editor text',
    ]);
  });
});
