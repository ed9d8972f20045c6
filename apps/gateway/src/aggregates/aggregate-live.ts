import type { ResolvedContentType } from '@communes/domain';
import type { Dimension } from '@communes/regional-index';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { GatewayErrorCode } from '../errors';
import { readTownList } from '../towns/read-town-list';
import type { TownEntry } from '../towns/town-directory';
import type { GatewayContext } from '../resolvers/gateway-context';
import { reportTownError } from '../resolvers/report-town-error';
import { requestedFields } from '../resolvers/requested-fields';
import { unlessTownFails } from '../resolvers/unless-town-fails';
import type { AggregateArgs, AggregateGroupValue, KeyValue } from './aggregate-from-index';
import { compareKeys } from './aggregate-occurrences';
import { livePeriods } from './live-periods';
import { isSmallCount, suppressionThreshold } from './small-counts';

/** Counts one live aggregate may ask a town for, at most: what a town answers in well under a second. */
export const MAX_LIVE_COUNTS = 64;
/**
 * Counts all the live aggregates of one request may ask, at most: without it, 30 aliases would
 * turn one client request into some 2,000 requests to one town.
 */
export const MAX_LIVE_COUNTS_PER_REQUEST = 256;
/** Counts asked of the town at once: a town is not to be flooded by one client's aggregate. */
const CONCURRENT_COUNTS = 6;

type Filters = Record<string, unknown>;
/** One value of one groupBy, and the filter that keeps its entries (none: all of them). */
type KeyCondition = { value: string | null; condition: Filters | null };
/**
 * A groupBy's values as a town counts them. `nullable`: its entries without a value (or whose
 * value the town withholds, a closed-session item's result) make a group too, counted as the
 * entries less those of every value: a town's filter on a withheld field keeps public entries
 * only, so asking it for "no value" would miss the withheld ones, which the index counts there.
 */
type LiveKeys = { values: KeyCondition[]; nullable: boolean };

/** What counting one town live takes: for each groupBy, its values and how the town keeps each. */
export interface LivePlan {
  entry: TownEntry;
  keys: LiveKeys[];
}

/** The values of a groupBy a town can count one by one, or why it cannot. */
function keysOf(type: ResolvedContentType, dimension: Dimension, args: AggregateArgs, entry: TownEntry): LiveKeys | string {
  switch (dimension.by) {
    case 'town':
      return { values: [{ value: entry.town.code, condition: null }], nullable: false };
    case 'townGroup':
      return { values: [{ value: dimension.groupOf[entry.town.code] ?? null, condition: null }], nullable: false };
    case 'time': {
      const field = type.fields[dimension.field];
      const kind = field?.kind === 'date' ? 'date' : 'dateTime';
      const periods = livePeriods(args.filters, dimension.field, kind, dimension.bucket, MAX_LIVE_COUNTS);
      if (!periods)
        return `a period of ${dimension.field} is counted live only within bounds the filters give it (gte and lt), of at most ${MAX_LIVE_COUNTS} periods`;
      // The bounds leave out the entries without a date: no group of them.
      return { values: periods.map((p) => ({ value: p.name, condition: { [dimension.field]: p.condition } })), nullable: false };
    }
    case 'field': {
      const field = type.fields[dimension.field];
      const codes =
        field?.kind === 'boolean' ? ['false', 'true'] : field?.kind === 'enumeration' ? field.vocabulary.codes.map((c) => c.code) : null;
      if (!codes) return `${dimension.field} is grouped by the regional index only (a town counts by a vocabulary, a yes/no or a period)`;
      const typed = (code: string) => (field?.kind === 'boolean' ? code === 'true' : code);
      return { values: codes.map((value) => ({ value, condition: { [dimension.field]: { eq: typed(value) } } })), nullable: true };
    }
    default:
      return `${dimension.relation}_${dimension.field} is grouped by the regional index only`;
  }
}

/**
 * Whether one town can count this aggregate itself, and how: counts only (no measure, no top,
 * no occurrences), grouped by what it can filter on value by value, in at most
 * `MAX_LIVE_COUNTS` counts. Otherwise why not, for the client.
 */
export function planLiveCounts(
  type: ResolvedContentType,
  args: AggregateArgs,
  dimensions: readonly Dimension[],
  measures: number,
  towns: readonly TownEntry[],
): LivePlan | string {
  if (towns.length !== 1) return 'a live aggregate counts one town';
  if (measures > 0) return 'a live aggregate has count and totalCount only';
  if (args.top) return 'a live aggregate has no top';
  if (args.occurrences) return 'occurrences are counted from the regional index';
  const entry = towns[0]!;
  const keys: LiveKeys[] = [];
  let counts = 1;
  for (const dimension of dimensions) {
    const values = keysOf(type, dimension, args, entry);
    if (typeof values === 'string') return values;
    counts *= values.values.length + (values.nullable ? 1 : 0);
    if (counts > MAX_LIVE_COUNTS)
      return `a live aggregate asks the town for at most ${MAX_LIVE_COUNTS} counts; group by less, or narrow the filters`;
    keys.push(values);
  }
  return { entry, keys };
}

/** A position in a groupBy's values: one of them, all of them (`ANY`), or none of them (`NONE`, the nullable group). */
const ANY = -1;
const NONE = -2;

/** Every combination of one position per groupBy, from `choices(groupBy)`. */
const combinations = (keys: readonly LiveKeys[], choices: (k: LiveKeys) => number[]): number[][] =>
  keys.reduce<number[][]>((all, k) => all.flatMap((so) => choices(k).map((c) => [...so, c])), [[]]);

/** Runs the reads a few at a time. */
async function inTurns<T>(reads: (() => Promise<T>)[], atOnce: number): Promise<T[]> {
  const results: T[] = new Array(reads.length);
  let next = 0;
  const worker = async () => {
    while (next < reads.length) {
      const i = next++;
      results[i] = await reads[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, reads.length) }, worker));
  return results;
}

/**
 * One town's aggregate counted by the town, now: one count (a list of no entry, its total) per
 * combination of groupBy values, through the gateway's cache and its per-town protections,
 * with the list's filters and locale. Groups the town has no entry in are left out, as the
 * index leaves them out; with no groupBy, the one group is there even empty. Counts are what
 * the town's lists count, as a live list's totalCount. A town that fails is missing.
 */
export async function aggregateLive(
  plan: LivePlan,
  type: ResolvedContentType,
  args: AggregateArgs,
  names: readonly { name: string; labelOf: KeyValue['labelOf'] }[],
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
) {
  const { entry } = plan;
  // What the town is asked: each value of each groupBy, and ANY of a nullable one.
  const asked = combinations(plan.keys, (k) => [...k.values.keys(), ...(k.nullable ? [ANY] : [])]);
  const wantsTotal = requestedFields(info).has('totalCount');
  ctx.liveCounts.asked += asked.length + (wantsTotal ? 1 : 0);
  if (ctx.liveCounts.asked > MAX_LIVE_COUNTS_PER_REQUEST)
    throw new GraphQLError(
      `The live aggregates of one request ask a town for at most ${MAX_LIVE_COUNTS_PER_REQUEST} counts; send them in several requests, or ask the index (source: INDEX).`,
      { extensions: { code: GatewayErrorCode.BadUserInput, limit: MAX_LIVE_COUNTS_PER_REQUEST } },
    );
  const count = (extra: readonly (Filters | null)[]) => {
    const conditions = [args.filters ?? null, ...extra].filter((c): c is Filters => c !== null);
    const filters = conditions.length > 1 ? { and: conditions } : (conditions[0] ?? null);
    return readTownList(
      ctx.directory,
      entry,
      type,
      { filters, localeChain: args.locale, start: 0, limit: 0, relations: [], media: [], scalars: [] },
      ctx.requestId,
    ).then((list) => list.total);
  };
  const counted = await unlessTownFails(
    Promise.all([
      inTurns(
        asked.map((combo) => () => count(combo.map((at, i) => (at === ANY ? null : plan.keys[i]!.values[at]!.condition)))),
        CONCURRENT_COUNTS,
      ),
      wantsTotal ? count([]) : Promise.resolve(0),
    ]),
    (error) => {
      reportTownError(ctx, info, error);
      return null;
    },
  );
  const counts = new Map(asked.map((combo, i) => [combo.join(), counted?.[0][i] ?? 0]));
  // A NONE position is ANY less every value there, with the other positions as they are.
  const countOf = (combo: number[]): number => {
    const at = combo.indexOf(NONE);
    if (at < 0) return counts.get(combo.join()) ?? 0;
    const with_ = (position: number) => combo.map((c, i) => (i === at ? position : c));
    return plan.keys[at]!.values.reduce((rest, _, value) => rest - countOf(with_(value)), countOf(with_(ANY)));
  };
  const missing = counted ? [] : [entry.town.code];
  const threshold = suppressionThreshold(ctx.config.aggregateMinCount);
  const groups = combinations(plan.keys, (k) => [...k.values.keys(), ...(k.nullable ? [NONE] : [])])
    .map((combo) => ({
      keys: combo.map((at, i) => (at === NONE ? null : plan.keys[i]!.values[at]!.value)),
      count: counted ? countOf(combo) : 0,
    }))
    .filter((group) => group.count > 0 || (counted !== null && names.length === 0))
    .sort((a, b) => compareKeys(a.keys, b.keys));
  const totalCount = counted?.[1] ?? 0;
  return {
    groups: groups.map((group): AggregateGroupValue => {
      const suppressed = isSmallCount(group.count, threshold);
      return {
        keys: group.keys.map((value, i) => ({ dimension: names[i]!.name, value, other: false, labelOf: names[i]!.labelOf })),
        count: suppressed ? null : group.count,
        suppressed,
        countBelow: suppressed ? threshold : null,
        measures: new Map(),
      };
    }),
    totalCount: isSmallCount(totalCount, threshold) ? null : totalCount,
    suppressedBelow: threshold,
    missingTowns: missing,
    complete: missing.length === 0,
    source: 'LIVE' as const,
    freshness: { oldestSync: new Date(), behind: [], failing: missing },
  };
}
