import type { GraphQLFormattedError } from 'graphql';
import { GatewayErrorCode } from '../errors';

/** Codes whose errors are the gateway's or Apollo's own words to the client, shown as they are. */
const KNOWN_CODES = new Set<string>([
  ...Object.values(GatewayErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Whether an error says what the gateway or Apollo meant to tell the client (a limit's
 * `gatewayCode` included). Any other error is unexpected: masked here, and logged with its
 * stack and the request id by `operationLogPlugin`, which sees the request.
 */
export const isMeantForClients = (extensions: Readonly<Record<string, unknown>> | undefined): boolean =>
  typeof extensions?.gatewayCode === 'string' || (typeof extensions?.code === 'string' && KNOWN_CODES.has(extensions.code));

/**
 * Apollo's formatError for the gateway. Unexpected errors are masked: a client sees
 * "Internal error." and INTERNAL_SERVER_ERROR, never the message, a stack or a file path.
 * `exposeStackTraces` (development only) keeps the stack Apollo adds, masked errors included.
 */
export function createFormatError(exposeStackTraces: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit says which.
    const gatewayCode = formatted.extensions?.gatewayCode;
    if (typeof gatewayCode === 'string') {
      const { gatewayCode: _, ...extensions } = formatted.extensions!;
      return { ...formatted, extensions: { ...extensions, code: gatewayCode } };
    }
    if (isMeantForClients(formatted.extensions)) return formatted;
    const stacktrace = exposeStackTraces ? formatted.extensions?.stacktrace : undefined;
    return {
      message: 'Internal error.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(stacktrace ? { stacktrace } : {}) },
    };
  };
}
