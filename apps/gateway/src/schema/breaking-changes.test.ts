import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakingChangesFile, releasedSchemaFile } from './gateway-schema-file';
import { printGatewaySchema } from './print-gateway-schema';
import { checkBreakingChanges } from './testing/check-breaking-changes';
import { readBreakAcknowledgements } from './testing/read-break-acknowledgements';

describe('the schema against the last release (schema.released.graphql)', () => {
  it('breaks clients only where schema-breaking-changes.json says why, and that file names only real breaks', async () => {
    const report = await checkBreakingChanges(
      readFileSync(releasedSchemaFile, 'utf8'),
      printGatewaySchema(),
      readBreakAcknowledgements(breakingChangesFile),
    );
    expect(
      report,
      'A breaking change since the last release: make it compatible (add, deprecate, remove in a later release) ' +
        'or add it to schema-breaking-changes.json with its reason; remove the acknowledgements listed as stale',
    ).toEqual({ unacknowledged: [], stale: [] });
  });
});
