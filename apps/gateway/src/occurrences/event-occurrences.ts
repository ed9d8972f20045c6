import { expandOccurrences } from '@communes/domain';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { GatewayErrorCode } from '../errors';
import type { GatewayContext } from '../resolvers/gateway-context';
import { pathOf } from '../resolvers/report-town-error';
import type { GatewayNode } from '../towns/to-node';
import { checkOccurrenceRange, DEFAULT_OCCURRENCES_FIRST, MAX_OCCURRENCES_FIRST } from './occurrence-range';

/** The error beside the data when a rule needs more work than an expansion may do (MAX_EXPANSION_WORK). */
export const OCCURRENCES_TRUNCATED = 'OCCURRENCES_TRUNCATED';

export function occurrencesTruncated(path: readonly (string | number)[] | undefined, town: string, documentId: string) {
  return new GraphQLError(
    `The recurrence rule of ${town}'s event ${documentId} asks for too many candidate times to expand over this range: its occurrences are incomplete.`,
    { path, extensions: { code: OCCURRENCES_TRUNCATED, town, documentId } },
  );
}

/** `Event.occurrences(from, to, first)`: the node's recurrence expanded over the range (see occurrences-sdl.ts). */
export function eventOccurrences(
  node: GatewayNode,
  args: { from: string; to: string; first?: number | null },
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
) {
  const range = checkOccurrenceRange('occurrences', args);
  const first = args.first ?? DEFAULT_OCCURRENCES_FIRST;
  if (!Number.isInteger(first) || first < 0 || first > MAX_OCCURRENCES_FIRST)
    throw new GraphQLError(`occurrences: first is from 0 to ${MAX_OCCURRENCES_FIRST}.`, {
      extensions: { code: GatewayErrorCode.BadUserInput },
    });
  if (typeof node.start !== 'string') return [];
  const expansion = expandOccurrences(
    {
      start: node.start,
      end: typeof node.end === 'string' ? node.end : null,
      allDay: node.allDay === true,
      recurrenceRule: typeof node.recurrenceRule === 'string' ? node.recurrenceRule : null,
      recurrenceExceptions: node.recurrenceExceptions,
    },
    range,
    { limit: first },
  );
  if (expansion.truncated === 'work') ctx.townErrors.push(occurrencesTruncated(pathOf(info), node.__town, node.documentId));
  return expansion.occurrences.map((o) => ({ start: o.start.toISOString(), end: o.end?.toISOString() ?? null }));
}
