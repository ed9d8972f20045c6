import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Metrics } from '../metrics';
import type { Logger } from '../logger';
import type { GatewayContext } from '../resolvers/gateway-context';
import { isMeantForClients } from './format-error';

/** Adds one error per failing town to a response that still carries the other towns' data. */
export const townErrorsPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || contextValue.townErrors.length === 0) return;
        const result = response.body.singleResult;
        // One error per failing town and field: the relations of fifty parents that one town
        // failed to load are one failure, not fifty.
        const seen = new Set<string>();
        const errors = contextValue.townErrors.filter((error) => {
          const key = JSON.stringify([
            error.extensions.town,
            error.extensions.code,
            (error.path ?? []).filter((p) => typeof p === 'string'),
          ]);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        result.errors = [...(result.errors ?? []), ...errors.map((error) => error.toJSON())];
      },
    };
  },
};

/** Adds `extensions.notes` to an answer: remarks on whole data, once each (a town's missing field, say). */
export const notesPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || contextValue.notes.length === 0) return;
        const notes = [...new Map(contextValue.notes.map((note) => [JSON.stringify(note), note])).values()];
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, notes };
      },
    };
  },
};

/**
 * Tells the operation cache which answers it may keep: a query (never a mutation), answered
 * by every town it asked, without any error, and complete (not delivered in parts).
 */
export const cacheableAnswerPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue, operation }) {
        // Every operation of a batch must be cacheable for the answer to be.
        contextValue.answer.cacheable =
          (contextValue.answer.cacheable ?? true) &&
          operation?.operation === 'query' &&
          (response.http.status ?? 200) === 200 &&
          response.body.kind === 'single' &&
          !response.body.singleResult.errors?.length &&
          contextValue.townErrors.length === 0;
      },
    };
  },
};

/**
 * Counts operations and logs each one with its request id; logs each unexpected error (which
 * the client sees masked) with its message, stack and the request id.
 */
export function operationLogPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors.filter((e) => !isMeantForClients(e))) {
            const cause = unwrapResolverError(error);
            logger.error('unexpected error', {
              requestId: contextValue.requestId,
              error: cause instanceof Error ? cause.message : String(cause),
              stack: cause instanceof Error ? cause.stack : undefined,
              path: error.path,
            });
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          const failedTowns = contextValue.townErrors.length;
          const outcome = errors?.length ? 'error' : failedTowns ? 'partial' : 'ok';
          metrics.operations.inc({ outcome });
          const codes = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code) : [];
          logger.info('graphql operation', {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            outcome,
            ms: Math.round(performance.now() - started),
            errorCodes: codes,
          });
        },
      };
    },
  };
}
