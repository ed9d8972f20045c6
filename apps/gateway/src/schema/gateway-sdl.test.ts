import type { GraphQLEnumType, GraphQLObjectType, GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from './build-schema';

const schema = buildGatewaySchema();
const object = (name: string) => schema.getType(name) as GraphQLObjectType;
const undescribed = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).flatMap((field: GraphQLField<unknown, unknown>) => [
    ...(field.description?.trim() ? [] : [`${type.name}.${field.name}`]),
    ...field.args.filter((arg) => !arg.description?.trim()).map((arg) => `${type.name}.${field.name}(${arg.name})`),
  ]);

describe("the gateway's own schema", () => {
  it("takes Relay's node(id: ID!) and nodes(ids: [ID!]!) alone: an id names its locale", () => {
    const query = schema.getQueryType()!.getFields();
    expect(query.node!.args.map((a) => `${a.name}: ${a.type}`)).toEqual(['id: ID!']);
    expect(String(query.node!.type)).toBe('Node');
    expect(query.nodes!.args.map((a) => `${a.name}: ${a.type}`)).toEqual(['ids: [ID!]!']);
    expect(String(query.nodes!.type)).toBe('[Node]!');
  });

  it('makes Town a Node', () => {
    expect(object('Town').getInterfaces().map(String)).toEqual(['Node']);
    expect(String(object('Town').getFields().id!.type)).toBe('ID!');
  });

  it("shapes search as a Relay connection whose edges' node is a Node", () => {
    const edge = object('SearchEdge').getFields();
    expect(Object.fromEntries(Object.entries(edge).map(([name, f]) => [name, String(f.type)]))).toEqual({
      cursor: 'String!',
      node: 'Node!',
      score: 'Float!',
    });
    expect(String(object('SearchConnection').getFields().nodes!.type)).toBe('[Node!]!');
    expect(schema.getType('SearchHit')).toBeUndefined();
  });

  it('describes every root field and argument, and every field of its own types', () => {
    const own = ['Query', 'Town', 'TownGroup', 'TownGroupRef', 'TownStatus', 'TownPlugin', 'SearchEdge', 'SearchConnection'];
    expect(own.flatMap((name) => [...(object(name).description || name === 'Query' ? [] : [name]), ...undescribed(object(name))])).toEqual(
      [],
    );
    for (const name of ['TownState', 'ContentKind']) {
      const type = schema.getType(name) as GraphQLEnumType;
      expect(type.description, name).toBeTruthy();
      expect(
        type
          .getValues()
          .filter((v) => !v.description)
          .map((v) => v.name),
        name,
      ).toEqual([]);
    }
  });
});
