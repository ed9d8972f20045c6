import { dirname } from 'node:path';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { COMMITTED_SCHEMA_FILE } from './committed-schema';

/**
 * The rules a Relay front end's schema lint runs, on schema.graphql. Options left at their
 * default are the strict ones; the two changed, and why:
 * - relay-edge-types' `listTypeCanWrapOnlyEdgeType` is off: it would forbid every list but a
 *   connection's `edges`, where Relay asks only that `edges` wrap edges. The schema's lists are
 *   bounded on purpose: a vocabulary's codes, an entry's relations, a connection's `nodes`
 *   shortcut to the page's edges.
 * - require-description asks for a description on every type, root field, argument, enum
 *   value and directive, not on every object or input field: a content type's fields are named
 *   after the standard they export to (documented in its file and its plugin's README), and a
 *   filter input's fields are Strapi's operators, described once by their input type. Enum
 *   values that name something described elsewhere are left out too: an order enum's values
 *   are its type's fields, ContentKind's are the types.
 */
const RULES: Linter.RulesRecord = {
  '@graphql-eslint/relay-connection-types': 'error',
  '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false }],
  '@graphql-eslint/relay-page-info': 'error',
  '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
  '@graphql-eslint/require-description': [
    'error',
    {
      types: true,
      rootField: true,
      InputValueDefinition: true,
      EnumValueDefinition: true,
      DirectiveDefinition: true,
      ignoredSelectors: [
        'InputObjectTypeDefinition > InputValueDefinition',
        'EnumTypeDefinition[name.value=/OrderField$/] > EnumValueDefinition',
        'EnumTypeDefinition[name.value=ContentKind] > EnumValueDefinition',
      ],
    },
  ],
};

describe('graphql-eslint on schema.graphql', () => {
  it("passes the Relay rules and the description rule: every violation listed with graphql-eslint's message", async () => {
    const eslint = new ESLint({
      cwd: dirname(COMMITTED_SCHEMA_FILE),
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.graphql'],
          languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: COMMITTED_SCHEMA_FILE } } },
          plugins: { '@graphql-eslint': graphqlPlugin as unknown as ESLint.Plugin },
          rules: RULES,
        },
      ],
    });
    const [result] = await eslint.lintFiles([COMMITTED_SCHEMA_FILE]);
    const violations = result!.messages.map((m) => `schema.graphql:${m.line}: ${m.ruleId ?? 'parse'}: ${m.message}`);
    expect(violations).toEqual([]);
  });
});
