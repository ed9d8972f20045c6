import { harvestStatesOf } from '../index-reads/harvest-states-of';
import { contentTypeNamed, namingOf, type ResolvedContentType } from '@communes/domain';
import {
  aggregateList,
  countList,
  type Dimension,
  freshnessOf,
  type TimeBucket,
  TooManyGroups,
  UnsupportedFilter,
} from '@communes/regional-index';
import { GraphQLError, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { GatewayErrorCode, TownError } from '../errors';
import { townLocales } from '../index-reads/town-locales';
import { vocabularyLabel } from '../open-data/oparl/vocabulary-label';
import { checkFilterValues } from '../resolvers/check-filter-values';
import type { GatewayContext } from '../resolvers/gateway-context';
import { reportTownError } from '../resolvers/report-town-error';
import { requestedFields } from '../resolvers/requested-fields';
import type { TownEntry } from '../towns/town-directory';
import { aggregateLive, planLiveCounts } from './aggregate-live';
import { aggregateOccurrences, planOccurrences } from './aggregate-occurrences';
import { requestedMeasures } from './requested-measures';
import { isSmallCount, suppressionThreshold } from './small-counts';

const MAX_DIMENSIONS = 4;
const MAX_TOP = 100;
/** A year of days in 600 towns is 219,000 groups: more than a chart or a spreadsheet needs from one request. */
const MAX_GROUPS = 10_000;

export interface AggregateArgs {
  towns?: readonly string[] | null;
  group?: string | null;
  filters?: Record<string, unknown> | null;
  locale?: readonly string[] | null;
  groupBy?: readonly { field?: string | null; date?: string | null; bucket?: string | null; townGroup?: string | null }[] | null;
  top?: { groupBy: number; n: number } | null;
  /** Count each entry once per occurrence in this range (aggregate-occurrences.ts). */
  occurrences?: { from: string; to: string } | null;
  /** INDEX, or LIVE: the one town asked counts (aggregate-live.ts); by default INDEX where the gateway has an index. */
  source?: 'INDEX' | 'LIVE' | null;
}

/** What a group's key says of itself, for its `label`. */
export interface KeyValue {
  dimension: string;
  value: string | null;
  other: boolean;
  /** How to name the value for people. */
  labelOf: (value: string, language: string | null | undefined) => string;
}

export interface AggregateGroupValue {
  keys: KeyValue[];
  /** Null when the group is suppressed. */
  count: number | null;
  /** Fewer entries than the deployment's minimum (`small-counts.ts`): its count and every measure withheld. */
  suppressed: boolean;
  /** When suppressed: the minimum its count is below. */
  countBelow: number | null;
  /** Empty when the group is suppressed. */
  measures: ReadonlyMap<string, number | null>;
}

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: GatewayErrorCode.BadUserInput } });
const LANGUAGES = new Set(['fr', 'nl', 'de', 'en']);
const YES_NO: Record<string, Record<string, string>> = {
  true: { en: 'yes', fr: 'oui', nl: 'ja', de: 'ja' },
  false: { en: 'no', fr: 'non', nl: 'nee', de: 'nein' },
};
const language = (asked: string | null | undefined) => (asked && LANGUAGES.has(asked) ? asked : 'en');

/** A groupBy as the index's dimension, and how its values are named; what cannot be grouped is the client's error. */
function toDimension(
  type: ResolvedContentType,
  groupBy: NonNullable<AggregateArgs['groupBy']>[number],
  towns: readonly TownEntry[],
): { dimension: Dimension; name: string; labelOf: KeyValue['labelOf'] } {
  const given = [groupBy.field, groupBy.date, groupBy.townGroup].filter((v) => v !== null && v !== undefined);
  if (given.length !== 1) throw refuse('groupBy: each takes exactly one of field, date or townGroup.');
  if (groupBy.bucket && !groupBy.date) throw refuse('groupBy: bucket goes with date.');
  const asIs = (value: string) => value;
  if (groupBy.date) {
    const bucket = (groupBy.bucket ?? 'MONTH').toLowerCase() as TimeBucket;
    return { dimension: { by: 'time', field: groupBy.date, bucket }, name: `${groupBy.date}:${bucket.toUpperCase()}`, labelOf: asIs };
  }
  if (groupBy.townGroup) {
    const kind = groupBy.townGroup;
    const groupOf = Object.fromEntries(towns.flatMap((t) => (t.town.groups[kind] ? [[t.town.code, t.town.groups[kind]!]] : [])));
    if (Object.keys(groupOf).length === 0)
      throw refuse(`groupBy: none of the towns asked belongs to a group of kind "${kind.slice(0, 40)}".`);
    return { dimension: { by: 'townGroup', groupOf }, name: `townGroup:${kind}`, labelOf: asIs };
  }
  const field = groupBy.field!;
  if (field === 'town') {
    const names = new Map(towns.map((t) => [t.town.code, t.town.name]));
    return { dimension: { by: 'town' }, name: 'town', labelOf: (value) => names.get(value) ?? value };
  }
  // `serviceType_category`: a field of the entry the link names.
  const [own, linkedField] = field.split('_') as [string, string | undefined];
  const owner = linkedField ? contentTypeNamed((type.fields[own] as { target: string }).target) : type;
  const name = linkedField ?? own;
  const definition = owner.fields[name];
  const labelOf: KeyValue['labelOf'] =
    definition?.kind === 'boolean'
      ? (value, asked) => YES_NO[value]?.[language(asked)] ?? value
      : (value, asked) => vocabularyLabel(owner.names.singular, name, value, language(asked)) ?? value;
  if (linkedField) return { dimension: { by: 'linked', relation: own, field: linkedField }, name: field, labelOf };
  return { dimension: { by: 'field', field }, name: field, labelOf };
}

/**
 * A kind's entries over some towns, grouped and measured by the regional index in one SQL
 * query (`aggregateList`), or, for one town asked LIVE (the default without an index), counted
 * by the town (`aggregate-live.ts`): the list's filters and each town's locale as its list reads it,
 * the measures the query selects of the groups. Towns never harvested are missing (each an
 * error); the answer says how fresh it is. With `aggregateMinCount` (k), a group of 1 to k - 1
 * entries keeps its keys and loses its count and measures, and so does a totalCount of 1 to
 * k - 1: computed as usual, withheld here, so no client gets them.
 */
export async function aggregateFromIndex(
  type: ResolvedContentType,
  args: AggregateArgs,
  ctx: GatewayContext,
  info: GraphQLResolveInfo,
  towns: readonly TownEntry[],
) {
  checkFilterValues(type, args.filters);
  const groupBy = args.groupBy ?? [];
  if (groupBy.length > MAX_DIMENSIONS) throw refuse(`groupBy: at most ${MAX_DIMENSIONS}.`);
  const dimensions = groupBy.map((g) => toDimension(type, g, towns));
  if (args.top && (args.top.groupBy < 0 || args.top.groupBy >= groupBy.length || args.top.n < 1 || args.top.n > MAX_TOP))
    throw refuse(`top: groupBy is the position of one of groupBy's (0 to ${groupBy.length - 1}), n from 1 to ${MAX_TOP}.`);
  if (args.top && groupBy[args.top.groupBy]?.date)
    throw refuse('top: it keeps the most frequent values of a field or of the towns, not periods.');
  const groupType = info.schema.getType(`${namingOf(type).graphqlType}AggregateGroup`) as GraphQLObjectType;
  const { ids, measures } = requestedMeasures(info, groupType);
  const occurrences = args.occurrences ? planOccurrences(type, args, dimensions, ids.length) : null;
  if ((args.source ?? (ctx.index ? 'INDEX' : 'LIVE')) === 'LIVE') {
    const plan = planLiveCounts(
      type,
      args,
      dimensions.map((d) => d.dimension),
      ids.length,
      towns,
    );
    if (typeof plan !== 'string') return aggregateLive(plan, type, args, dimensions, ctx, info);
    if (args.source === 'LIVE') throw refuse(`source LIVE: ${plan}.`);
    throw new GraphQLError(`This aggregate needs the regional index, and this gateway has none (GATEWAY_INDEX_DATABASE_URL): ${plan}.`, {
      extensions: { code: GatewayErrorCode.IndexUnavailable },
    });
  }
  if (!ctx.index)
    throw new GraphQLError('source INDEX: this gateway has no regional index (GATEWAY_INDEX_DATABASE_URL).', {
      extensions: { code: GatewayErrorCode.IndexUnavailable },
    });

  const codes = towns.map((t) => t.town.code);
  const states = await harvestStatesOf(ctx, ctx.index);
  const { read, missing } = townLocales(type.localized, codes, states, args.locale);
  for (const town of missing)
    reportTownError(
      ctx,
      info,
      new TownError(GatewayErrorCode.TownUnavailable, town, 'has not been harvested into the regional index yet.'),
    );
  if (occurrences)
    return aggregateOccurrences(occurrences, { type, args, dimensions, read, missing, states, codes, maxGroups: MAX_GROUPS }, ctx, info);
  const request = {
    type,
    towns: read,
    filters: args.filters,
    dimensions: dimensions.map((d) => d.dimension),
    measures,
    ...(args.top ? { top: { dimension: args.top.groupBy, n: args.top.n } } : {}),
    maxGroups: MAX_GROUPS,
  };
  let groups: Awaited<ReturnType<typeof aggregateList>> = [];
  let totalCount = 0;
  try {
    if (read.length > 0) {
      groups = await aggregateList(ctx.index, request);
      if (requestedFields(info).has('totalCount'))
        totalCount = await countList(ctx.index, { type, towns: read, filters: args.filters, order: [] });
    }
  } catch (error) {
    if (error instanceof UnsupportedFilter) throw refuse(`filters: the regional index cannot filter on ${error.message}.`);
    if (error instanceof TooManyGroups) throw refuse(error.message);
    throw error;
  }
  const freshness = freshnessOf(states, codes);
  const threshold = suppressionThreshold(ctx.config.aggregateMinCount);
  return {
    groups: groups.map((group): AggregateGroupValue => {
      const suppressed = isSmallCount(group.count, threshold);
      return {
        keys: group.keys.map((value, i) => ({
          dimension: dimensions[i]!.name,
          value,
          other: group.other[i]!,
          labelOf: dimensions[i]!.labelOf,
        })),
        count: suppressed ? null : group.count,
        suppressed,
        countBelow: suppressed ? threshold : null,
        measures: suppressed ? new Map() : new Map(ids.map((id, i) => [id, group.measures[i] ?? null])),
      };
    }),
    totalCount: isSmallCount(totalCount, threshold) ? null : totalCount,
    suppressedBelow: threshold,
    missingTowns: missing,
    complete: missing.length === 0 && freshness.failing.length === 0,
    source: 'INDEX' as const,
    freshness,
  };
}
