import { GatewayErrorCode } from '../errors';
import type { TownDirectory } from '../towns/town-directory';
import { OpenDataError, OpenDataErrorCode } from './open-data-error';
import { OPEN_DATA_STATUS, isMappedCode, isTownFailureCode, type TownFailureCode } from './open-data-status';

/** A GraphQL error as the gateway's own schema reports it to an open-data endpoint. */
export interface GatewayError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** What the public reads of a town's failure: the gateway's words, never the town's. */
const SAYS: Readonly<Record<TownFailureCode, string>> = {
  [GatewayErrorCode.TownUnavailable]: 'is not answering at the moment',
  [GatewayErrorCode.TownTimeout]: 'did not answer in time',
  [GatewayErrorCode.TownBadResponse]: 'answered with an error',
};

const DEFAULT_NARROW = 'Ask for fewer entries at once (a smaller limit or page size).';

const codeOf = (error: GatewayError): unknown => error.extensions?.code;

function toRefusal(error: GatewayError, narrow: string): OpenDataError {
  const code = codeOf(error);
  if (code === GatewayErrorCode.UnknownTown) return new OpenDataError(OPEN_DATA_STATUS[code], code, error.message);
  if (code === GatewayErrorCode.ServerBusy)
    return new OpenDataError(OPEN_DATA_STATUS[code], code, error.message, { headers: { 'retry-after': '1' } });
  // Every town asked counts in the cost: the client can narrow its request, so it is its 400, not a 500.
  if (code === GatewayErrorCode.QueryTooCostly) {
    const { cost, limit } = error.extensions ?? {};
    return new OpenDataError(
      OPEN_DATA_STATUS[code],
      OpenDataErrorCode.BadParameter,
      `This request would read about ${String(cost)} entries from the towns asked; the limit is ${String(limit)}. ${narrow}`,
    );
  }
  return new OpenDataError(OPEN_DATA_STATUS[GatewayErrorCode.BadUserInput], OpenDataErrorCode.BadParameter, error.message);
}

/**
 * The towns' failures as one refusal, each town once: the status of their code when they
 * failed alike, else 502 TOWNS_UNAVAILABLE. The message names each town and says what went
 * wrong in the gateway's words; the towns' own messages go to `cause`, for the log.
 */
function toTownFailure(errors: readonly GatewayError[], directory: Pick<TownDirectory, 'get'>): OpenDataError {
  const byTown = new Map(errors.map((error) => [String(error.extensions?.town ?? ''), error]));
  const failures = [...byTown].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const said = failures
    .map(([town, error]) => `${(town && directory.get(town)?.town.name) || 'The town'} ${SAYS[codeOf(error) as TownFailureCode]}`)
    .join('; ');
  const cause = failures.map(([, error]) => error.message).join(' | ');
  const codes = new Set(failures.map(([, error]) => codeOf(error) as TownFailureCode));
  const [code] = codes;
  if (codes.size === 1 && code)
    return new OpenDataError(OPEN_DATA_STATUS[code], code, `${failures.length > 1 ? 'No town answered: ' : ''}${said}; try again later.`, {
      cause,
    });
  return new OpenDataError(502, OpenDataErrorCode.TownsUnavailable, `No town answered: ${said}; try again later.`, { cause });
}

/**
 * What an open-data client reads when the gateway's schema refused or failed an operation,
 * in every format alike (OPEN_DATA_STATUS): its own mistakes first (an unknown town, bad
 * input, a request too costly, with `narrow` saying how to ask for less), then the towns'
 * failures. Undefined for anything else (a query of ours the schema refuses): that is the
 * gateway's bug, for the serving shell to log and mask as a 500.
 */
export function toOpenDataError(
  errors: readonly GatewayError[],
  directory: Pick<TownDirectory, 'get'>,
  narrow = DEFAULT_NARROW,
): OpenDataError | undefined {
  const refusal = errors.find((error) => isMappedCode(codeOf(error)) && !isTownFailureCode(codeOf(error)));
  if (refusal) return toRefusal(refusal, narrow);
  if (errors.length === 0 || !errors.every((error) => isTownFailureCode(codeOf(error)))) return undefined;
  return toTownFailure(errors, directory);
}
