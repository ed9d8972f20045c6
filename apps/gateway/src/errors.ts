import { GraphQLError } from 'graphql';

/** Codes a client can act on, in `errors[].extensions.code`. */
export const GatewayErrorCode = {
  /** The town did not answer (connection refused, DNS, circuit open). */
  TownUnavailable: 'TOWN_UNAVAILABLE',
  /** The town did not answer in time. */
  TownTimeout: 'TOWN_TIMEOUT',
  /** The town answered with an error status or with data that is not what its model says. */
  TownBadResponse: 'TOWN_BAD_RESPONSE',
  /** The request names a town or group the registry does not list. */
  UnknownTown: 'UNKNOWN_TOWN',
  /** The request is wrong: refused by the gateway, or by a town (then `extensions.town` says which). */
  BadUserInput: 'BAD_USER_INPUT',
  QueryTooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  /** The gateway is reading as much as it allows at once: try again after `Retry-After` seconds (HTTP 503). */
  ServerBusy: 'SERVER_BUSY',
  /** What was asked needs the regional index (aggregates), and this gateway has none. */
  IndexUnavailable: 'INDEX_UNAVAILABLE',
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

export type TownErrorCode =
  | typeof GatewayErrorCode.TownUnavailable
  | typeof GatewayErrorCode.TownTimeout
  | typeof GatewayErrorCode.TownBadResponse
  | typeof GatewayErrorCode.BadUserInput;

export interface TownErrorOptions {
  /** More for the client, in `extensions` (the documentIds of malformed entries, say). */
  extensions?: Record<string, unknown>;
  /** For the logs only, never for clients: the system error, the town's address. */
  detail?: string;
}

/**
 * A failure of one town: the other towns' data still comes back, with this as one error. Its
 * message is public: it names the town and what went wrong, never the town's address or a
 * system error string (those go to `detail`, for the logs).
 */
export class TownError extends Error {
  readonly extensions: Record<string, unknown>;
  readonly detail?: string;

  constructor(
    readonly code: TownErrorCode,
    readonly town: string,
    message: string,
    options: TownErrorOptions = {},
  ) {
    super(message);
    this.name = 'TownError';
    this.extensions = options.extensions ?? {};
    this.detail = options.detail;
  }

  toGraphQLError(path?: readonly (string | number)[]): GraphQLError {
    return new GraphQLError(`Town "${this.town}": ${this.message}`, {
      path,
      extensions: { ...this.extensions, code: this.code, town: this.town },
    });
  }
}

export function userInputError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: GatewayErrorCode.BadUserInput, ...extensions } });
}
