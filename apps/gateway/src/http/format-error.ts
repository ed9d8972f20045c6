import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GatewayErrorCode } from '../errors';
import type { Logger } from '../logger';

/** Codes whose errors are the gateway's or Apollo's own words to the client, shown as they are. */
const KNOWN_CODES = new Set<string>([...Object.values(GatewayErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Apollo's formatError for the gateway. Unexpected errors are masked: a client sees
 * "Internal error." and INTERNAL_SERVER_ERROR, never the message, a stack or a file path; the
 * error goes to the logs with its stack. `exposeStackTraces` (development only) keeps the stack
 * Apollo adds, masked errors included.
 */
export function createFormatError(logger: Logger, exposeStackTraces: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit says which.
    const gatewayCode = formatted.extensions?.gatewayCode;
    if (typeof gatewayCode === 'string') {
      const { gatewayCode: _, ...extensions } = formatted.extensions!;
      return { ...formatted, extensions: { ...extensions, code: gatewayCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
    const cause = unwrapResolverError(error);
    logger.error('unexpected error', { error: cause instanceof Error ? cause.message : String(cause), stack: cause instanceof Error ? cause.stack : undefined, path: formatted.path });
    const stacktrace = exposeStackTraces ? formatted.extensions?.stacktrace : undefined;
    return { message: 'Internal error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(stacktrace ? { stacktrace } : {}) } };
  };
}
