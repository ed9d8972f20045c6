import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RelayProject } from './compile-relay-project';

/** An artifact relay-compiler wrote in a JavaScript project (CommonJS, `module.exports = node`). */
export function loadRelayArtifact<T>(project: RelayProject, name: string): T {
  const file = join(project.dir, 'src', '__generated__', `${name}.graphql.js`);
  return createRequire(file)(file) as T;
}
