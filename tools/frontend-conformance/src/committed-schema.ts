import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The gateway's committed schema (`apps/gateway/schema.graphql`), what front ends build against. */
export const COMMITTED_SCHEMA_FILE = join(__dirname, '..', '..', '..', 'apps', 'gateway', 'schema.graphql');

export const readCommittedSchema = (): string => readFileSync(COMMITTED_SCHEMA_FILE, 'utf8');
