import { join } from 'node:path';

/**
 * The committed schema files, at the package's root: two folders up from this file under
 * `src/` (tests) as under `dist/` (`npm run schema`).
 */
export const gatewaySchemaFile = join(__dirname, '..', '..', 'schema.graphql');

/** The schema of the last release, which the breaking-change check compares with. */
export const releasedSchemaFile = join(__dirname, '..', '..', 'schema.released.graphql');

/** The breaking changes since the last release that were made on purpose, each with its reason. */
export const breakingChangesFile = join(__dirname, '..', '..', 'schema-breaking-changes.json');
