import { buildGatewaySchema } from './build-schema';

// graphql as @graphql-tools/schema loads it, through require: an import would be graphql's ES
// module under vitest, a copy that refuses the schema's types; compiled, both are one module.
import graphql = require('graphql');

/**
 * The gateway's public schema as committed in `schema.graphql`: sorted, so that the file
 * changes only when the schema does, never when a type moves in the SDL that builds it.
 */
export const printGatewaySchema = (): string => `${graphql.printSchema(graphql.lexicographicSortSchema(buildGatewaySchema()))}\n`;
