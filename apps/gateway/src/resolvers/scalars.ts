import { isIsoDate, isIsoDateTime, isIsoTime } from '@communes/domain';
import { GraphQLError, Kind, type GraphQLScalarTypeConfig, type ValueNode } from 'graphql';
import { GatewayErrorCode } from '../errors';

/**
 * How a custom scalar is parsed and written; its description and `@specifiedBy` URL stay
 * those of the generated SDL, their one place (`libs/codegen`'s shared SDL). A
 * `GraphQLScalarType` here would replace them, and graphql-tools would copy its undefined
 * description over the SDL's.
 */
type ScalarCoercion = Pick<GraphQLScalarTypeConfig<unknown, unknown>, 'serialize' | 'parseValue' | 'parseLiteral'>;

/**
 * A string scalar whose values are checked in literals and in variables alike: a value that
 * is not a real date never reaches a town (2026-02-30 made every town answer HTTP 500).
 */
function temporalScalar(name: string, isValid: (value: unknown) => boolean, example: string): Required<ScalarCoercion> {
  const check = (value: unknown) => {
    if (!isValid(value)) {
      throw new GraphQLError(
        `${name} expects a value such as "${example}" (a real ${name === 'Time' ? 'time' : 'calendar date'}), got ${JSON.stringify(value)?.slice(0, 80)}.`,
        {
          extensions: { code: GatewayErrorCode.BadUserInput },
        },
      );
    }
    return value;
  };
  return {
    serialize: (value) => value,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  };
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
  DateTime: temporalScalar('DateTime', isIsoDateTime, '2026-03-14T19:30:00.000Z'),
  Date: temporalScalar('Date', isIsoDate, '2026-03-14'),
  Time: temporalScalar('Time', isIsoTime, '19:30:00.000'),
  JSON: { serialize: (v) => v, parseValue: (v) => v, parseLiteral: parseJsonLiteral } satisfies Required<ScalarCoercion>,
};
