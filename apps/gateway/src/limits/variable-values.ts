import { valueFromASTUntyped, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { SchemaField } from './schema-type';

/** The value a field's argument will have when the operation runs. */
export type ArgumentValue = (node: FieldNode, field: SchemaField | undefined, name: string) => unknown;

/**
 * Reads arguments as execution will see them: a literal, else the variable the client sent,
 * else the variable's default (`query ($first: Int = 100)`), else the argument's default in
 * the schema (`first: Int = 20`). A variable's default ignored is a page counted at 20 and
 * read at 100.
 */
export function createVariableValues(operation: OperationDefinitionNode | undefined, provided: Record<string, unknown>): ArgumentValue {
  const variables: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    variables[name] =
      provided[name] !== undefined ? provided[name] : definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
  }
  return (node, field, name) => {
    const argument = node.arguments?.find((a) => a.name.value === name);
    const value = argument ? valueFromASTUntyped(argument.value, variables) : undefined;
    // null as well: the resolvers read `args.first ?? 20`, the schema's default.
    return value ?? field?.args.find((a) => a.name === name)?.defaultValue;
  };
}
