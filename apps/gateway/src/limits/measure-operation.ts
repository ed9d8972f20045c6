import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext, type ValueNode } from 'graphql';
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

/** The fragments of a document, by name. */
export const fragmentsOf = (document: DocumentNode): Record<string, FragmentDefinitionNode> =>
  Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

/**
 * Whether a field, found by walking the schema along the path, is a list of entries (a
 * relation). A list of values kept in the entry itself (opening hours, a service's
 * attributes) costs no read of its own, so it does not multiply the cost.
 */
export function relationListTest(schema: GraphQLSchema): (path: string[], field: string) => boolean {
  // Duck-typed rather than isObjectType(): under vitest, Apollo's graphql (CommonJS) and this
  // module's (ESM) are two copies whose instanceof checks do not recognise each other's types.
  type Walked = { ofType?: Walked; getFields?: () => Record<string, { type: Walked }>; getInterfaces?: () => { name: string }[]; toString(): string };
  const named = (type: Walked): Walked => (type.ofType ? named(type.ofType) : type);
  return (path, field) => {
    let parent = schema.getQueryType() as unknown as Walked | undefined;
    for (const step of [...path, field]) {
      const type = parent?.getFields?.()[step]?.type;
      if (!type) return false;
      // A connection's nodes and edges are the page `first` already counts.
      if (step === field) return !String(parent).endsWith('Connection') && type.toString().replace(/!/g, '').startsWith('[') && (named(type).getInterfaces?.() ?? []).some((i) => i.name === 'Node');
      parent = named(type);
    }
    return false;
  };
}

/**
 * A validation rule refusing operations too deep or with too many aliases, before anything
 * is asked of a town. Each refusal says the limit. The cost, which depends on `first` and
 * so on variables, is checked once they are known (costLimitPlugin).
 */
export function createLimitsRule(limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases'>) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const { depth, aliases } = measureSelection(operation.selectionSet, fragmentsOf(context.getDocument()), relationListTest(context.getSchema()));
      if (depth > limits.maxDepth) context.reportError(new GraphQLError(`The operation is ${depth} levels deep; the limit is ${limits.maxDepth}.`, { extensions: { code: GatewayErrorCode.QueryTooDeep, gatewayCode: GatewayErrorCode.QueryTooDeep, depth, limit: limits.maxDepth } }));
      if (aliases > limits.maxAliases) context.reportError(new GraphQLError(`The operation has ${aliases} aliases; the limit is ${limits.maxAliases}.`, { extensions: { code: GatewayErrorCode.TooManyAliases, gatewayCode: GatewayErrorCode.TooManyAliases, aliases, limit: limits.maxAliases } }));
    },
  });
}
