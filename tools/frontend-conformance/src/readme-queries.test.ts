import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readCommittedSchema } from './committed-schema';

const ROOT = join(__dirname, '..', '..', '..');
/** The READMEs whose GraphQL a reader copies into GraphiQL or a front end. */
const READMES = ['README.md', 'apps/gateway/src/aggregates/README.md'];

/** Every ```graphql block of a Markdown file. */
function graphqlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe("the READMEs' GraphQL", () => {
  const schema = buildSchema(readCommittedSchema());

  for (const readme of READMES)
    it(`is valid against the committed schema: ${readme}`, () => {
      const blocks = graphqlBlocks(readFileSync(join(ROOT, readme), 'utf8'));
      expect(blocks.length, readme).toBeGreaterThan(0);
      // A block may list several queries to try one at a time: each is its own document.
      const problems = blocks.flatMap((block, i) =>
        parse(block).definitions.flatMap((definition, j) =>
          validate(schema, { kind: Kind.DOCUMENT, definitions: [definition] }).map(
            (error) => `block ${i + 1}, operation ${j + 1}: ${error.message}`,
          ),
        ),
      );
      expect(problems).toEqual([]);
    });

  it("holds the analyst's seven questions in the root README", () => {
    const blocks = graphqlBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8')).join('\n');
    for (const operation of [
      'PlanningApplications',
      'ServiceRequests',
      'Council',
      'EventsAndNews',
      'Towns',
      'PublicServices',
      'CompareTowns',
    ])
      expect(blocks).toContain(`query ${operation} {`);
  });
});
