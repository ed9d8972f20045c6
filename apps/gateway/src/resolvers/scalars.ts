import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function stringScalar(name: string, pattern: RegExp, example: string) {
  const check = (value: unknown) => {
    if (typeof value !== 'string' || !pattern.test(value) || (pattern !== TIME && Number.isNaN(Date.parse(value)))) {
      throw new GraphQLError(`${name} expects a value such as "${example}", got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    serialize: (value) => value,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

function parseJsonLiteral(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, parseJsonLiteral(f.value)]));
    case Kind.LIST:
      return ast.values.map(parseJsonLiteral);
    default:
      return null;
  }
}

export const scalarResolvers = {
  DateTime: stringScalar('DateTime', ISO_DATE_TIME, '2026-03-14T19:30:00.000Z'),
  Date: stringScalar('Date', ISO_DATE, '2026-03-14'),
  Time: stringScalar('Time', TIME, '19:30:00.000'),
  JSON: new GraphQLScalarType({ name: 'JSON', serialize: (v) => v, parseValue: (v) => v, parseLiteral: parseJsonLiteral }),
};
