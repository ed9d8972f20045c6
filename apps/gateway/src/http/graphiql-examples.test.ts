import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../schema/build-schema';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

// The graphql the schema was built with (@graphql-tools loads it with require), not Vitest's ESM copy.
const { parse, validate } = createRequire(__filename)('graphql') as typeof import('graphql');

describe('GRAPHIQL_EXAMPLES', () => {
  const schema = buildGatewaySchema();

  it('are valid operations on the schema, one named operation each', () => {
    expect(GRAPHIQL_EXAMPLES.length).toBeGreaterThanOrEqual(3);
    for (const { query } of GRAPHIQL_EXAMPLES) {
      const document = parse(query);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      expect(document.definitions).toEqual([expect.objectContaining({ kind: 'OperationDefinition', name: expect.anything() })]);
    }
  });

  it("give every variable an operation declares, the week's bounds as placeholders", () => {
    for (const { query, variables } of GRAPHIQL_EXAMPLES) {
      const declared = [...query.matchAll(/\$(\w+):/g)].map((match) => match[1]);
      expect(Object.keys(variables ? JSON.parse(variables) : {}).sort()).toEqual(declared.sort());
    }
    // GraphiQL 3 opens the first tab with an empty variables editor.
    expect(GRAPHIQL_EXAMPLES[0]?.variables).toBeUndefined();
  });
});
