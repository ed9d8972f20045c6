import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

// The CLI's CommonJS build, as `npm run generate` runs it: its ES module would load graphql's
// ES module under vitest, a copy that refuses the plugins' (see print-gateway-schema.ts).
import codegen = require('@graphql-codegen/cli');

describe('generated/schema-types.ts', () => {
  it('holds the types GraphQL Code Generator writes from schema.graphql', async () => {
    const outputs: { filename: string; content: string }[] = await codegen.generate(config, false);
    expect(outputs).toHaveLength(1);
    const { filename, content } = outputs[0]!;
    const committed = existsSync(filename) ? readFileSync(filename, 'utf8') : '';
    // A boolean, not a diff of 5,000 lines: the message says what to do.
    expect(committed === content, 'generated/schema-types.ts is not up to date: run npm run generate').toBe(true);
  });
});
