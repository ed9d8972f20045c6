import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCommittedSchema } from './committed-schema';
import { compileRelayProject, type RelayProject } from './relay/compile-relay-project';
import { nodeTypeNames } from './relay/node-type-names';
import { toRefetchableNodeFragments } from './relay/to-refetchable-node-fragments';

describe('relay-compiler on schema.graphql', () => {
  const types = nodeTypeNames(readCommittedSchema());
  let project: RelayProject | undefined;
  afterAll(() => {
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  it('finds the Node types in the schema, towns among the content types', () => {
    expect(types).toEqual(expect.arrayContaining(['Event', 'Meeting', 'Town']));
  });

  it('compiles @refetchable on every Node type, a connection paged both ways, and a node query, without an error', () => {
    project = compileRelayProject({ language: 'typescript', sources: { 'RefetchableNodes.ts': toRefetchableNodeFragments(types) } });
    expect({ status: project.status, output: project.output }).toEqual({ status: 0, output: '' });
    const artifacts = readdirSync(join(project.dir, 'src', '__generated__'));
    expect(artifacts).toEqual(
      expect.arrayContaining([
        ...types.map((type) => `RefetchableNodes${type}Query.graphql.ts`),
        'EventTimelinePaginationQuery.graphql.ts',
        'EventNodeQuery.graphql.ts',
      ]),
    );
  });
});
