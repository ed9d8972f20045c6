import { communesModel } from '@communes/domain';
import { GraphQLError, Kind, print, type GraphQLEnumType, type GraphQLSchema, type ValueNode } from 'graphql';

/**
 * Makes a wrong code in a vocabulary filter name the codes allowed: graphql-js says only
 * "did you mean" a close one, and nothing for a code nowhere near (`eventStatus: { eq: foo }`)
 * or a code written in quotes, as clients did when vocabularies were filtered as strings.
 * Literals fail validation (GRAPHQL_VALIDATION_FAILED), variables their coercion
 * (BAD_USER_INPUT); the codes are said as a suggestion, which Apollo strips when
 * introspection is off (`hideSchemaDetailsFromClientErrors`). Valid codes parse as before:
 * the resolvers receive the code itself, the string towns store.
 */
export function nameAllowedCodes(schema: GraphQLSchema): GraphQLSchema {
  for (const vocabulary of communesModel.vocabularies) {
    // Not isEnumType: under vitest, graphql-tools may build the schema with another copy of graphql.
    const type = schema.getType(vocabulary.name) as GraphQLEnumType | undefined;
    if (type?.astNode?.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const codes = vocabulary.codes.map((c) => c.code);
    const notA = `is not ${/^[AEIOU]/.test(vocabulary.name) ? 'an' : 'a'} ${vocabulary.name} code. Did you mean one of: ${codes.join(', ')}?`;
    const parseValue = type.parseValue.bind(type);
    const parseLiteral = type.parseLiteral.bind(type);
    type.parseValue = (value: unknown) => {
      if (typeof value === 'string' && codes.includes(value)) return parseValue(value);
      throw new GraphQLError(`Value ${JSON.stringify(value)?.slice(0, 80)} ${notA}`);
    };
    type.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
      if (node.kind === Kind.ENUM && codes.includes(node.value)) return parseLiteral(node, variables);
      const quoted = node.kind === Kind.STRING && codes.includes(node.value);
      throw new GraphQLError(
        quoted
          ? `${vocabulary.name} codes are written without quotes. Did you mean ${node.value}?`
          : `Value ${print(node).slice(0, 80)} ${notA}`,
        { nodes: node },
      );
    };
  }
  return schema;
}
