import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * An operation of a type the schema has no root for (a mutation or subscription on this
 * read-only API) is the client's error, refused with the other validation errors: graphql 16
 * finds out only when executing, and Apollo answered "Internal error." to it.
 */
export function createReadOnlyRule() {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      if (context.getSchema().getRootType(operation.operation)) return;
      context.reportError(
        new GraphQLError(`This API only reads: it has no ${operation.operation} operations; send a query.`, { nodes: [operation] }),
      );
    },
  });
}
