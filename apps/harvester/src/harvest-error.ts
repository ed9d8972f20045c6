/** Why a town could not be harvested this time; the code goes to its state and the log. */
export enum HarvestErrorCode {
  /** No answer: refused, reset, timed out. */
  TownUnavailable = 'TOWN_UNAVAILABLE',
  /** An answer that is not what a Communes town says (a 5xx, malformed JSON, a bad line). */
  TownBadResponse = 'TOWN_BAD_RESPONSE',
}

export class HarvestError extends Error {
  constructor(
    readonly code: HarvestErrorCode,
    readonly town: string,
    message: string,
  ) {
    super(`${town}: ${message}`);
    this.name = 'HarvestError';
  }
}
