import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The content types' SDL, as `npm run generate` committed it: the gateway runs what was
 * reviewed and never generates code at run time (codegen is a build tool, not a dependency).
 * Beside this file under `src/`, where the tests and the e2e suites read the source; the
 * build copies it beside the compiled file under `dist/`.
 */
export const loadDomainSdl = (): string => readFileSync(join(__dirname, 'generated', 'domain.graphql'), 'utf8');
