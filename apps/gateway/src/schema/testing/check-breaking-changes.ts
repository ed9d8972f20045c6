import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import type { BreakAcknowledgement } from './read-break-acknowledgements';

// graphql as the inspector loads it, through require: under vitest an import would be graphql's
// ES module, a copy whose schemas the inspector's copy refuses.
import graphql = require('graphql');

export interface BreakingChangesReport {
  /** Breaking changes since the release that no acknowledgement names. */
  unacknowledged: Pick<Change, 'message' | 'path'>[];
  /** Acknowledged changes (a path or a message) that match no breaking change any more. */
  stale: string[];
}

/**
 * The breaking changes from the `released` SDL to the `current` one that were not made on
 * purpose, and the acknowledgements that no longer match any: both must be empty for the
 * schema to ship, so that a client of the last release breaks only where a reason was written
 * down, and the reasons say nothing that is not so. A change is acknowledged by its path
 * (`Query.node.locale`: every break at that path) or by its exact message (that break only).
 */
export async function checkBreakingChanges(
  released: string,
  current: string,
  acknowledgements: readonly BreakAcknowledgement[],
): Promise<BreakingChangesReport> {
  const changes = await diff(graphql.buildSchema(released), graphql.buildSchema(current));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const acknowledged = new Set(acknowledgements.flatMap((entry) => entry.changes));
  const names = (change: Change) => [change.message, change.path].filter((name) => name !== undefined);
  return {
    unacknowledged: breaking
      .filter((change) => !names(change).some((name) => acknowledged.has(name)))
      .map(({ message, path }) => ({ message, path })),
    stale: [...acknowledged].filter((name) => !breaking.some((change) => names(change).includes(name))),
  };
}
