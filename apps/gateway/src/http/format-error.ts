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
 * Apollo's own refusals of an automatic persisted query that it sends without a code (HTTP
 * 400), by their message, with what the client is told instead: without a code they would be
 * masked as "Internal error.". PERSISTED_QUERY_NOT_FOUND and _NOT_SUPPORTED have their codes.
 */
const UNCODED_APQ_ERRORS: Readonly<Record<string, string>> = {
  'provided sha does not match query':
    "The persisted query's sha256Hash does not match its query: extensions.persistedQuery.sha256Hash must be the hexadecimal SHA-256 of the query text exactly as sent.",
  'Unsupported persisted query version': 'Unsupported persisted query version: extensions.persistedQuery.version must be 1.',
};

/** An APQ refusal Apollo sends uncoded, as the client's BAD_REQUEST; undefined for any other error. */
function toApqError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  // Uncoded: no code yet (what plugins see), or the one Apollo then fills in (what formatError sees).
  const code = formatted.extensions?.code;
  const uncoded = code === undefined || code === 'INTERNAL_SERVER_ERROR';
  if (!uncoded || formatted.path !== undefined || !Object.hasOwn(UNCODED_APQ_ERRORS, formatted.message)) return undefined;
  const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
  return { message: UNCODED_APQ_ERRORS[formatted.message]!, extensions: { ...extensions, code: 'BAD_REQUEST' } };
}

/**
 * Whether an error says what the gateway or Apollo meant to tell the client (a limit's
 * `gatewayCode` included). Any other error is unexpected: masked here, and logged with its
 * stack and the request id by `operationLogPlugin`, which sees the request.
 */
export const isMeantForClients = (error: Pick<GraphQLFormattedError, 'message' | 'path' | 'extensions'>): boolean => {
  const { extensions } = error;
  if (typeof extensions?.gatewayCode === 'string') return true;
  if (typeof extensions?.code === 'string' && KNOWN_CODES.has(extensions.code)) return true;
  return toApqError(error) !== undefined;
};

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
    const apqError = toApqError(formatted);
    if (apqError) return apqError;
    if (isMeantForClients(formatted)) return formatted;
    const stacktrace = exposeStackTraces ? formatted.extensions?.stacktrace : undefined;
    return {
      message: 'Internal error.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(stacktrace ? { stacktrace } : {}) },
    };
  };
}
