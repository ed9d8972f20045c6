import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { GatewayErrorCode } from '../errors';
import { CostBudgetFull, type CostBudget } from './cost-budget';
import type { CostSettings } from './field-cost';
import type { OperationLimits } from './limits-rule';
import { createOperationMeasurer } from './measure-operation';

/**
 * Refuses an operation estimated to touch too many entries, before anything is asked of a
 * town. It runs once the operation is resolved, where the variables are known: a validation
 * rule cannot see them, and would take `first: $first` for the default page. An operation
 * then waits for its cost to fit beside those in progress (`createCostBudget`),
 * and gives it back when its answer is ready.
 */
export function costLimitPlugin<T extends object>(
  limits: Pick<OperationLimits, 'maxCost'>,
  settings: CostSettings,
  budget: { costs: CostBudget; onBusy?: () => void },
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async willSendResponse() {
          // Every request that resolved an operation ends here, answered or failed.
          release?.();
        },
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
          if (cost > limits.maxCost) throw tooCostly(cost, limits.maxCost);
          try {
            release = await budget.costs.acquire(cost);
          } catch (error) {
            if (!(error instanceof CostBudgetFull)) throw error;
            budget.onBusy?.();
            throw new GraphQLError('The gateway is answering as many heavy requests as it can at once. Try again in a moment.', {
              extensions: { code: GatewayErrorCode.ServerBusy, http: { status: 503, headers: new Map([['retry-after', '1']]) } },
            });
          }
        },
      };
    },
  };
}

function tooCostly(cost: number, limit: number) {
  return new GraphQLError(
    `The operation may touch about ${cost} entries; the limit is ${limit}. Ask for smaller pages, fewer towns or kinds, or fewer relations.`,
    { extensions: { code: GatewayErrorCode.QueryTooCostly, cost, limit, http: { status: 400 } } },
  );
}
