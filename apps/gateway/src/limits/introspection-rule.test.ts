import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toGatewaySdl } from '../schema/gateway-sdl';
import { loadDomainSdl } from '../schema/load-domain-sdl';
import { createIntrospectionRule } from './introspection-rule';
import { createLimitsRule } from './limits-rule';

// Built with this module's graphql: validate() refuses a schema built by another copy.
const schema = buildSchema(`${loadDomainSdl()}\n${toGatewaySdl()}`);
const refusals = (text: string) =>
  validate(schema, parse(text), [...specifiedRules, createLimitsRule({ maxDepth: 12, maxAliases: 30 }), createIntrospectionRule()]).map(
    (e) => ({ code: e.extensions.code, message: e.message }),
  );

describe('introspection and the limits', () => {
  it("accepts graphql-js's standard introspection query with every option, 15 levels deep", () => {
    const options = {
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    };
    expect(refusals(getIntrospectionQuery(options))).toEqual([]);
    expect(refusals(getIntrospectionQuery())).toEqual([]);
  });

  it('accepts __type on one type, and counts introspection neither for depth nor alongside the data', () => {
    const deepTypeRef = `name ${'ofType { name '.repeat(20)}${'}'.repeat(20)}`;
    expect(refusals(`{ __type(name: "Meeting") { fields { name type { ${deepTypeRef} } } } towns { code } }`)).toEqual([]);
  });

  it('still limits the data fields beside introspection', () => {
    const deep = `meetings { nodes { ${'agendaItems { meeting { '.repeat(5)}name${' } }'.repeat(5)} } }`;
    expect(refusals(`{ __schema { queryType { name } } ${deep} }`).map((r) => r.code)).toEqual(['QUERY_TOO_DEEP']);
  });

  it("refuses a type's fields listed inside another type list, directly or through fragments", () => {
    const nested = '{ __schema { types { fields { type { fields { name } } } } } }';
    const viaFragments = `{ __schema { types { ...A } } } fragment A on __Type { fields { type { ...B } } } fragment B on __Type { possibleTypes { name } }`;
    const viaType = '{ __type(name: "Meeting") { interfaces { possibleTypes { name } } } }';
    for (const text of [nested, viaFragments, viaType]) {
      expect(refusals(text)).toEqual([{ code: 'QUERY_TOO_DEEP', message: expect.stringMatching(/^Introspection lists a type's fields/) }]);
    }
  });

  it('still counts aliases inside introspection', () => {
    const text = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} __schema { queryType { name } } }`;
    expect(refusals(text).map((r) => r.code)).toEqual(['TOO_MANY_ALIASES']);
  });
});
