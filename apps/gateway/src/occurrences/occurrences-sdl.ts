import { communesModel, namingOf } from '@communes/domain';
import { DEFAULT_OCCURRENCES_FIRST, hasOccurrences, MAX_OCCURRENCES_FIRST, MAX_RANGE_DAYS } from './occurrence-range';

/** The aggregates' argument asking to count occurrences (on the kinds that have them), as a line of the argument list. */
export const occurrencesArgumentSdl = `    """Count occurrences instead of entries: each entry once per occurrence overlapping [from, to) (at most ${MAX_RANGE_DAYS} days), its recurrence rule expanded in Brussels time less its EXDATEs; a date groupBy on start buckets the occurrences' starts. The filters still choose the entries. Only count and totalCount then (a measure is a BAD_USER_INPUT error); a top keeps the values with the most occurrences."""
    occurrences: OccurrenceRange`;

/** The occurrences' types, and the field on each kind that has them (events). */
export function occurrencesSdl(): string {
  const kinds = communesModel.contentTypes.filter(hasOccurrences).map((type) => namingOf(type).graphqlType);
  return `"""One time an event happens."""
type EventOccurrence {
  """When this occurrence starts."""
  start: DateTime!
  """When it ends: as long after its start as the event lasts, in Brussels wall-clock time; null when the event has no end."""
  end: DateTime
}

"""A range of time, [from, to): what starts before to and ends after from."""
input OccurrenceRange {
  """Where the range starts (included)."""
  from: DateTime!
  """Where it ends (excluded), at most ${MAX_RANGE_DAYS} days after from."""
  to: DateTime!
}

${kinds
  .map(
    (t) => `extend type ${t} {
  """
  The times this event happens that overlap [from, to), by start: once when it has no
  recurrence rule, else its start and what its RRULE generates (RFC 5545: COUNT counted from
  the start), less its EXDATEs, in Brussels wall-clock time (a weekly 10:00 stays at 10:00 in
  summer). An all-day event without an end covers its day. A range longer than ${MAX_RANGE_DAYS} days, or
  first above ${MAX_OCCURRENCES_FIRST}, is a BAD_USER_INPUT error; a rule so absurd that expanding it would take
  too long gives what was found and an OCCURRENCES_TRUNCATED error.
  """
  occurrences(
    """Where the range starts (included)."""
    from: DateTime!
    """Where it ends (excluded), at most ${MAX_RANGE_DAYS} days after from."""
    to: DateTime!
    """At most this many, the first ones (${DEFAULT_OCCURRENCES_FIRST} when not given, ${MAX_OCCURRENCES_FIRST} at most)."""
    first: Int
  ): [EventOccurrence!]!
}`,
  )
  .join('\n\n')}`;
}
