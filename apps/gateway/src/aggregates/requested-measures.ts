import type { Measure } from '@communes/regional-index';
import {
  type FieldNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  valueFromASTUntyped,
} from 'graphql';
import { GatewayErrorCode } from '../errors';
import { fieldsOf } from '../resolvers/requested-fields';

/** The measure fields of an aggregate group, by name, and what each asks of the index. */
const MEASURES = new Set(['countDistinct', 'sum', 'avg', 'min', 'max', 'median', 'percentile', 'duration']);

const MAX_MEASURES = 20;

/** One measure's identity: its field and arguments (defaults applied), whatever its alias. */
export const measureId = (field: string, args: Record<string, unknown>) =>
  `${field}:${JSON.stringify(
    Object.keys(args)
      .sort()
      .map((k) => [k, args[k]]),
  )}`;

/**
 * A field's arguments as its resolver will get them: the literal or variable given (variables
 * come coerced), else the schema's default. Untyped on purpose: graphql's typed helpers check
 * types with instanceof, and the schema may come from another copy of graphql (CommonJS beside
 * this ESM under the tests).
 */
function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  const args: Record<string, unknown> = {};
  for (const argument of definition.args) {
    const given = node.arguments?.find((a) => a.name.value === argument.name);
    if (given) args[argument.name] = valueFromASTUntyped(given.value, variables);
    else if (argument.defaultValue !== undefined) args[argument.name] = argument.defaultValue;
  }
  return args;
}

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: GatewayErrorCode.BadUserInput } });

/** A measure field's arguments as the index takes them; a percentile outside 0..1 is the client's error. */
function toMeasure(field: string, args: Record<string, unknown>): Measure {
  const fraction = (p: unknown, what: string) => {
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) throw refuse(`${what}: p is a fraction from 0 to 1 (0.9 for the 90th percentile).`);
    return p;
  };
  switch (field) {
    case 'countDistinct':
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
      return { of: field, field: String(args.field) };
    case 'median':
      return { of: 'percentile', field: String(args.field), p: 0.5 };
    case 'percentile':
      return { of: 'percentile', field: String(args.field), p: fraction(args.p, 'percentile') };
    default: {
      const statistic = args.statistic;
      if (statistic !== 'PERCENTILE' && args.p !== null && args.p !== undefined)
        throw refuse('duration: p goes with statistic: PERCENTILE.');
      const p = statistic === 'AVERAGE' ? 'avg' : statistic === 'PERCENTILE' ? fraction(args.p, 'duration') : 0.5;
      return { of: 'duration', from: String(args.from), to: String(args.to), p, unit: args.unit === 'HOURS' ? 'hours' : 'days' };
    }
  }
}

/**
 * The measures a query selects of an aggregate's groups (`groups { median(field: x) p90:
 * percentile(...) }`), through fragments, each once whatever its aliases: all are computed
 * in the one read of the index, and each group's field resolvers look their value up by id.
 */
export function requestedMeasures(info: GraphQLResolveInfo, groupType: GraphQLObjectType): { ids: string[]; measures: Measure[] } {
  const ids: string[] = [];
  const measures: Measure[] = [];
  const answer = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info.fragments, answer);
  const selected = new Map<string, FieldNode[]>();
  for (const group of answer.get('groups') ?? []) fieldsOf(group.selectionSet, info.fragments, selected);
  for (const node of [...selected.values()].flat()) {
    const name = node.name.value;
    const definition = groupType.getFields()[name];
    if (!MEASURES.has(name) || !definition) continue;
    const args = argumentsOf(definition, node, info.variableValues);
    const id = measureId(name, args);
    if (ids.includes(id)) continue;
    ids.push(id);
    measures.push(toMeasure(name, args));
    if (measures.length > MAX_MEASURES) throw refuse(`At most ${MAX_MEASURES} different measures in one aggregate.`);
  }
  return { ids, measures };
}
