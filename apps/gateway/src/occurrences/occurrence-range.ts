import type { ResolvedContentType } from '@communes/domain';
import { GraphQLError } from 'graphql';
import { GatewayErrorCode } from '../errors';

/** The longest range occurrences are expanded over: a year, a leap year's included. */
export const MAX_RANGE_DAYS = 366;
/** At most this many occurrences of one event in one answer. */
export const MAX_OCCURRENCES_FIRST = 1000;
/** How many occurrences of an event `occurrences` gives when `first` is not given. */
export const DEFAULT_OCCURRENCES_FIRST = 100;

/** The fields an event's occurrences are computed from: read from the town whenever `occurrences` is asked. */
export const OCCURRENCE_SOURCE_FIELDS = ['start', 'end', 'allDay', 'recurrenceRule', 'recurrenceExceptions'] as const;

/** Whether a kind has occurrences: an instant `start` and a `recurrenceRule` (events). */
export function hasOccurrences(type: ResolvedContentType): boolean {
  return type.fields.start?.kind === 'dateTime' && type.fields.recurrenceRule?.kind === 'string';
}

/** A client's [from, to): both instants, from before to, at most MAX_RANGE_DAYS apart; else BAD_USER_INPUT. */
export function checkOccurrenceRange(argument: string, range: { from: string; to: string }): { from: Date; to: Date } {
  const from = new Date(range.from);
  const to = new Date(range.to);
  if (!(from.getTime() < to.getTime()) || to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000)
    throw new GraphQLError(`${argument}: from is before to, and at most ${MAX_RANGE_DAYS} days before it.`, {
      extensions: { code: GatewayErrorCode.BadUserInput },
    });
  return { from, to };
}
