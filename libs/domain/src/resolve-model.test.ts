import { describe, expect, it } from 'vitest';
import { defineContentType, type ContentType } from './content-type';
import { defineVocabulary } from './define-vocabulary';
import type { Field } from './field';
import { ModelError, ModelErrorCode, type ModelIssue } from './model-error';
import { contentTypeNamed } from './content-type-named';
import { resolveModel } from './resolve-model';

const colour = defineVocabulary('Colour', 'A colour.', { red: { en: 'Red' }, blue: { en: 'Blue' } });

const typeOf = (singular: string, fields: Record<string, Field>, overrides: Partial<ContentType> = {}): ContentType =>
  defineContentType({
    domain: 'council',
    names: { singular, plural: `${singular}s`, display: singular },
    description: `A ${singular}.`,
    fields,
    defaultOrder: [],
    uniqueKeys: [],
    indexes: [],
    ...overrides,
  });

const issuesOf = (types: ContentType[]): ModelIssue[] => {
  try {
    resolveModel(types);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return [...(error as ModelError).issues];
  }
  throw new Error('expected the model to be refused');
};

describe('resolveModel', () => {
  it('adds the inverse side of a relation to its target, with the flipped cardinality', () => {
    const model = resolveModel([
      typeOf('meeting', { name: { kind: 'string' } }),
      typeOf('item', { meeting: { kind: 'relation', target: 'meeting', cardinality: 'manyToOne', inverse: 'items' } }),
    ]);
    const meeting = contentTypeNamed('meeting', model);
    expect(meeting.fields.items).toEqual({
      kind: 'relation',
      target: 'item',
      cardinality: 'oneToMany',
      inverse: 'meeting',
      inverseOf: 'meeting',
      description: 'Inverse of item.meeting.',
    });
  });

  it.each([
    ['oneToOne', 'oneToOne'],
    ['oneToMany', 'manyToOne'],
    ['manyToOne', 'oneToMany'],
    ['manyToMany', 'manyToMany'],
  ] as const)('flips %s into %s on the inverse side', (cardinality, flipped) => {
    const model = resolveModel([typeOf('page', { links: { kind: 'relation', target: 'page', cardinality, inverse: 'linkedFrom' } })]);
    const inverse = model.contentTypes[0]!.fields.linkedFrom;
    expect(inverse).toMatchObject({ kind: 'relation', cardinality: flipped, target: 'page' });
  });

  it('leaves a one-way relation without an inverse field', () => {
    const model = resolveModel([
      typeOf('meeting', {}),
      typeOf('item', { meeting: { kind: 'relation', target: 'meeting', cardinality: 'manyToOne' } }),
    ]);
    expect(Object.keys(contentTypeNamed('meeting', model).fields)).toEqual([]);
  });

  it('marks a type localized when one of its fields is', () => {
    const model = resolveModel([
      typeOf('meeting', { name: { kind: 'string', localized: true } }),
      typeOf('item', { number: { kind: 'integer' } }),
    ]);
    expect(model.contentTypes.map((t) => [t.names.singular, t.localized])).toEqual([
      ['item', false],
      ['meeting', true],
    ]);
  });

  it('orders types by domain then name, and collects vocabularies and value types', () => {
    const link = { name: 'Link', description: 'A link.', fields: { url: { kind: 'url' } } } as const;
    const model = resolveModel([
      typeOf('zebra', { colour: { kind: 'enumeration', vocabulary: colour } }, { domain: 'alerts' }),
      typeOf('beta', { links: { kind: 'struct', valueType: link, list: true } }),
      typeOf('alpha', { colours: { kind: 'enumerationList', vocabulary: colour } }),
    ]);
    expect(model.contentTypes.map((t) => t.names.singular)).toEqual(['alpha', 'beta', 'zebra']);
    expect(model.vocabularies.map((v) => v.name)).toEqual(['Colour']);
    expect(model.valueTypes.map((v) => v.name)).toEqual(['Link']);
  });

  describe('refuses an invalid model, naming the type and the field', () => {
    it('an unknown field kind', () => {
      const issues = issuesOf([typeOf('meeting', { start: { kind: 'timestamp' } as unknown as Field })]);
      expect(issues).toEqual([
        expect.objectContaining({
          code: ModelErrorCode.UnknownFieldKind,
          type: 'meeting',
          field: 'start',
          message: expect.stringContaining('"meeting.start": unknown field kind "timestamp"'),
        }),
      ]);
    });

    it('a relation to an unknown type', () => {
      const issues = issuesOf([typeOf('item', { meeting: { kind: 'relation', target: 'sitting', cardinality: 'manyToOne' } })]);
      expect(issues).toEqual([
        expect.objectContaining({
          code: ModelErrorCode.UnknownRelationTarget,
          type: 'item',
          field: 'meeting',
          message: expect.stringContaining('unknown content type "sitting"'),
        }),
      ]);
    });

    it('a relation across domains, which would tie two plugins together', () => {
      const issues = issuesOf([
        typeOf('event', {}, { domain: 'agenda' }),
        typeOf('item', { event: { kind: 'relation', target: 'event', cardinality: 'manyToOne' } }),
      ]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.InvalidRelation, type: 'item', field: 'event' });
      expect(issues[0]!.message).toContain('crosses domains');
    });

    it('an unknown cardinality', () => {
      const issues = issuesOf([typeOf('item', { parent: { kind: 'relation', target: 'item', cardinality: 'belongsTo' as never } })]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.InvalidRelation, type: 'item', field: 'parent' });
    });

    it('a content type declared twice', () => {
      const issues = issuesOf([typeOf('meeting', {}), typeOf('meeting', {})]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.DuplicateName, type: 'meeting' });
      expect(issues[0]!.message).toContain('declared twice');
    });

    it('a plural already used by another type', () => {
      const issues = issuesOf([
        typeOf('person', {}, { names: { singular: 'person', plural: 'people', display: 'P' } }),
        typeOf('human', {}, { names: { singular: 'human', plural: 'people', display: 'H' } }),
      ]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.DuplicateName, type: 'human' });
    });

    it('an inverse name that clashes with a field of the target', () => {
      const issues = issuesOf([
        typeOf('meeting', { items: { kind: 'json' } }),
        typeOf('item', { meeting: { kind: 'relation', target: 'meeting', cardinality: 'manyToOne', inverse: 'items' } }),
      ]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.DuplicateName, type: 'meeting', field: 'items' });
    });

    it('a field that clashes with the columns of a geo point', () => {
      const issues = issuesOf([typeOf('place', { geo: { kind: 'geoPoint' }, geoLatitude: { kind: 'decimal' } })]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.DuplicateName, type: 'place', field: 'geoLatitude' });
    });

    it('two different vocabularies under one name', () => {
      const other = defineVocabulary('Colour', 'Another.', { green: { en: 'Green' } });
      const issues = issuesOf([
        typeOf('car', { colour: { kind: 'enumeration', vocabulary: colour }, trim: { kind: 'enumeration', vocabulary: other } }),
      ]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.DuplicateName, type: 'car', field: 'trim' });
    });

    it.each([
      'id',
      'documentId',
      'locale',
      'publishedAt',
      'createdAt',
      'updatedAt',
      'createdBy',
      'localizations',
      'status',
      'town',
      'strapiStage',
    ])('the reserved attribute name %s', (name) => {
      const issues = issuesOf([typeOf('meeting', { [name]: { kind: 'string' } })]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.ReservedName, type: 'meeting', field: name });
      expect(issues[0]!.message).toContain(`"meeting.${name}"`);
    });

    it("a reserved name given as a relation's inverse", () => {
      const issues = issuesOf([
        typeOf('meeting', {}),
        typeOf('item', { meeting: { kind: 'relation', target: 'meeting', cardinality: 'manyToOne', inverse: 'locale' } }),
      ]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.ReservedName, type: 'meeting', field: 'locale' });
    });

    it.each([
      ['a type name that is not kebab-case', typeOf('AgendaItem', {}), ModelErrorCode.InvalidName],
      ['a field name that is not camelCase', typeOf('meeting', { 'start-date': { kind: 'date' } }), ModelErrorCode.InvalidName],
      ['a localized date', typeOf('meeting', { start: { kind: 'date', localized: true } }), ModelErrorCode.InvalidOption],
      ['min above max', typeOf('meeting', { seats: { kind: 'integer', min: 10, max: 1 } }), ModelErrorCode.InvalidOption],
      [
        'minLength above maxLength',
        typeOf('meeting', { code: { kind: 'string', minLength: 10, maxLength: 1 } }),
        ModelErrorCode.InvalidOption,
      ],
      [
        'a default outside the vocabulary',
        typeOf('car', { colour: { kind: 'enumeration', vocabulary: colour, default: 'green' } }),
        ModelErrorCode.InvalidOption,
      ],
      [
        'a media field without types',
        typeOf('car', { photo: { kind: 'media', multiple: false, allowedTypes: [] } }),
        ModelErrorCode.InvalidOption,
      ],
      [
        'a default order on an unknown field',
        typeOf('car', {}, { defaultOrder: [{ field: 'make', direction: 'asc' }] }),
        ModelErrorCode.UnknownField,
      ],
      [
        'a default order on a JSON field',
        typeOf('car', { extra: { kind: 'json' } }, { defaultOrder: [{ field: 'extra', direction: 'asc' }] }),
        ModelErrorCode.InvalidOption,
      ],
      ['an index on an unknown field', typeOf('car', {}, { indexes: [['make']] }), ModelErrorCode.UnknownField],
      ['a unique key on an unknown field', typeOf('car', {}, { uniqueKeys: [['vin']] }), ModelErrorCode.UnknownField],
      ['an unknown domain', typeOf('car', {}, { domain: 'garage' as never }), ModelErrorCode.InvalidOption],
    ])('%s', (_, type, code) => {
      const issues = issuesOf([type]);
      expect(issues[0]?.code).toBe(code);
      expect(issues[0]?.message).toContain(type.names.singular);
    });

    it('a vocabulary code that is not a GraphQL-safe name', () => {
      const bad = defineVocabulary('Grade', 'A grade.', { 'a-plus': { en: 'A+' } });
      const issues = issuesOf([typeOf('exam', { grade: { kind: 'enumeration', vocabulary: bad } })]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.InvalidName, type: 'exam', field: 'grade' });
      expect(issues[0]!.message).toContain('"a-plus"');
    });

    it('a relation or media inside a value type', () => {
      const bad = {
        name: 'Bad',
        description: 'Bad.',
        fields: { photo: { kind: 'media', multiple: false, allowedTypes: ['images'] } },
      } as const;
      const issues = issuesOf([typeOf('car', { extra: { kind: 'struct', valueType: bad, list: false } })]);
      expect(issues[0]).toMatchObject({ code: ModelErrorCode.InvalidOption, type: 'Bad', field: 'photo' });
    });

    describe('a confidentiality rule', () => {
      const item = (overrides: Partial<ContentType>, fields: Record<string, Field> = {}) =>
        typeOf(
          'item',
          {
            name: { kind: 'string' },
            public: { kind: 'boolean' },
            result: { kind: 'string' },
            secret: { kind: 'string', private: true },
            ...fields,
          },
          overrides,
        );
      const rule = (when: { field: string; equals: boolean }, visible: string[]) => ({ confidentiality: { when, visible } });

      it('is accepted when its flag is a boolean and its fields exist, inverse relations included', () => {
        const model = resolveModel([
          item(rule({ field: 'public', equals: false }, ['name', 'public', 'notes'])),
          typeOf('note', { item: { kind: 'relation', target: 'item', cardinality: 'manyToOne', inverse: 'notes' } }),
        ]);
        expect(contentTypeNamed('item', model).confidentiality).toEqual({
          when: { field: 'public', equals: false },
          visible: ['name', 'public', 'notes'],
        });
      });

      it.each([
        [
          'an unknown flag',
          rule({ field: 'open', equals: false }, ['name']),
          ModelErrorCode.UnknownField,
          'open',
          'when.field names unknown field "open"',
        ],
        [
          'a flag that is not a boolean',
          rule({ field: 'result', equals: false }, ['result']),
          ModelErrorCode.InvalidOption,
          'result',
          'is a string, expected a boolean',
        ],
        ['a private flag', rule({ field: 'flag', equals: false }, ['flag']), ModelErrorCode.InvalidOption, 'flag', 'is private'],
        [
          'a flag value that is not a boolean',
          rule({ field: 'public', equals: 'no' as never }, ['public']),
          ModelErrorCode.InvalidOption,
          'public',
          'when.equals is "no", expected true or false',
        ],
        [
          'an unknown visible field',
          rule({ field: 'public', equals: false }, ['public', 'title']),
          ModelErrorCode.UnknownField,
          'title',
          'visible names unknown field "title"',
        ],
        [
          'a private visible field',
          rule({ field: 'public', equals: false }, ['public', 'secret']),
          ModelErrorCode.InvalidOption,
          'secret',
          'visible field "secret" is private',
        ],
        [
          'a flag left out of the visible fields',
          rule({ field: 'public', equals: false }, ['name']),
          ModelErrorCode.InvalidOption,
          'public',
          'must be visible',
        ],
        [
          'a default order on a withheld field',
          {
            ...rule({ field: 'public', equals: false }, ['name', 'public']),
            defaultOrder: [{ field: 'result', direction: 'asc' as const }],
          },
          ModelErrorCode.InvalidOption,
          'result',
          'defaultOrder field "result" is withheld',
        ],
      ])('refuses %s', (_, overrides, code, field, message) => {
        const issues = issuesOf([item(overrides, { flag: { kind: 'boolean', private: true } })]);
        expect(issues).toEqual([{ code, type: 'item', field, message: expect.stringContaining(message) }]);
        expect(issues[0]!.message).toMatch(/^"item" confidentiality: /);
      });
    });

    it('reports every issue at once', () => {
      const issues = issuesOf([typeOf('meeting', { id: { kind: 'string' }, start: { kind: 'nope' } as unknown as Field })]);
      expect(issues.map((i) => i.code)).toEqual([ModelErrorCode.ReservedName, ModelErrorCode.UnknownFieldKind]);
    });

    it('puts every issue in the error message', () => {
      expect(() => resolveModel([typeOf('meeting', { id: { kind: 'string' } })])).toThrow(/1 issue\):\n- "meeting\.id": "id" is reserved/);
    });
  });
});
