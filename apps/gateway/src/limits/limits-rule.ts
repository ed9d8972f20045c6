import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { GatewayErrorCode } from '../errors';
import { createOperationMeasurer, MAX_NESTING } from './measure-operation';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** The estimated number of entries an operation may read from towns. */
  maxCost: number;
}

/**
 * A validation rule refusing operations too deep or with too many aliases, before anything
 * is asked of a town. Each refusal says the limit. The cost, which depends on `first` and
 * so on variables, is checked once they are known (costLimitPlugin).
 */
export function createLimitsRule(limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases'>) {
  return (context: ValidationContext): ASTVisitor => {
    // One measurer for the document: a fragment shared by many operations is measured once.
    const measure = createOperationMeasurer({ schema: context.getSchema(), document: context.getDocument() });
    return {
      OperationDefinition(operation) {
        const { depth, aliases } = measure(operation);
        if (depth > limits.maxDepth) {
          const levels = depth > MAX_NESTING ? `more than ${MAX_NESTING} levels deep, fragments included` : `${depth} levels deep`;
          context.reportError(
            new GraphQLError(`The operation is ${levels}; the limit is ${limits.maxDepth}.`, {
              extensions: {
                code: GatewayErrorCode.QueryTooDeep,
                gatewayCode: GatewayErrorCode.QueryTooDeep,
                depth,
                limit: limits.maxDepth,
              },
            }),
          );
        }
        if (aliases > limits.maxAliases)
          context.reportError(
            new GraphQLError(`The operation has ${aliases} aliases; the limit is ${limits.maxAliases}.`, {
              extensions: {
                code: GatewayErrorCode.TooManyAliases,
                gatewayCode: GatewayErrorCode.TooManyAliases,
                aliases,
                limit: limits.maxAliases,
              },
            }),
          );
      },
    };
  };
}
