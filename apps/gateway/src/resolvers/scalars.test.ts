import { buildSchema, graphql, type GraphQLError, type GraphQLScalarType, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../schema/build-schema';
import { scalarResolvers } from './scalars';

const { Date: DateScalar, DateTime } = scalarResolvers;

describe('the Date, DateTime and Time scalars', () => {
  it('refuses an impossible date in a variable as in a literal, with BAD_USER_INPUT', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions.code };
      }
      return undefined;
    };
    expect(refusal(() => DateTime.parseValue('2026-02-30T00:00:00Z'))).toEqual({
      message: 'DateTime expects a value such as "2026-03-14T19:30:00.000Z" (a real calendar date), got "2026-02-30T00:00:00Z".',
      code: 'BAD_USER_INPUT',
    });
    expect(refusal(() => DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-02-30' }))).toEqual({
      message: 'Date expects a value such as "2026-03-14" (a real calendar date), got "2026-02-30".',
      code: 'BAD_USER_INPUT',
    });
    expect(DateScalar.parseValue('2026-02-28')).toBe('2026-02-28');
  });

  it('refuses it in a list of a filter, before any resolver runs', async () => {
    const schema = buildSchema('scalar DateTime type Query { count(between: [DateTime]): Int }');
    Object.assign(schema.getType('DateTime')!, { parseValue: DateTime.parseValue, parseLiteral: DateTime.parseLiteral });
    let resolved = false;
    const root = {
      count: () => {
        resolved = true;
        return 1;
      },
    };
    const viaVariable = await graphql({
      schema,
      rootValue: root,
      source: 'query ($v: [DateTime]) { count(between: $v) }',
      variableValues: { v: ['2026-01-01T00:00:00Z', '2026-02-30T00:00:00Z'] },
    });
    const viaLiteral = await graphql({
      schema,
      rootValue: root,
      source: '{ count(between: ["2026-01-01T00:00:00Z", "2026-02-30T00:00:00Z"]) }',
    });
    expect(viaVariable.errors?.[0]?.message).toMatch(/real calendar date/);
    expect(viaLiteral.errors?.[0]?.message).toMatch(/real calendar date/);
    expect(resolved).toBe(false);
  });
});

describe("the gateway's custom scalars", () => {
  it('keep the description and the @specifiedBy URL of the generated SDL (Relay, codegen and IDEs read them)', () => {
    const schema = buildGatewaySchema();
    const said = Object.fromEntries(
      ['DateTime', 'Date', 'Time', 'JSON'].map((name) => {
        const scalar = schema.getType(name) as GraphQLScalarType;
        return [name, [scalar.specifiedByURL, scalar.description?.split(':')[0]]];
      }),
    );
    expect(said).toEqual({
      DateTime: ['https://www.rfc-editor.org/rfc/rfc3339#section-5.6', 'An instant'],
      Date: ['https://www.rfc-editor.org/rfc/rfc3339#section-5.6', 'A calendar day without time zone'],
      Time: ['https://www.rfc-editor.org/rfc/rfc3339#section-5.6', 'A local time of day, without offset'],
      JSON: ['https://www.rfc-editor.org/rfc/rfc8259', 'Any JSON value (RFC 8259)'],
    });
  });
});
