import { createRequire } from 'node:module';
import { communesModel, namingOf } from '@communes/domain';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** What the resolvers hold for an entry of any kind: the node a town's answer became. */
const GATEWAY_NODE = '../../towns/to-node#GatewayNode';

/**
 * GraphQL Code Generator, run by `npm run schema` (and `npm run generate` at the root) once
 * `schema.graphql` is written: the TypeScript types of the committed schema (its arguments,
 * inputs and enums) and a `Resolvers` map whose parents are what the resolvers hold, a
 * registry entry for a Town, a `GatewayNode` for an entry. Types only: the gateway never
 * loads codegen at run time. `schema-types-drift.test.ts` runs it again and compares.
 */
const config: CodegenConfig = {
  // The plugins the gateway lists, whoever runs this: the CLI, or the drift test from anywhere.
  pluginLoader: createRequire(__filename),
  schema: `${__dirname}/schema.graphql`,
  generates: {
    [`${__dirname}/src/schema/generated/schema-types.ts`]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        // String unions, not TypeScript enums: the file holds types only, no code to load.
        enumsAsTypes: true,
        scalars: { DateTime: 'string', Date: 'string', Time: 'string', JSON: 'unknown' },
        contextType: '../../resolvers/gateway-context#GatewayContext',
        mappers: {
          Town: '../../towns/town-directory#TownEntry',
          TownGroup: '../../resolvers/town-resolvers#Group',
          ...Object.fromEntries(communesModel.contentTypes.map((type) => [namingOf(type).graphqlType, GATEWAY_NODE])),
        },
      },
    },
  },
};

export default config;
