import { communesModel, namingOf } from '@communes/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { GatewayContext } from '../resolvers/gateway-context';
import { aggregateFieldsOf } from './aggregate-fields';
import { type AggregateArgs, type AggregateGroupValue, aggregateFromIndex, type KeyValue } from './aggregate-from-index';
import { measureId } from './requested-measures';

type Resolver = (parent: never, args: never, ctx: GatewayContext, info: GraphQLResolveInfo) => unknown;

/** A measure's value, computed with the others when the aggregate was read; null for a suppressed group, whatever the fallback. */
const measure =
  (fallback: number | null) =>
  (group: AggregateGroupValue, args: Record<string, unknown>, _ctx: GatewayContext, info: GraphQLResolveInfo) =>
    group.suppressed ? null : (group.measures.get(measureId(info.fieldName, args)) ?? fallback);

/** The aggregate root fields (one per kind), their groups' measures, and the keys' labels. */
export function aggregateResolvers(): { query: Record<string, Resolver>; types: Record<string, Record<string, Resolver>> } {
  const query: Record<string, Resolver> = {};
  const types: Record<string, Record<string, Resolver>> = {
    AggregateKey: {
      label: ((key: KeyValue, args: { language?: string | null }) =>
        key.value === null ? null : key.labelOf(key.value, args.language)) as Resolver,
    },
  };
  for (const type of communesModel.contentTypes) {
    const { graphqlType, listField } = namingOf(type);
    query[`${listField}Aggregate`] = ((_: unknown, args: AggregateArgs, ctx: GatewayContext, info: GraphQLResolveInfo) =>
      aggregateFromIndex(type, args, ctx, info, ctx.directory.select(args.towns, args.group))) as Resolver;
    // The schema has a kind's number measures only where it has number fields (aggregate-sdl.ts).
    const fields = aggregateFieldsOf(type);
    const group: Record<string, Resolver> = { duration: measure(null) as Resolver };
    if (fields.number.length)
      for (const name of ['sum', 'avg', 'min', 'max', 'median', 'percentile']) group[name] = measure(null) as Resolver;
    if (fields.distinct.length) group.countDistinct = measure(0) as Resolver;
    types[`${graphqlType}AggregateGroup`] = group;
  }
  return { query, types };
}
