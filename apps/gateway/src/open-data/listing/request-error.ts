/** Codes an open-data client can act on, in the JSON error body. */
export const OpenDataErrorCode = {
  BadParameter: 'BAD_PARAMETER',
  UnknownTown: 'UNKNOWN_TOWN',
  NotFound: 'NOT_FOUND',
  TownsUnavailable: 'TOWNS_UNAVAILABLE',
} as const;
export type OpenDataErrorCode = (typeof OpenDataErrorCode)[keyof typeof OpenDataErrorCode];

/** A request the iCalendar, feed and JSON-LD endpoints refuse, with the status to answer. */
export class OpenDataRequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 502,
    readonly code: OpenDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OpenDataRequestError';
  }
}

export const badParameter = (message: string) => new OpenDataRequestError(400, OpenDataErrorCode.BadParameter, message);
