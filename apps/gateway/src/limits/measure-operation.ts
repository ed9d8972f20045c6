import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValueNode } from 'graphql';
import { GatewayErrorCode } from '../errors';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** The estimated number of entries an operation may touch. */
  maxCost: number;
}

/** A list field without `first` (a relation) is counted as this many entries. */
const RELATION_LIST_ESTIMATE = 10;
const DEFAULT_FIRST = 20;

function firstArgument(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** Depth, aliases and estimated cost of a selection set, following fragments once. */
export function measureSelection(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  isList: (parentPath: string[], field: string) => boolean,
  path: string[] = [],
  variables: Record<string, unknown> = {},
  seen = new Set<string>(),
): { depth: number; aliases: number; cost: number } {
  let depth = 0;
  let aliases = 0;
  let cost = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) aliases++;
      const name = selection.name.value;
      const first = firstArgument(selection.arguments?.find((a) => a.name.value === 'first')?.value, variables);
      const multiplier = first !== undefined || selection.arguments?.some((a) => a.name.value === 'first') ? (first ?? DEFAULT_FIRST) : isList(path, name) ? RELATION_LIST_ESTIMATE : 1;
      const inner = measureSelection(selection.selectionSet, fragments, isList, [...path, name], variables, seen);
      depth = Math.max(depth, selection.selectionSet ? inner.depth + 1 : 1);
      aliases += inner.aliases;
      cost += selection.selectionSet ? multiplier * Math.max(1, inner.cost) : 0;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = measureSelection(selection.selectionSet, fragments, isList, path, variables, seen);
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    } else {
      if (seen.has(selection.name.value)) continue;
      const inner = measureSelection(fragments[selection.name.value]?.selectionSet, fragments, isList, path, variables, new Set([...seen, selection.name.value]));
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    }
  }
  return { depth, aliases, cost };
}

/**
 * A validation rule refusing operations too deep, with too many aliases, or touching too
 * many entries, before anything is asked of a town. Each refusal says the limit.
 */
export function createLimitsRule(limits: OperationLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const schema = context.getSchema();
      // Whether a field returns a list, found by walking the schema along the path.
      const isList = (path: string[], field: string): boolean => {
        let type = schema.getQueryType() as unknown as { getFields?: () => Record<string, { type: unknown }> } | undefined;
        for (const step of [...path, field]) {
          let fieldType = type?.getFields?.()[step]?.type as { ofType?: unknown; toString(): string } | undefined;
          if (!fieldType) return false;
          if (step === field) return fieldType.toString().replace(/!/g, '').startsWith('[');
          while (fieldType?.ofType) fieldType = fieldType.ofType as typeof fieldType;
          type = fieldType as typeof type;
        }
        return false;
      };
      const { depth, aliases, cost } = measureSelection(operation.selectionSet, fragments, isList);
      if (depth > limits.maxDepth) context.reportError(new GraphQLError(`The operation is ${depth} levels deep; the limit is ${limits.maxDepth}.`, { extensions: { code: GatewayErrorCode.QueryTooDeep, gatewayCode: GatewayErrorCode.QueryTooDeep, depth, limit: limits.maxDepth } }));
      if (aliases > limits.maxAliases) context.reportError(new GraphQLError(`The operation has ${aliases} aliases; the limit is ${limits.maxAliases}.`, { extensions: { code: GatewayErrorCode.TooManyAliases, gatewayCode: GatewayErrorCode.TooManyAliases, aliases, limit: limits.maxAliases } }));
      if (cost > limits.maxCost) context.reportError(new GraphQLError(`The operation may touch about ${cost} entries; the limit is ${limits.maxCost}. Ask for smaller pages or fewer relations.`, { extensions: { code: GatewayErrorCode.QueryTooCostly, gatewayCode: GatewayErrorCode.QueryTooCostly, cost, limit: limits.maxCost } }));
    },
  });
}
