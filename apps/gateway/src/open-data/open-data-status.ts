import { GatewayErrorCode } from '../errors';
import type { OpenDataStatus } from './open-data-error';

/**
 * The HTTP status of each gateway error an open-data request can meet, the one map every
 * format answers with. A town's failure says whose fault it is: 503 it did not answer, 504
 * not in time, 502 it answered wrongly. The client's own mistakes are 4xx: an unknown town
 * or group, input the gateway or a town refused, a request that would read too much.
 */
export const OPEN_DATA_STATUS = {
  [GatewayErrorCode.TownUnavailable]: 503,
  [GatewayErrorCode.TownTimeout]: 504,
  [GatewayErrorCode.TownBadResponse]: 502,
  [GatewayErrorCode.UnknownTown]: 404,
  [GatewayErrorCode.BadUserInput]: 400,
  [GatewayErrorCode.QueryTooCostly]: 400,
  [GatewayErrorCode.ServerBusy]: 503,
} as const satisfies Partial<Record<GatewayErrorCode, OpenDataStatus>>;

export type MappedCode = keyof typeof OPEN_DATA_STATUS;

export type TownFailureCode =
  | typeof GatewayErrorCode.TownUnavailable
  | typeof GatewayErrorCode.TownTimeout
  | typeof GatewayErrorCode.TownBadResponse;

export const isMappedCode = (code: unknown): code is MappedCode => typeof code === 'string' && Object.hasOwn(OPEN_DATA_STATUS, code);

export const isTownFailureCode = (code: unknown): code is TownFailureCode =>
  code === GatewayErrorCode.TownUnavailable || code === GatewayErrorCode.TownTimeout || code === GatewayErrorCode.TownBadResponse;
