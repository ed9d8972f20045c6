import { communesModel, defineVocabulary, ModelError, namingOf, type Model } from '@communes/domain';
import {
  buildSchema,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  GraphQLObjectType,
  type GraphQLScalarType,
  validateSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { confidentialModel } from '../testing/confidential-model';
import { kitchenSinkModel } from '../testing/kitchen-sink-model';
import { FILTER_OPERATORS } from './scalar-filters';
import { toGraphqlSdl } from './to-graphql-sdl';

/** A Query root over every content type, as a gateway would declare it. */
function withQueryRoot(sdl: string, model: typeof communesModel): string {
  const fields = model.contentTypes.map((type) => {
    const { graphqlType, listField } = namingOf(type);
    return `  ${listField}(filters: ${graphqlType}FiltersInput, orderBy: [${graphqlType}Order!], first: Int, after: String, locale: [String!]): ${graphqlType}Connection!`;
  });
  return `${sdl}\ntype Query {\n  node(id: ID!): Node\n  nodes(ids: [ID!]!): [Node]!\n${fields.join('\n')}\n}\n`;
}

const schemaOf = (model: typeof communesModel) => buildSchema(withQueryRoot(toGraphqlSdl(model), model));
const fieldsOf = (type: GraphQLNamedType | undefined) => (type as GraphQLObjectType | GraphQLInputObjectType).getFields();

describe('toGraphqlSdl', () => {
  it('joined with a Query root, builds a valid schema for the whole Communes model', () => {
    const schema = schemaOf(communesModel);
    expect(validateSchema(schema)).toEqual([]);
    for (const type of communesModel.contentTypes) {
      const { graphqlType } = namingOf(type);
      expect(schema.getType(graphqlType), graphqlType).toBeInstanceOf(GraphQLObjectType);
      expect((schema.getType(graphqlType) as GraphQLObjectType).getInterfaces().map((i) => i.name)).toEqual(['Node']);
    }
  });

  it('is deterministic', () => {
    expect(toGraphqlSdl(communesModel)).toBe(toGraphqlSdl(communesModel));
  });

  describe('on a type with a confidentiality rule', () => {
    const schema = schemaOf(confidentialModel);
    const hearing = fieldsOf(schema.getType('Hearing'));

    it('says on each withheld field what a confidential entry gives instead', () => {
      expect(hearing.verdict?.description).toBe('What was decided. Withheld (null) when public is false.');
      expect(hearing.heardAt?.description).toBe("The hearing's heard at (an instant). Withheld (null) when public is false.");
      expect(hearing.files?.description).toBe("The hearing's files (files). Withheld (empty) when public is false.");
      expect(hearing.dossiers?.description).toBe("The hearing's dossiers (Dossier entries). Withheld (empty) when public is false.");
      expect(hearing.name?.description).toBe("The hearing's name.");
      expect(fieldsOf(schema.getType('Dossier')).hearings?.description).toBe(
        'Inverse of hearing.dossiers. Leaves out the entries whose public is false.',
      );
      expect(fieldsOf(schema.getType('Sitting')).hearings?.description).toBe('Inverse of hearing.sitting.');
      expect(schema.getType('Hearing')?.description).toBe(
        'A hearing. When public is false, only sitting, name, public and the system fields are served.',
      );
    });

    it('orders by visible fields only', () => {
      const values = (schema.getType('HearingOrderField') as GraphQLEnumType).getValues().map((v) => v.name);
      expect(values).toEqual(['name', 'public', 'createdAt', 'updatedAt', 'publishedAt']);
    });

    it('keeps withheld fields filterable, saying that a confidential entry never matches', () => {
      const filters = fieldsOf(schema.getType('HearingFiltersInput'));
      expect(filters.verdict?.description).toBe('Conditions on verdict. Never matches an entry whose public is false.');
      expect(filters.dossiers?.description).toBe(
        'Conditions on the Dossier entries of dossiers. Never matches an entry whose public is false.',
      );
      expect(filters.name?.description).toBe('Conditions on name.');
    });

    it('keeps nullable, on the agenda item of the Communes model, the required fields a closed item withholds or may lack', () => {
      const item = fieldsOf(schemaOf(communesModel).getType('AgendaItem'));
      const types = Object.fromEntries(['name', 'order', 'number', 'public', 'meeting', 'result'].map((n) => [n, String(item[n]?.type)]));
      // public is the flag: an item whose flag is missing counts as closed; meeting is a relation.
      expect(types).toEqual({
        name: 'String!',
        order: 'Int!',
        number: 'String',
        public: 'Boolean',
        meeting: 'Meeting',
        result: 'AgendaItemResult',
      });
    });

    it('leaves the agenda item of the Communes model orderable by its visible fields only', () => {
      const values = (schemaOf(communesModel).getType('AgendaItemOrderField') as GraphQLEnumType).getValues().map((v) => v.name);
      expect(values).toEqual(['number', 'order', 'name', 'public', 'createdAt', 'updatedAt', 'publishedAt']);
    });
  });

  describe('on a model with every field kind', () => {
    const schema = schemaOf(kitchenSinkModel);
    const sink = fieldsOf(schema.getType('KitchenSink'));

    it.each([
      ['title', 'String!'],
      ['body', 'String'],
      ['story', 'String'],
      ['count', 'Int'],
      ['price', 'Float'],
      ['open', 'Boolean'],
      ['day', 'Date'],
      ['at', 'DateTime!'],
      ['time', 'Time'],
      ['mail', 'String'],
      ['site', 'String'],
      ['colour', 'Colour'],
      ['colours', '[Colour!]!'],
      ['recipients', '[String!]!'],
      ['geo', 'GeoPoint'],
      ['photo', 'MediaFile'],
      ['files', '[MediaFile!]!'],
      ['slot', 'Slot'],
      ['slots', '[Slot!]!'],
      ['extra', 'JSON'],
      ['owner', 'Drawer'],
      ['drawers', '[Drawer!]!'],
      ['twin', 'Drawer'],
      ['tags', '[Drawer!]!'],
      ['related', '[KitchenSink!]!'],
      ['relatedFrom', '[KitchenSink!]!'],
    ])('types %s as %s', (name, type) => {
      expect(String(sink[name]?.type)).toBe(type);
    });

    it('declares required single values non-null, and keeps optional ones nullable for towns on older models', () => {
      expect(String(sink.title?.type)).toBe('String!');
      expect(String(sink.code?.type)).toBe('String');
      expect(String(sink.id?.type)).toBe('ID!');
      expect(String(sink.documentId?.type)).toBe('ID!');
      // Inside a value type too: a slot's day is required.
      expect(String(fieldsOf(schema.getType('Slot')).day?.type)).toBe('Colour!');
    });

    it('adds the inverse side to the target type', () => {
      const drawer = fieldsOf(schema.getType('Drawer'));
      expect(String(drawer.sinks?.type)).toBe('[KitchenSink!]!');
      expect(String(drawer.holder?.type)).toBe('KitchenSink');
    });

    it('leaves private fields out of the object type, the filters and the order', () => {
      for (const name of ['secret', 'secretColour', 'hidden']) {
        expect(sink[name], name).toBeUndefined();
        expect(fieldsOf(schema.getType('KitchenSinkFiltersInput'))[name], name).toBeUndefined();
        expect((schema.getType('KitchenSinkOrderField') as GraphQLEnumType).getValue(name), name).toBeUndefined();
      }
      expect(toGraphqlSdl(kitchenSinkModel)).not.toMatch(/\bsecret/);
    });

    it("offers Strapi's filter operators on every scalar", () => {
      for (const scalar of ['ID', 'String', 'Int', 'Float', 'Boolean', 'Date', 'DateTime', 'Time']) {
        expect(Object.keys(fieldsOf(schema.getType(`${scalar}FilterInput`))), scalar).toEqual([...FILTER_OPERATORS]);
      }
      const string = fieldsOf(schema.getType('StringFilterInput'));
      expect(String(string.in?.type)).toBe('[String]');
      expect(String(string.between?.type)).toBe('[String]');
      expect(String(string.null?.type)).toBe('Boolean');
      expect(String(string.not?.type)).toBe('StringFilterInput');
    });

    it('filters each field with the input of its kind, and nests relations', () => {
      const filters = fieldsOf(schema.getType('KitchenSinkFiltersInput'));
      expect(Object.fromEntries(Object.entries(filters).map(([name, field]) => [name, String(field.type)]))).toEqual({
        documentId: 'IDFilterInput',
        createdAt: 'DateTimeFilterInput',
        updatedAt: 'DateTimeFilterInput',
        publishedAt: 'DateTimeFilterInput',
        title: 'StringFilterInput',
        code: 'StringFilterInput',
        body: 'StringFilterInput',
        count: 'IntFilterInput',
        price: 'FloatFilterInput',
        open: 'BooleanFilterInput',
        day: 'DateFilterInput',
        at: 'DateTimeFilterInput',
        time: 'TimeFilterInput',
        mail: 'StringFilterInput',
        site: 'StringFilterInput',
        colour: 'ColourFilterInput',
        colours: 'ColourListFilterInput',
        recipients: 'MemberListFilterInput',
        geo: 'GeoPointFilterInput',
        owner: 'DrawerFiltersInput',
        drawers: 'DrawerFiltersInput',
        twin: 'DrawerFiltersInput',
        tags: 'DrawerFiltersInput',
        oneWay: 'DrawerFiltersInput',
        manyWay: 'DrawerFiltersInput',
        related: 'KitchenSinkFiltersInput',
        relatedFrom: 'KitchenSinkFiltersInput',
        and: '[KitchenSinkFiltersInput]',
        or: '[KitchenSinkFiltersInput]',
        not: 'KitchenSinkFiltersInput',
      });
    });

    it('orders by sortable public fields and the timestamps', () => {
      const order = schema.getType('KitchenSinkOrderField') as GraphQLEnumType;
      expect(order.getValues().map((v) => v.name)).toEqual([
        'title',
        'code',
        'body',
        'count',
        'price',
        'open',
        'day',
        'at',
        'time',
        'mail',
        'site',
        'colour',
        'createdAt',
        'updatedAt',
        'publishedAt',
      ]);
      expect(String(fieldsOf(schema.getType('KitchenSinkOrder')).direction?.type)).toBe('OrderDirection');
    });

    it('declares Relay connection and edge types', () => {
      const connection = fieldsOf(schema.getType('KitchenSinkConnection'));
      expect(Object.fromEntries(Object.entries(connection).map(([n, f]) => [n, String(f.type)]))).toEqual({
        edges: '[KitchenSinkEdge!]!',
        nodes: '[KitchenSink!]!',
        pageInfo: 'PageInfo!',
        totalCount: 'Int!',
      });
      expect(String(fieldsOf(schema.getType('KitchenSinkEdge')).cursor?.type)).toBe('String!');
    });

    it('turns vocabularies into enums with their English labels as descriptions', () => {
      const colour = schema.getType('Colour') as GraphQLEnumType;
      expect(colour.getValues().map((v) => [v.name, v.description])).toEqual([
        ['red', 'Red'],
        ['blue', 'Blue'],
      ]);
    });

    it('turns value types into object types', () => {
      const slot = fieldsOf(schema.getType('Slot'));
      expect(Object.fromEntries(Object.entries(slot).map(([n, f]) => [n, String(f.type)]))).toEqual({
        day: 'Colour!',
        opens: 'Time',
        note: 'String',
      });
    });

    it('filters a vocabulary by its enum, with the operators that make sense on a code', () => {
      const filter = fieldsOf(schema.getType('ColourFilterInput'));
      expect(Object.fromEntries(Object.entries(filter).map(([n, f]) => [n, String(f.type)]))).toEqual({
        eq: 'Colour',
        ne: 'Colour',
        in: '[Colour!]',
        notIn: '[Colour!]',
        null: 'Boolean',
        notNull: 'Boolean',
      });
      const list = fieldsOf(schema.getType('ColourListFilterInput'));
      expect(Object.fromEntries(Object.entries(list).map(([n, f]) => [n, String(f.type)]))).toEqual({
        contains: 'Colour',
        containsAll: '[Colour!]',
        containsAny: '[Colour!]',
      });
    });

    it('carries field descriptions into the schema, and makes one from the names and the kind where the model has none', () => {
      expect(sink.title?.description).toBe('The title.');
      expect(sink.at?.description).toBe("The kitchen sink's at (an instant).");
      expect(sink.colours?.description).toBe("The kitchen sink's colours (Colour codes).");
      expect(sink.owner?.description).toBe("The kitchen sink's owner (a Drawer).");
      expect(sink.site?.description).toBe("The kitchen sink's site (a web address).");
      expect(fieldsOf(schema.getType('Slot')).opens?.description).toBe("The slot's opens (a wall-clock time).");
    });
  });

  describe('for clients (Relay, codegen, IDEs)', () => {
    const schema = schemaOf(communesModel);

    it.each([
      ['DateTime', 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6', /RFC 3339 date-time with its offset/],
      ['Date', 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6', /RFC 3339 full-date/],
      ['Time', 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6', /RFC 3339 partial-time/],
      ['JSON', 'https://www.rfc-editor.org/rfc/rfc8259', /RFC 8259/],
    ])('describes the %s scalar and says where it is specified', (name, url, text) => {
      const scalar = schema.getType(name) as GraphQLScalarType;
      expect(scalar.specifiedByURL).toBe(url);
      expect(scalar.description).toMatch(text);
    });

    it('describes every type, field, argument, input field and enum value it generates', () => {
      const missing: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (type.name.startsWith('__') || type.name === 'Query' || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
          continue;
        if (!type.description) missing.push(type.name);
        if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) {
            if (!field.description) missing.push(`${type.name}.${field.name}`);
            for (const arg of 'args' in field ? field.args : [])
              if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
        if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      expect(missing).toEqual([]);
    });

    it('filters every vocabulary field by its enum: the codes a client may send are the codes towns store', () => {
      const filters = fieldsOf(schema.getType('EventFiltersInput'));
      expect(String(filters.eventStatus?.type)).toBe('EventStatusFilterInput');
      expect(String(filters.categories?.type)).toBe('EventCategoryListFilterInput');
      for (const vocabulary of communesModel.vocabularies) {
        const values = (schema.getType(vocabulary.name) as GraphQLEnumType).getValues();
        expect(
          values.map((v) => [v.name, v.value, v.description]),
          vocabulary.name,
        ).toEqual(vocabulary.codes.map((c) => [c.code, c.code, c.labels.en]));
      }
    });

    it('refuses a code GraphQL cannot spell, naming it, rather than renaming it for GraphQL only', () => {
      const withCodes = (...codes: string[]): Model => ({
        ...kitchenSinkModel,
        vocabularies: [defineVocabulary('Answer', 'An answer.', Object.fromEntries(codes.map((code) => [code, { en: code }])))],
      });
      for (const code of ['null', 'true', 'false', '1st', 'not-sure']) {
        expect(() => toGraphqlSdl(withCodes('yes', code)), code).toThrow(ModelError);
        expect(() => toGraphqlSdl(withCodes('yes', code)), code).toThrow(
          `Vocabulary "Answer": code "${code}" cannot be a GraphQL enum value`,
        );
      }
      expect(() => toGraphqlSdl(withCodes('yes', '_maybe', 'noWay2'))).not.toThrow();
    });
  });
});
