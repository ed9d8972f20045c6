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
  BadUserInput: 'BAD_USER_INPUT',
  QueryTooDeep: 'QUERY_TOO_DEEP',
  TooManyAliases: 'TOO_MANY_ALIASES',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

export type TownErrorCode = typeof GatewayErrorCode.TownUnavailable | typeof GatewayErrorCode.TownTimeout | typeof GatewayErrorCode.TownBadResponse;

/** A failure of one town: the other towns' data still comes back, with this as one error. */
export class TownError extends Error {
  constructor(
    readonly code: TownErrorCode,
    readonly town: string,
    message: string,
  ) {
    super(message);
    this.name = 'TownError';
  }

  toGraphQLError(path?: readonly (string | number)[]): GraphQLError {
    return new GraphQLError(`Town "${this.town}": ${this.message}`, { path, extensions: { code: this.code, town: this.town } });
  }
}

export function userInputError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: GatewayErrorCode.BadUserInput, ...extensions } });
}
