import { expandOccurrences, type ResolvedContentType, toBrusselsParts } from '@communes/domain';
import {
  type Dimension,
  freshnessOf,
  readOccurrenceCandidates,
  type TimeBucket,
  TooManyCandidates,
  type TownHarvestState,
  type TownLocale,
  UnsupportedFilter,
} from '@communes/regional-index';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { GatewayErrorCode } from '../errors';
import { occurrencesTruncated } from '../occurrences/event-occurrences';
import { checkOccurrenceRange, hasOccurrences } from '../occurrences/occurrence-range';
import type { GatewayContext } from '../resolvers/gateway-context';
import { pathOf } from '../resolvers/report-town-error';
import type { AggregateArgs, AggregateGroupValue, KeyValue } from './aggregate-from-index';
import { isSmallCount, suppressionThreshold } from './small-counts';

/** Entries read to count a range's occurrences, at most: a region's events of a year fit many times over. */
const MAX_CANDIDATES = 50_000;
/** Occurrences counted in one request, at most (each is expanded and bucketed in the gateway). */
const MAX_COUNTED = 2_000_000;

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: GatewayErrorCode.BadUserInput } });

export interface OccurrencesRequest {
  type: ResolvedContentType;
  args: AggregateArgs;
  dimensions: readonly { dimension: Dimension; name: string; labelOf: KeyValue['labelOf'] }[];
  read: readonly TownLocale[];
  missing: readonly string[];
  states: ReadonlyMap<string, TownHarvestState>;
  codes: readonly string[];
  maxGroups: number;
}

/** What counting occurrences takes: the range, and the bucket of each groupBy that is a period (of start). */
export interface OccurrencesPlan {
  range: { from: Date; to: Date };
  periods: (TimeBucket | null)[];
}

/** Checks an aggregate of occurrences before anything is read: BAD_USER_INPUT for what it cannot answer. */
export function planOccurrences(
  type: ResolvedContentType,
  args: AggregateArgs,
  dimensions: readonly { dimension: Dimension }[],
  measures: number,
): OccurrencesPlan {
  if (!hasOccurrences(type)) throw refuse(`occurrences: ${type.names.plural} have no recurrence.`);
  const range = checkOccurrenceRange('occurrences', args.occurrences!);
  if (measures > 0) throw refuse('occurrences: only count and totalCount are measured over occurrences.');
  const periods = dimensions.map(({ dimension }) => {
    if (dimension.by !== 'time') return null;
    if (dimension.field !== 'start') throw refuse('occurrences: a date groupBy is on start (the occurrences’ starts).');
    return dimension.bucket;
  });
  return { range, periods };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO 8601 week of a calendar day: its year and number. */
function isoWeek(year: number, month: number, day: number): [number, number] {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of its week, in the week's year
  const weekYear = date.getUTCFullYear();
  return [weekYear, 1 + Math.floor((date.getTime() - Date.UTC(weekYear, 0, 1)) / 604_800_000)];
}

/** The bucket of Brussels time an instant falls in, named as the index names it (time-expression.ts). */
export function bucketOf(instant: Date, bucket: TimeBucket): string {
  const { year, month, day } = toBrusselsParts(instant);
  switch (bucket) {
    case 'day':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'week': {
      const [weekYear, week] = isoWeek(year, month, day);
      return `${weekYear}-W${pad(week)}`;
    }
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return String(year);
  }
}

/**
 * Groups by their keys in turn: values in code-point order, then a top's remainder (`other`),
 * then missing values (as aggregateList sorts them).
 */
export function compareKeys(
  a: readonly (string | null)[],
  b: readonly (string | null)[],
  aOther: readonly boolean[] = [],
  bOther: readonly boolean[] = [],
): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] ?? null, b[i] ?? null];
    if (x === null && y === null && Boolean(aOther[i]) !== Boolean(bOther[i])) return aOther[i] ? -1 : 1;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

type Counted = { keys: (string | null)[]; count: number; entries: Set<string> };
type CountedGroup = Counted & { other: boolean[] };

const asGroup = (group: Counted): CountedGroup => ({ ...group, other: group.keys.map(() => false) });

/**
 * A top over occurrences, as the index makes one over entries: the n values of one groupBy with
 * the most occurrences (ties by value), the others merged into one remainder per combination of
 * the other keys (a null key, `other` true); the missing value stays its own group.
 */
export function keepTop(groups: readonly Counted[], dimension: number, n: number): CountedGroup[] {
  const totals = new Map<string, number>();
  for (const { keys, count } of groups) {
    const value = keys[dimension];
    if (value !== null && value !== undefined) totals.set(value, (totals.get(value) ?? 0) + count);
  }
  const kept = new Set(
    [...totals]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([value]) => value),
  );
  const merged = new Map<string, CountedGroup>();
  for (const group of groups) {
    const value = group.keys[dimension] ?? null;
    const other = value !== null && !kept.has(value);
    const keys = group.keys.map((k, i) => (i === dimension && other ? null : k));
    const id = JSON.stringify([keys, other]);
    const into = merged.get(id);
    if (!into)
      merged.set(id, { keys, count: group.count, entries: new Set(group.entries), other: keys.map((_, i) => i === dimension && other) });
    else {
      into.count += group.count;
      for (const entry of group.entries) into.entries.add(entry);
    }
  }
  return [...merged.values()];
}

/**
 * `<kind>Aggregate(occurrences: { from, to })`: each entry counted once per occurrence in the
 * range. The index gives the entries that can have one (`readOccurrenceCandidates`: the list's
 * scope and filters, and the groupBy values but the period), the gateway expands their rules
 * (`expandOccurrences`), buckets each occurrence's start and counts. An event whose rule could
 * not be expanded whole is an OCCURRENCES_TRUNCATED error and makes the answer incomplete.
 */
export async function aggregateOccurrences(
  { range, periods }: OccurrencesPlan,
  request: OccurrencesRequest,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
) {
  const { type, args } = request;
  let candidates: Awaited<ReturnType<typeof readOccurrenceCandidates>> = [];
  try {
    if (request.read.length > 0)
      candidates = await readOccurrenceCandidates(ctx.index!, {
        type,
        towns: request.read,
        filters: args.filters,
        dimensions: request.dimensions.map(({ dimension }) => (dimension.by === 'time' ? null : dimension)),
        ...range,
        maxRows: MAX_CANDIDATES,
      });
  } catch (error) {
    if (error instanceof UnsupportedFilter) throw refuse(`filters: the regional index cannot filter on ${error.message}.`);
    if (error instanceof TooManyCandidates) throw refuse(error.message);
    throw error;
  }

  const counts = new Map<string, Counted>();
  const perEntry = new Map<string, number>();
  let counted = 0;
  let truncated = false;
  for (const candidate of candidates) {
    const entry = `${candidate.town}\u0000${candidate.locale}\u0000${candidate.documentId}`;
    const expansion = expandOccurrences(candidate, range);
    if (expansion.truncated && !perEntry.has(entry)) {
      truncated = true;
      ctx.townErrors.push(occurrencesTruncated(pathOf(info), candidate.town, candidate.documentId));
    }
    perEntry.set(entry, expansion.occurrences.length);
    counted += expansion.occurrences.length;
    if (counted > MAX_COUNTED) throw refuse(`occurrences: more than ${MAX_COUNTED} in all; filter, or ask for a shorter range.`);
    for (const occurrence of expansion.occurrences) {
      const keys = candidate.keys.map((value, i) => (periods[i] ? bucketOf(occurrence.start, periods[i]) : value));
      const id = JSON.stringify(keys);
      const group = counts.get(id);
      if (group) {
        group.count++;
        group.entries.add(entry);
      } else {
        if (counts.size >= request.maxGroups)
          throw refuse(`More than ${request.maxGroups} groups: filter, group by less, or ask for a shorter range.`);
        counts.set(id, { keys, count: 1, entries: new Set([entry]) });
      }
    }
  }
  const grouped = args.top ? keepTop([...counts.values()], args.top.groupBy, args.top.n) : [...counts.values()].map(asGroup);
  const freshness = freshnessOf(request.states, request.codes);
  // Small-count suppression counts entries, not occurrences: one weekly event is one entry.
  const threshold = suppressionThreshold(ctx.config.aggregateMinCount);
  const totalCount = [...perEntry.values()].reduce((sum, n) => sum + n, 0);
  return {
    groups: grouped
      .sort((a, b) => compareKeys(a.keys, b.keys, a.other, b.other))
      .map((group): AggregateGroupValue => {
        const suppressed = isSmallCount(group.entries.size, threshold);
        return {
          keys: group.keys.map((value, i) => ({
            dimension: request.dimensions[i]!.name,
            value,
            other: group.other[i]!,
            labelOf: request.dimensions[i]!.labelOf,
          })),
          count: suppressed ? null : group.count,
          suppressed,
          countBelow: suppressed ? threshold : null,
          measures: new Map(),
        };
      }),
    // Each entry's occurrences once, whatever the groups of a list of codes it is in.
    totalCount: isSmallCount(perEntry.size, threshold) ? null : totalCount,
    suppressedBelow: threshold,
    missingTowns: request.missing,
    complete: request.missing.length === 0 && freshness.failing.length === 0 && !truncated,
    source: 'INDEX' as const,
    freshness,
  };
}
