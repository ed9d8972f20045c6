import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldCost, type CostSettings } from './field-cost';
import { saturate } from './saturate';
import { namedType, type SchemaField, type SchemaType } from './schema-type';
import { createVariableValues } from './variable-values';

/** What the limits look at in an operation, every fragment counted as often as it is used. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  /** The estimated number of entries the operation may read from towns. */
  cost: number;
}

/**
 * Selection sets nested in one another, through fields, inline fragments and fragment spreads,
 * past which measuring stops and the operation counts as too deep: far beyond any real query
 * (the depth limit is 12), far below the few thousand levels that would overflow the stack.
 */
export const MAX_NESTING = 500;

const NOTHING: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };
const TOO_NESTED: OperationMeasure = { depth: MAX_NESTING + 1, aliases: 0, cost: Number.MAX_SAFE_INTEGER };
const MEASURING = Symbol('measuring');
/** The root fields of introspection, measured apart (see introspection-rule.ts). */
export const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set(['__schema', '__type']);

export interface MeasurerOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  /** Without, the cost is not worked out (0): validation reads only depth and aliases. */
  settings?: CostSettings;
  /** The operation whose variables (and their defaults) arguments read; none in validation. */
  variablesOf?: { operation: OperationDefinitionNode; values: Record<string, unknown> };
}

/**
 * Measures the operations of one document in time linear in its size. A fragment is measured
 * once and its measure reused at every spread: counting what a spread would expand to, never
 * expanding it. A chain of fragments each spread twice names its last field 2^n times; walking
 * it again for every use froze the event loop for hours at 30 levels.
 *
 * A fragment's measure does not depend on where it is spread: its fields are looked up on its
 * own type condition, and the variables are fixed for the measurer. Validation, which cannot
 * see variables, measures every operation with one measurer and reads depth and aliases; the
 * cost plugin measures the operation run, with its variables.
 */
export function createOperationMeasurer({ schema, document, settings, variablesOf }: MeasurerOptions) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const measured = new Map<string, OperationMeasure | typeof MEASURING>();
  // Duck-typed rather than graphql's type guards: under vitest, Apollo's graphql (CommonJS) and
  // this module's (ESM) are two copies whose instanceof checks do not recognise each other.
  const typeNamed = (name: string) => schema.getType(name) as unknown as SchemaType | undefined;
  const valuesOf = createVariableValues(variablesOf?.operation, variablesOf?.values ?? {});

  const measureFragment = (name: string, nesting: number): OperationMeasure => {
    const known = measured.get(name);
    // A cycle: refused by graphql's own NoFragmentCyclesRule; counted as nothing here.
    if (known === MEASURING) return NOTHING;
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return NOTHING;
    measured.set(name, MEASURING);
    // Memoized even when cut short by the nesting bound: the document is refused either way.
    const measure = measureSet(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), nesting + 1);
    measured.set(name, measure);
    return measure;
  };

  const measureSet = (selectionSet: SelectionSetNode | undefined, parent: SchemaType | undefined, nesting: number): OperationMeasure => {
    if (nesting > MAX_NESTING) return TOO_NESTED;
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of selectionSet?.selections ?? []) {
      let inner: OperationMeasure;
      if (selection.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(selection.name.value)) {
        // Introspection reads the schema held in memory, never a town: no depth and no cost
        // here (the standard query is 15 levels deep), its own bound in introspection-rule.ts.
        inner = { depth: 0, aliases: selection.alias ? 1 : 0, cost: 0 };
      } else if (selection.kind === Kind.FIELD) {
        const field: SchemaField | undefined = parent?.getFields?.()[selection.name.value];
        const below = measureSet(selection.selectionSet, field ? namedType(field.type) : undefined, nesting + 1);
        const costOfField =
          settings && selection.selectionSet
            ? fieldCost({ parent, field, node: selection, innerCost: below.cost, argument: valuesOf }, settings)
            : 0;
        inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0), cost: costOfField };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSet(
          selection.selectionSet,
          selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent,
          nesting + 1,
        );
      } else {
        inner = measureFragment(selection.name.value, nesting);
      }
      depth = Math.max(depth, inner.depth);
      aliases = saturate(aliases + inner.aliases);
      cost = saturate(cost + inner.cost);
    }
    return { depth, aliases, cost };
  };

  return (operation: OperationDefinitionNode): OperationMeasure => {
    const root = schema.getRootType(operation.operation);
    return measureSet(operation.selectionSet, (root ?? undefined) as unknown as SchemaType | undefined, 0);
  };
}
