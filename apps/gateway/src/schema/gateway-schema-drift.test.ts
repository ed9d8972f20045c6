import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewaySchemaFile } from './gateway-schema-file';
import { printGatewaySchema } from './print-gateway-schema';

describe('schema.graphql', () => {
  it('is the schema the gateway serves, sorted', () => {
    const committed = existsSync(gatewaySchemaFile) ? readFileSync(gatewaySchemaFile, 'utf8') : '';
    // A boolean, not a diff of 3,000 lines: the message says what to do.
    expect(committed === printGatewaySchema(), 'schema.graphql is not up to date: run npm run generate').toBe(true);
  });
});
