import { GatewayErrorCode } from '../errors';

/**
 * The HTTP status of a town's failure, for outputs that answer for one town: whose fault it
 * is (502: the town answered wrongly, 503: it did not answer, 504: not in time).
 */
export const TOWN_ERROR_STATUS: Readonly<Record<string, 502 | 503 | 504>> = {
  [GatewayErrorCode.TownUnavailable]: 503,
  [GatewayErrorCode.TownTimeout]: 504,
  [GatewayErrorCode.TownBadResponse]: 502,
};
