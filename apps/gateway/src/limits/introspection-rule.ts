import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { GatewayErrorCode } from '../errors';
import { MAX_NESTING } from './measure-operation';
import { namedType, type SchemaType } from './schema-type';

/** `__Type`'s fields that list other types' parts: each multiplies the answer by a schema's size. */
const TYPE_LISTS: ReadonlySet<string> = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues']);

const META_FIELD_TYPES: Readonly<Record<string, string>> = { __schema: '__Schema', __type: '__Type' };

/**
 * Introspection is exempt from the depth and cost limits (it reads the schema in memory, and
 * the standard query, which every IDE, codegen and Relay send, is 15 levels deep), so it gets
 * the bound that matters for it instead: a type's fields, input fields, interfaces, possible
 * types or enum values may be listed once on a path. The standard query does exactly that;
 * `__schema { types { fields { type { fields { type { fields ... } } } } } }` multiplies the
 * answer by the schema's size at every level, and is refused.
 *
 * Linear in the document: a fragment is walked once and its measure reused at every spread.
 */
export function createIntrospectionRule() {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const typeNamed = (name: string) => schema.getType(name) as unknown as SchemaType | undefined;
    const fragments = new Map(
      context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const measured = new Map<string, number>();

    /** The most type lists nested in one another below a selection set. */
    const nestingOf = (selectionSet: SelectionSetNode | undefined, parent: SchemaType | undefined, depth: number): number => {
      // Deeper documents are refused by the limits rule; stop before the stack does.
      if (!selectionSet || depth > MAX_NESTING) return 0;
      let most = 0;
      for (const selection of selectionSet.selections) {
        let inner = 0;
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          // The meta fields are not among the root type's fields.
          const field = parent?.getFields?.()[name];
          const type = META_FIELD_TYPES[name] ? typeNamed(META_FIELD_TYPES[name]) : field && namedType(field.type);
          const isTypeList = parent?.name === '__Type' && TYPE_LISTS.has(name);
          inner = nestingOf(selection.selectionSet, type, depth + 1) + (isTypeList ? 1 : 0);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = nestingOf(
            selection.selectionSet,
            selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent,
            depth + 1,
          );
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!measured.has(name) && fragment) {
            // Set first: a cycle (refused by graphql's own rule) counts as nothing.
            measured.set(name, 0);
            measured.set(name, nestingOf(fragment.selectionSet, typeNamed(fragment.typeCondition.name.value), depth + 1));
          }
          inner = measured.get(name) ?? 0;
        }
        most = Math.max(most, inner);
      }
      return most;
    };

    return {
      OperationDefinition(operation) {
        const root = operation.operation === 'query' ? schema.getQueryType() : undefined;
        if (!root) return;
        if (nestingOf(operation.selectionSet, root as unknown as SchemaType, 0) <= 1) return;
        context.reportError(
          new GraphQLError(
            "Introspection lists a type's fields, input fields, interfaces, possible types or enum values inside another such list; once per path is what the standard introspection query needs.",
            { extensions: { code: GatewayErrorCode.QueryTooDeep, gatewayCode: GatewayErrorCode.QueryTooDeep } },
          ),
        );
      },
    };
  };
}
