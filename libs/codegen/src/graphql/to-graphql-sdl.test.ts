import { communesModel, namingOf } from '@communes/domain';
import {
  buildSchema,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  GraphQLObjectType,
  validateSchema,
  type GraphQLNamedType,
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
      expect(hearing.heardAt?.description).toBe('Withheld (null) when public is false.');
      expect(hearing.files?.description).toBe('Withheld (empty) when public is false.');
      expect(hearing.dossiers?.description).toBe('Withheld (empty) when public is false.');
      expect(hearing.name?.description).toBeUndefined();
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
      expect(filters.verdict?.description).toBe('Never matches an entry whose public is false.');
      expect(filters.dossiers?.description).toBe('Never matches an entry whose public is false.');
      expect(filters.name?.description).toBeUndefined();
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
      ['title', 'String'],
      ['body', 'String'],
      ['story', 'String'],
      ['count', 'Int'],
      ['price', 'Float'],
      ['open', 'Boolean'],
      ['day', 'Date'],
      ['at', 'DateTime'],
      ['time', 'Time'],
      ['mail', 'String'],
      ['site', 'String'],
      ['colour', 'Colour'],
      ['colours', '[Colour!]!'],
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

    it('keeps model fields nullable, so that a town on an older model can leave them out', () => {
      expect(String(sink.title?.type)).toBe('String');
      expect(String(sink.id?.type)).toBe('ID!');
      expect(String(sink.documentId?.type)).toBe('ID!');
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
        colour: 'StringFilterInput',
        colours: 'ColourListFilterInput',
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
        day: 'Colour',
        opens: 'Time',
        note: 'String',
      });
    });

    it('carries field descriptions into the schema', () => {
      expect(sink.title?.description).toBe('The title.');
    });
  });
});
