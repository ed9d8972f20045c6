import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { GatewayErrorCode } from '../errors';
import type { CostSettings } from './field-cost';
import type { OperationLimits } from './limits-rule';
import { createOperationMeasurer } from './measure-operation';

/**
 * Refuses an operation estimated to touch too many entries, before anything is asked of a
 * town. It runs once the operation is resolved, where the variables are known: a validation
 * rule cannot see them, and would take `first: $first` for the default page.
 */
export function costLimitPlugin<T extends object>(limits: Pick<OperationLimits, 'maxCost'>, settings: CostSettings): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          // Whether this request reads regions from the index: open-data routes read towns.
          const regionsFromIndex = (contextValue as { readsIndex?: boolean }).readsIndex === true;
          const measure = createOperationMeasurer({
            schema,
            document,
            settings: { ...settings, regionsFromIndex },
            variablesOf: { operation, values: request.variables ?? {} },
          });
          const { cost } = measure(operation);
          if (cost <= limits.maxCost) return;
          throw new GraphQLError(
            `The operation may touch about ${cost} entries; the limit is ${limits.maxCost}. Ask for smaller pages, fewer towns or kinds, or fewer relations.`,
            {
              extensions: { code: GatewayErrorCode.QueryTooCostly, cost, limit: limits.maxCost, http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
