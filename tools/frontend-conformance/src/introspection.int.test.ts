import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCommittedSchema } from './committed-schema';
import { startConformanceRegion } from './start-conformance-region';

describe('introspection over HTTP (what IDEs, GraphiQL and codegen run first)', () => {
  let region: Awaited<ReturnType<typeof startConformanceRegion>>;
  beforeAll(async () => {
    region = await startConformanceRegion();
  });
  afterAll(() => region?.stop());

  it('answers getIntrospectionQuery() with every option, and the schema it describes is schema.graphql', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const response = await fetch(region.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: IntrospectionQuery; errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`)).toBeUndefined();
    expect(response.status).toBe(200);
    const served = `${printSchema(lexicographicSortSchema(buildClientSchema(body.data!)))}\n`;
    expect(served === readCommittedSchema(), 'the schema introspected over HTTP differs from apps/gateway/schema.graphql').toBe(true);
  });
});
