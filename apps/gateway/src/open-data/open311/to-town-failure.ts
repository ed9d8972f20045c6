import { GatewayErrorCode } from '../../errors';
import { TOWN_ERROR_STATUS } from '../town-error-status';
import { Open311Error } from './open311-error';

/** What the public reads when a town fails a read, by the failure's code. */
const READING: Readonly<Record<string, (town: string) => string>> = {
  [GatewayErrorCode.TownUnavailable]: (town) => `${town} is not answering at the moment; try again later.`,
  [GatewayErrorCode.TownTimeout]: (town) => `${town} did not answer in time; try again later.`,
  [GatewayErrorCode.TownBadResponse]: (town) => `${town} answered with an error; try again later.`,
};

/** The same for the create call, which says whether the request may exist all the same. */
const CREATING: Readonly<Record<string, (town: string) => string>> = {
  [GatewayErrorCode.TownUnavailable]: (town) => `${town} is not answering at the moment, and nothing was filed; try again later.`,
  [GatewayErrorCode.TownTimeout]: (town) => `${town} did not answer in time. The request may have been filed: check GET requests before sending it again.`,
  [GatewayErrorCode.TownBadResponse]: (town) => `${town} failed to take the request. It may have been filed: check GET requests before sending it again.`,
};

/**
 * A town's failure as Open311 answers it: the status from its code (502, 503, 504) and a
 * message of the gateway's own, naming the town. The town's or the system's words (an
 * address, `ECONNREFUSED 10.0.0.7:1337`) go to `cause`, for the log. Undefined for a code
 * that is not a town's failure.
 */
export function toTownFailure(code: unknown, townName: string, cause: unknown, during: 'reading' | 'creating'): Open311Error | undefined {
  const messages = during === 'reading' ? READING : CREATING;
  if (typeof code !== 'string' || !Object.hasOwn(messages, code)) return undefined;
  return new Open311Error(TOWN_ERROR_STATUS[code] ?? 502, messages[code]!(townName), {}, cause);
}
