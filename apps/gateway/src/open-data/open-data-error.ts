import type { GatewayErrorCode } from '../errors';

/**
 * The codes of refusals only the open-data endpoints make. A town's failure and the gateway's
 * own refusals keep their GatewayErrorCode (TOWN_TIMEOUT, UNKNOWN_TOWN...): one vocabulary for
 * GraphQL and open data.
 */
export const OpenDataErrorCode = {
  BadParameter: 'BAD_PARAMETER',
  NotFound: 'NOT_FOUND',
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  Forbidden: 'FORBIDDEN',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  TooManyRequests: 'TOO_MANY_REQUESTS',
  /** No town of a listing answered, and not all for the same reason. */
  TownsUnavailable: 'TOWNS_UNAVAILABLE',
  /** A bulk export asked of a gateway without a regional index. */
  IndexUnavailable: 'INDEX_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type OpenDataErrorCode = (typeof OpenDataErrorCode)[keyof typeof OpenDataErrorCode] | GatewayErrorCode;

export type OpenDataStatus = 400 | 403 | 404 | 405 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504;

export interface OpenDataErrorOptions {
  /** Headers of the refusal: `allow`, `retry-after`, `connection`. */
  headers?: Record<string, string>;
  /** For the gateway's log only (a town's own words, a system error): never in the answer. */
  cause?: unknown;
}

/**
 * A request an open-data endpoint refuses, in any format: the HTTP status, a stable code and
 * a message for the public that says what was expected and what came. Each format writes it
 * in its own error body (serveOpenData); its message never holds a town's address or a
 * system's error, which travel in `cause`, to the log.
 */
export class OpenDataError extends Error {
  readonly headers: Record<string, string>;

  constructor(
    readonly status: OpenDataStatus,
    readonly code: OpenDataErrorCode,
    message: string,
    { headers = {}, cause }: OpenDataErrorOptions = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'OpenDataError';
    this.headers = headers;
  }
}

export const badParameter = (message: string) => new OpenDataError(400, OpenDataErrorCode.BadParameter, message);

export const notFound = (message: string) => new OpenDataError(404, OpenDataErrorCode.NotFound, message);
